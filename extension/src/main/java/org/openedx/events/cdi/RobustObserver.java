package org.openedx.events.cdi;

/**
 * An observer that robust dispatch knows about: a bean observer method (reached by the interceptor or by wrapping
 * its notification) or a synthetic observer (always wrapped).
 *
 * @param receiver the observer as {@code fully.qualified.Class#method}; for a synthetic observer
 *        {@code fully.qualified.BeanClass#<synthetic observer>}
 * @param eventType the event type it observes, or null for an unqualified (wildcard) observer
 * @param eventParameter the index of its observed (event) parameter, for the interceptor
 */
record RobustObserver(String receiver, String eventType, int eventParameter) {}
