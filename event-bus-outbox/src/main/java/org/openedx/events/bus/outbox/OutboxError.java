package org.openedx.events.bus.outbox;

import org.openedx.events.CodedMessage;
import org.openedx.events.CodedMessage.Message;

/**
 * The message catalog of the transactional outbox ({@code OXE73xx}). The rules every catalog follows are those of
 * {@link CodedMessage}. No message repeats a payload value.
 */
public enum OutboxError implements CodedMessage {

    /** An event could not be stored. Args: event type, id, topic, table, problem. */
    @Message(
            code = "OXE7301",
            value = "Could not store event %s (id %s) for topic '%s' in the outbox table '%s': %s. The transaction is "
                    + "marked for rollback, so that its data is not committed without its event")
    STORE_FAILED,
    /** A row was given up after its last attempt. Args: row, event type, id, topic, attempts, problem. */
    @Message(
            code = "OXE7302",
            value = "Outbox row %d (event %s, id %s, topic '%s') was not published after %d attempts and is now "
                    + "FAILED; it stays in the table until an operator re-queues it (OutboxAdmin, OutboxCommand "
                    + "requeue): %s")
    ROW_FAILED,
    /** An attempt failed and will be retried. Args: row, event type, id, topic, attempt, most attempts, delay, problem. */
    @Message(
            code = "OXE7303",
            value = "Outbox row %d (event %s, id %s, topic '%s') was not published (attempt %d of %d); next attempt in "
                    + "%s: %s")
    PUBLISH_RETRY,
    /** The data source cannot be found. Args: JNDI name, problem. */
    @Message(
            code = "OXE7304",
            value = "The outbox's data source '%s' cannot be found (%s): set 'openedx.events.outbox.datasource' to the "
                    + "JNDI name of a JTA data source, or produce a javax.sql.DataSource bean qualified @Outbox")
    DATA_SOURCE_NOT_FOUND,
    /** The table is missing. Args: table, database, DDL resource. */
    @Message(
            code = "OXE7305",
            value = "The outbox table '%s' does not exist in %s: create it with the DDL in %s (shipped in the "
                    + "openedx-events-event-bus-outbox jar), or set 'openedx.events.outbox.create-table' to true")
    TABLE_MISSING,
    /** The relay could not use the table. Args: table, problem, delay. */
    @Message(code = "OXE7306", value = "The outbox relay could not use the table '%s': %s; it tries again in %s")
    RELAY_FAILED,
    /** No DDL is shipped for the database. Args: database product. */
    @Message(
            code = "OXE7307",
            value = "The outbox ships no DDL for the database '%s' (only PostgreSQL and H2): create the table from "
                    + "META-INF/openedx-events/outbox/postgresql.sql, adapted, and leave "
                    + "'openedx.events.outbox.create-table' off")
    NO_DDL,
    /** The database cannot be reached at deployment. Args: data source, problem. */
    @Message(code = "OXE7308", value = "The outbox's database cannot be reached through '%s': %s")
    DATABASE_UNREACHABLE;
}
