package org.openedx.events.bus.outbox;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openedx.events.bus.outbox.OutboxRow.Status;

/**
 * What an operator does with the outbox: sees the failed rows and how many rows are in each state, and puts failed
 * rows back in the queue once the cause is fixed. Get it from {@link TransactionalOutbox#admin()} in the application,
 * or use {@link OutboxCommand} from a shell.
 */
public final class OutboxAdmin {

    private final OutboxTable table;
    private final Clock clock;

    /**
     * Creates the admin of a table.
     *
     * @param table the table
     */
    public OutboxAdmin(OutboxTable table) {
        this(table, Clock.systemUTC());
    }

    OutboxAdmin(OutboxTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    /**
     * The failed rows, oldest first, each with its attempts and last error.
     *
     * @param limit the most rows
     * @return the rows
     * @throws SQLException when the database fails
     */
    public List<OutboxRow> failed(int limit) throws SQLException {
        return table.rows(Status.FAILED, limit);
    }

    /**
     * The rows of one event, one per topic it was stored for.
     *
     * @param eventId the event id
     * @return the rows, oldest first
     * @throws SQLException when the database fails
     */
    public List<OutboxRow> rowsOf(UUID eventId) throws SQLException {
        return table.rowsOf(eventId);
    }

    /**
     * How many rows are in each state.
     *
     * @return the counts, every state present
     * @throws SQLException when the database fails
     */
    public Map<Status, Long> counts() throws SQLException {
        return table.counts();
    }

    /**
     * Puts the failed rows of one event back in the queue, due at once with their attempts reset.
     *
     * @param eventId the event id
     * @return how many rows were re-queued
     * @throws SQLException when the database fails
     */
    public int requeue(UUID eventId) throws SQLException {
        return table.requeue(eventId, clock.instant());
    }

    /**
     * Puts every failed row back in the queue, due at once with its attempts reset.
     *
     * @return how many rows were re-queued
     * @throws SQLException when the database fails
     */
    public int requeueAllFailed() throws SQLException {
        return table.requeueAllFailed(clock.instant());
    }
}
