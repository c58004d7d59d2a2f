package org.openedx.events.opentelemetry;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.openedx.events.bus.redis.RedisSettings;

/** Gives the container the Redis settings of the running test. */
public class RedisTestSettings {

    static volatile RedisSettings current;

    @Produces
    @Dependent
    RedisSettings settings() {
        return current;
    }
}
