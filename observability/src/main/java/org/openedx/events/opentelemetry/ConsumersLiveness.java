package org.openedx.events.opentelemetry;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.cdi.SettingSources;

/**
 * Liveness of the event-bus consumers: down when a running consumer's loop made no progress (no read returned,
 * with or without events) for longer than {@value #SETTING} seconds (default {@value #DEFAULT_SECONDS}): it is stuck,
 * e.g. in an observer that never returns. A consumer waiting for Redis or Kafka to come back still makes progress
 * (its reads fail and return): that is readiness's concern.
 */
@Liveness
@ApplicationScoped
public class ConsumersLiveness implements HealthCheck {

    /** The check's name. */
    public static final String NAME = "openedx-events-consumers-progress";

    /** The setting of the longest time without progress, in seconds. */
    public static final String SETTING = "openedx.events.health.max-idle";

    /** The default of {@link #SETTING}: longer than a read's block (60 s) plus the longest retry wait (60 s). */
    public static final long DEFAULT_SECONDS = 300;

    private final Duration maxIdle;

    /** For the container: reads {@link #SETTING}. */
    public ConsumersLiveness() {
        this(maxIdleSetting());
    }

    /**
     * A check with a given limit.
     *
     * @param maxIdle the longest time without progress
     */
    public ConsumersLiveness(Duration maxIdle) {
        this.maxIdle = maxIdle;
    }

    private static Duration maxIdleSetting() {
        String value = SettingSources.lookup().apply(SETTING);
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(DEFAULT_SECONDS);
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OpenEdxEventException(OpenEdxError.SETTING_INVALID, SETTING, value, "a positive number of seconds");
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        boolean up = true;
        for (ConsumerState state : BusClients.get().running()) {
            Duration idle = state.sinceProgress();
            data.put(state.toString(), idle.toMillis() + " ms since progress");
            up &= idle.compareTo(maxIdle) <= 0;
        }
        return new HealthCheckResponse(
                NAME, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.of(data));
    }
}
