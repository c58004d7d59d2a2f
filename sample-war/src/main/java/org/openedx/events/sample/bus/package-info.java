/**
 * The sample's optional event-bus modes. The WAR carries both of the library's back ends
 * ({@code openedx-events-event-bus-redis} and {@code openedx-events-event-bus-kafka}, in {@code WEB-INF/lib}); each
 * stays idle until its switch is set. {@link org.openedx.events.sample.bus.RedisMode} ({@value
 * org.openedx.events.sample.bus.RedisMode#SWITCH}, a Redis URL) and {@link org.openedx.events.sample.bus.KafkaMode}
 * ({@value org.openedx.events.sample.bus.KafkaMode#SWITCH}, Kafka bootstrap servers) then supply the bus's settings
 * through MicroProfile Config: enrollments and published blocks are published after their transaction commits, and
 * consumers started with the application read them back and re-emit them, so that the observers see each event a
 * second time, marked as coming from the event bus. With both switches set, Kafka produces and both modes' consumers
 * run. {@link org.openedx.events.sample.bus.TelemetryMode} ({@value
 * org.openedx.events.sample.bus.TelemetryMode#SWITCH}, an OTLP/HTTP endpoint) turns on the tracing of the events,
 * through the bus too, on a server with MicroProfile Telemetry.
 */
package org.openedx.events.sample.bus;
