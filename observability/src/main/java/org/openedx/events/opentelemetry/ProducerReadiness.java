package org.openedx.events.opentelemetry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the event-bus producer: up when every producer that got ready is connected to its bus (Redis: its
 * connection is open; Kafka: its client has a connection open to a broker). Down while the bus cannot be reached:
 * sends then still succeed, but their events are lost (logged, {@code OXE7009}) unless the outbox is on, or, on
 * Kafka, held until the broker is back or the send times out. Up when no producer is ready.
 */
@Readiness
@ApplicationScoped
public class ProducerReadiness implements HealthCheck {

    /** The check's name. */
    public static final String NAME = "openedx-events-producer";

    /** For the container. */
    public ProducerReadiness() {}

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        boolean up = true;
        for (BusClients.Producer producer : BusClients.get().producers()) {
            boolean connected = producer.connected().getAsBoolean();
            data.put(producer.system() + " producer", connected ? "connected" : "disconnected");
            up &= connected;
        }
        return new HealthCheckResponse(
                NAME, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.of(data));
    }
}
