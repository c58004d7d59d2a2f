package org.openedx.events.cdi.internal;

/**
 * An observer method the guard knows about.
 *
 * @param receiver the observer as {@code fully.qualified.Class#method}
 * @param eventType the event type it observes, or null for an unqualified (wildcard) observer
 * @param eventParameter the index of its observed (event) parameter
 */
public record GuardedObserver(String receiver, String eventType, int eventParameter) {
}
