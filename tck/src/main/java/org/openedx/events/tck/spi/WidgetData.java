package org.openedx.events.tck.spi;

import jakarta.validation.constraints.NotNull;

/**
 * The payload of the TCK's own event.
 *
 * @param name the widget's name
 * @param size its size
 */
public record WidgetData(@NotNull String name, int size) {}
