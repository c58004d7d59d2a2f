package org.openedx.events.cdi;

/**
 * An observer method the guard knows about.
 *
 * @param receiver the observer as {@code fully.qualified.Class#method}
 * @param eventType the event type it observes, or null for an unqualified (wildcard) observer
 * @param eventParameter the index of its observed (event) parameter
 */
record GuardedObserver(String receiver, String eventType, int eventParameter) {
}
