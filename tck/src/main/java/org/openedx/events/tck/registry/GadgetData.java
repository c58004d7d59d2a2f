package org.openedx.events.tck.registry;

/**
 * The payload of both applications' events.
 *
 * @param name the gadget's name
 */
public record GadgetData(String name) {}
