package org.openedx.events.bus.outbox;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.bus.outbox.testing.PostgresServer;

/**
 * {@link OutboxTableContract} on a real PostgreSQL (a throw-away cluster), with the shipped DDL and the batch claim
 * with {@code FOR UPDATE SKIP LOCKED}.
 */
@Tag("postgresql")
class PostgresOutboxTableTest extends OutboxTableContract {

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @Override
    DataSource dataSource() {
        return POSTGRES.dataSource();
    }
}
