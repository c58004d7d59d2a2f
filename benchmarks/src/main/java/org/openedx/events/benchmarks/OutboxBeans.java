package org.openedx.events.benchmarks;

import javax.sql.DataSource;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.openedx.events.bus.outbox.Outbox;
import org.openedx.events.bus.outbox.OutboxSettings;
import org.openedx.events.bus.redis.RedisSettings;

/** Gives the outbox scenario's container its data source and settings, and the Redis settings. */
public class OutboxBeans {

    static volatile DataSource dataSource;
    static volatile OutboxSettings settings;
    static volatile RedisSettings redis;

    @Produces
    @Outbox
    @Dependent
    DataSource dataSource() {
        return dataSource;
    }

    @Produces
    @Dependent
    OutboxSettings settings() {
        return settings;
    }

    @Produces
    @Dependent
    RedisSettings redis() {
        return redis;
    }
}
