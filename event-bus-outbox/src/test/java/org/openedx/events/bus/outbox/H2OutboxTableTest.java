package org.openedx.events.bus.outbox;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** {@link OutboxTableContract} on H2 in memory (the database of WildFly's example data source), with the shipped DDL. */
class H2OutboxTableTest extends OutboxTableContract {

    @Override
    DataSource dataSource() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:outbox-contract;DB_CLOSE_DELAY=-1");
        return source;
    }
}
