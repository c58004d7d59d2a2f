package org.openedx.events.bus.outbox;

import java.util.Locale;

/**
 * What the outbox does differently per database: the DDL it ships, and how the relay claims a batch of rows.
 */
enum OutboxDialect {

    /** PostgreSQL: claims a batch with {@code SELECT … FOR UPDATE SKIP LOCKED}. */
    POSTGRESQL("postgresql", true),
    /** H2 (WildFly's example data source): claims row by row with a conditional update. */
    H2("h2", false),
    /** Any other database: claims row by row; no DDL shipped. */
    OTHER(null, false);

    private final String ddl;
    private final boolean skipLocked;

    OutboxDialect(String ddl, boolean skipLocked) {
        this.ddl = ddl;
        this.skipLocked = skipLocked;
    }

    /**
     * The dialect of a database.
     *
     * @param productName {@code DatabaseMetaData.getDatabaseProductName()}
     * @return the dialect
     */
    static OutboxDialect of(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        return name.equals("h2") ? H2 : OTHER;
    }

    /** {@return the class-path resource of the DDL, or null when none is shipped} */
    String ddlResource() {
        return ddl == null ? null : "META-INF/openedx-events/outbox/" + ddl + ".sql";
    }

    /** {@return whether a batch is claimed with {@code FOR UPDATE SKIP LOCKED}} */
    boolean skipLocked() {
        return skipLocked;
    }
}
