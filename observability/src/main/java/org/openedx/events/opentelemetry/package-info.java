/**
 * Observability of Open edX events: traces and metrics with the OpenTelemetry API, and MicroProfile Health checks of
 * the event-bus consumers.
 *
 * <p>{@link org.openedx.events.opentelemetry.Observability} is the {@code EventsInstrumentation} the send path and
 * the bus back ends find with the {@link java.util.ServiceLoader}. It keeps the state of the running consumers for
 * the health checks, and hands traces and metrics to an OpenTelemetry instrumentation when the OpenTelemetry API is on
 * the class path. The health checks are registered by a CDI extension when the MicroProfile Health API is on the class
 * path. Without either API nothing of it loads and nothing changes.
 */
package org.openedx.events.opentelemetry;
