package org.openedx.events.bus.redis;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/** Gives the container the Redis settings of the running test. */
public class TestSettings {

    static volatile RedisSettings current;

    @Produces
    @Dependent
    RedisSettings settings() {
        return current;
    }
}
