package org.openedx.events.opentelemetry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the event-bus consumers: up when every running consumer's last command reached its bus (Redis: the
 * group exists, since a missing group fails the read); down when one lost its bus. The data name each consumer with
 * its state; a consumer that stopped is no longer listed. Up when no consumer runs.
 */
@Readiness
@ApplicationScoped
public class ConsumersReadiness implements HealthCheck {

    /** The check's name. */
    public static final String NAME = "openedx-events-consumers";

    /** For the container. */
    public ConsumersReadiness() {}

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        boolean up = true;
        for (ConsumerState state : BusClients.get().running()) {
            data.put(state.toString(), state.isConnected() ? "connected" : "disconnected");
            up &= state.isConnected();
        }
        return new HealthCheckResponse(
                NAME, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.of(data));
    }
}
