/**
 * The instrumentation SPI: the hooks the send path and the event-bus back ends call so that an observability
 * implementation (traces, metrics, health) can watch them, without this library depending on one.
 *
 * <p>{@link org.openedx.events.instrumentation.EventsInstrumentation#get()} finds the implementation with the
 * {@link java.util.ServiceLoader}; without one (the artifact {@code openedx-events-opentelemetry} and the OpenTelemetry
 * API), or when it cannot load, every hook does nothing. Code that runs without an implementation never touches its
 * classes.
 */
package org.openedx.events.instrumentation;
