package org.openedx.events.bus.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import org.openedx.events.OpenEdxEventException;
import org.openedx.events.bus.outbox.OutboxRow.Status;
import org.openedx.events.instrumentation.OutboxBacklog;

/**
 * Every statement the outbox runs on its table, in plain JDBC: storing a row, claiming due rows for one node,
 * recording the outcome of an attempt, re-queueing, purging and counting. Each method but {@link #insert} takes a
 * connection of its own from the data source and commits its work; {@link #insert} writes on the caller's connection,
 * inside the caller's transaction.
 *
 * <p>A row is <em>due</em> when it is pending, its next attempt time has come, and no one holds an unexpired claim
 * on it. Rows of one topic and ordering key are claimed only as a run from the key's oldest pending row, so they are
 * published in the order of their ids. On PostgreSQL a batch is claimed with {@code SELECT … FOR UPDATE SKIP LOCKED},
 * so that relays on several nodes do not wait for each other; elsewhere each row is claimed with a conditional update.
 * Either way two claimants never hold one row at once.
 */
public final class OutboxTable {

    private static final String COLUMNS = "id, event_id, event_type, topic, event_key_field, ordering_key, metadata, "
            + "payload, status, attempts, last_error, created_at, published_at, claimed_by, trace_context";

    private final DataSource dataSource;
    private final String table;
    private final OutboxDialect dialect;

    /**
     * Creates the table's statements.
     *
     * @param dataSource the data source
     * @param table the table, a plain SQL identifier (checked by {@link OutboxSettings})
     * @throws SQLException when the database cannot be reached to learn its product
     */
    public OutboxTable(DataSource dataSource, String table) throws SQLException {
        this.dataSource = dataSource;
        this.table = table;
        try (Connection connection = dataSource.getConnection()) {
            this.dialect = OutboxDialect.of(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** {@return the table's name} */
    public String name() {
        return table;
    }

    /** {@return the DDL resource for this database, or null when none is shipped} */
    String ddlResource() {
        return dialect.ddlResource();
    }

    /**
     * Whether the table exists (is readable with its columns).
     *
     * @return true when it does
     * @throws SQLException when the database cannot be reached
     */
    public boolean exists() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement
                    .executeQuery("SELECT " + COLUMNS + " FROM " + table + " WHERE 1 = 0")
                    .close();
            return true;
        } catch (SQLException e) {
            if (connection(e)) {
                throw e;
            }
            return false;
        }
    }

    /**
     * Creates the table and its indexes when missing, with the DDL shipped for this database.
     *
     * @throws SQLException when a statement fails
     * @throws OpenEdxEventException ({@code OXE7307}) when no DDL is shipped for this database
     */
    public void create() throws SQLException {
        String resource = dialect.ddlResource();
        if (resource == null) {
            String product;
            try (Connection connection = dataSource.getConnection()) {
                product = connection.getMetaData().getDatabaseProductName();
            }
            throw new OpenEdxEventException(OutboxError.NO_DDL, product);
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : ddl(resource, table)) {
                statement.execute(sql);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    /**
     * The statements of a DDL resource, with the table's name filled in.
     *
     * @param resource the resource
     * @param table the table
     * @return the statements, without comments
     */
    static List<String> ddl(String resource, String table) {
        String text;
        try (InputStream in = OutboxTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        String index = table.substring(table.indexOf('.') + 1);
        StringBuilder withoutComments = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : withoutComments.toString().split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip().replace("${table}", table).replace("${index}", index));
            }
        }
        return statements;
    }

    /**
     * Stores a row on the caller's connection (in the caller's transaction, if any), pending and due at once.
     *
     * @param connection the connection
     * @param row what to store
     * @param now the time
     * @return the row's id
     * @throws SQLException when the insert fails
     */
    public long insert(Connection connection, NewRow row, Instant now) throws SQLException {
        String sql = "INSERT INTO " + table + " (event_id, event_type, topic, event_key_field, ordering_key, metadata, "
                + "payload, status, attempts, created_at, next_attempt_at, trace_context) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            insert.setString(1, row.eventId().toString());
            insert.setString(2, row.eventType());
            insert.setString(3, row.topic());
            insert.setString(4, row.eventKeyField());
            insert.setString(5, row.orderingKey());
            insert.setString(6, row.metadata());
            insert.setBytes(7, row.payload());
            insert.setObject(8, utc(now));
            insert.setObject(9, utc(now));
            insert.setString(10, row.traceContext());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new outbox row");
                }
                return keys.getLong(1);
            }
        }
    }

    /**
     * Claims due rows for one claimant, oldest first: every pending row whose next attempt time has come and that no
     * one holds, provided every earlier pending row of its topic and ordering key is claimed with it. So the rows of
     * one key are claimed as a run that starts at the key's oldest pending row, and are published in order.
     *
     * @param claimant the claim's token ({@code node#n}); {@link #markPublished} and {@link #markAttemptFailed} only
     *     act on rows it still holds
     * @param now the time
     * @param storedBefore only rows stored before this
     * @param onlyIds only these rows, or null for any
     * @param claimTimeout how long the claim lasts
     * @param limit the most rows
     * @return the claimed rows, in id order
     * @throws SQLException when the database fails
     */
    public List<OutboxRow> claim(
            String claimant,
            Instant now,
            Instant storedBefore,
            Collection<Long> onlyIds,
            Duration claimTimeout,
            int limit)
            throws SQLException {
        if (onlyIds != null && onlyIds.isEmpty()) {
            return List.of();
        }
        List<Long> only = onlyIds == null ? null : List.copyOf(onlyIds);
        String candidates = "SELECT o.id, o.topic, o.ordering_key, (SELECT COUNT(*) FROM " + table + " e "
                + "WHERE e.topic = o.topic AND e.ordering_key = o.ordering_key AND e.status = 'PENDING' "
                + "AND e.id < o.id) AS ahead FROM " + table + " o WHERE o.status = 'PENDING' "
                + "AND o.next_attempt_at <= ? AND (o.claimed_until IS NULL OR o.claimed_until < ?) "
                + "AND o.created_at <= ?" + (only == null ? "" : " AND o.id IN " + placeholders(only))
                + " ORDER BY o.id";
        List<Long> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<Candidate> found;
                try (PreparedStatement select = connection.prepareStatement(
                        candidates + (dialect.skipLocked() ? " LIMIT " + limit + " FOR UPDATE SKIP LOCKED" : ""))) {
                    select.setMaxRows(limit);
                    select.setObject(1, utc(now));
                    select.setObject(2, utc(now));
                    select.setObject(3, utc(storedBefore));
                    if (only != null) {
                        for (int i = 0; i < only.size(); i++) {
                            select.setLong(4 + i, only.get(i));
                        }
                    }
                    found = candidates(select);
                }
                Map<String, Integer> claimedPerKey = new HashMap<>();
                for (Candidate candidate : found) {
                    String key = candidate.topic() + '\u0000' + candidate.orderingKey();
                    Integer before = claimedPerKey.get(key);
                    boolean next = before == null ? candidate.ahead() == 0 : before >= 0 && candidate.ahead() == before;
                    if (next
                            && (dialect.skipLocked()
                                    || claimOne(connection, candidate.id(), claimant, now, claimTimeout))) {
                        claimed.add(candidate.id());
                        claimedPerKey.put(key, before == null ? 1 : before + 1);
                    } else {
                        claimedPerKey.put(key, -1); // the run of this key ends here
                    }
                }
                if (dialect.skipLocked() && !claimed.isEmpty()) {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                            + " SET claimed_by = ?, claimed_until = ? WHERE id IN " + placeholders(claimed))) {
                        update.setString(1, claimant);
                        update.setObject(2, utc(now.plus(claimTimeout)));
                        for (int i = 0; i < claimed.size(); i++) {
                            update.setLong(3 + i, claimed.get(i));
                        }
                        update.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return read(connection, claimed);
        }
    }

    /** Claims one row when no one holds it (the optimistic claim, for databases without {@code SKIP LOCKED}). */
    private boolean claimOne(Connection connection, long id, String claimant, Instant now, Duration claimTimeout)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                + " SET claimed_by = ?, claimed_until = ? WHERE id = ? AND status = 'PENDING' "
                + "AND (claimed_until IS NULL OR claimed_until < ?)")) {
            update.setString(1, claimant);
            update.setObject(2, utc(now.plus(claimTimeout)));
            update.setLong(3, id);
            update.setObject(4, utc(now));
            return update.executeUpdate() == 1;
        }
    }

    private static List<Candidate> candidates(PreparedStatement select) throws SQLException {
        List<Candidate> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new Candidate(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4)));
            }
        }
        return found;
    }

    /** A due row, and how many pending rows of its key are older. */
    private record Candidate(long id, String topic, String orderingKey, long ahead) {}

    /**
     * Records that the bus acknowledged a row this node holds.
     *
     * @param id the row
     * @param claimant the claim's token
     * @param now the time
     * @return false when the claim was no longer held (it expired and another node took the row)
     * @throws SQLException when the database fails
     */
    public boolean markPublished(long id, String claimant, Instant now) throws SQLException {
        return update(
                        "UPDATE " + table + " SET status = 'PUBLISHED', published_at = ?, claimed_by = NULL, "
                                + "claimed_until = NULL WHERE id = ? AND claimed_by = ?",
                        statement -> {
                            statement.setObject(1, utc(now));
                            statement.setLong(2, id);
                            statement.setString(3, claimant);
                        })
                == 1;
    }

    /**
     * Records that the bus acknowledged rows one claim holds, in one statement.
     *
     * @param ids the rows
     * @param claimant the claim's token
     * @param now the time
     * @return how many rows were marked (fewer when the claim of some expired and another node took them)
     * @throws SQLException when the database fails
     */
    public int markPublished(List<Long> ids, String claimant, Instant now) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        return update(
                "UPDATE " + table + " SET status = 'PUBLISHED', published_at = ?, claimed_by = NULL, "
                        + "claimed_until = NULL WHERE claimed_by = ? AND id IN " + placeholders(ids),
                statement -> {
                    statement.setObject(1, utc(now));
                    statement.setString(2, claimant);
                    for (int i = 0; i < ids.size(); i++) {
                        statement.setLong(3 + i, ids.get(i));
                    }
                });
    }

    /**
     * Gives up a claim without an attempt: the row is due again at once.
     *
     * @param id the row
     * @param claimant the claim's token
     * @return false when the claim was no longer held
     * @throws SQLException when the database fails
     */
    public boolean release(long id, String claimant) throws SQLException {
        return update(
                        "UPDATE " + table
                                + " SET claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?",
                        statement -> {
                            statement.setLong(1, id);
                            statement.setString(2, claimant);
                        })
                == 1;
    }

    /**
     * Records a failed attempt on a row this node holds: counts it, keeps the problem, and either schedules the next
     * attempt or, after the last one, marks the row failed.
     *
     * @param id the row
     * @param claimant the claim's token
     * @param problem what went wrong (cut to 2,000 characters)
     * @param nextAttempt when the row is due again
     * @param maxAttempts the attempts after which the row fails
     * @return the row's status afterwards, or empty when the claim was no longer held
     * @throws SQLException when the database fails
     */
    public Optional<Status> markAttemptFailed(
            long id, String claimant, String problem, Instant nextAttempt, int maxAttempts) throws SQLException {
        String error = problem.length() > 2000 ? problem.substring(0, 1999) + "…" : problem;
        int updated = update(
                "UPDATE " + table + " SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
                        + "claimed_by = NULL, claimed_until = NULL, "
                        + "status = CASE WHEN attempts + 1 >= ? THEN 'FAILED' ELSE 'PENDING' END "
                        + "WHERE id = ? AND claimed_by = ?",
                statement -> {
                    statement.setString(1, error);
                    statement.setObject(2, utc(nextAttempt));
                    statement.setInt(3, maxAttempts);
                    statement.setLong(4, id);
                    statement.setString(5, claimant);
                });
        if (updated == 0) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, List.of(id)).stream().findFirst().map(OutboxRow::status);
        }
    }

    /**
     * Puts failed rows of one event back in the queue, due at once, with their attempts reset.
     *
     * @param eventId the event
     * @param now the time
     * @return how many rows were re-queued (one per topic the event was stored for)
     * @throws SQLException when the database fails
     */
    public int requeue(UUID eventId, Instant now) throws SQLException {
        return update(
                "UPDATE " + table + " SET status = 'PENDING', attempts = 0, next_attempt_at = ?, claimed_by = NULL, "
                        + "claimed_until = NULL WHERE status = 'FAILED' AND event_id = ?",
                statement -> {
                    statement.setObject(1, utc(now));
                    statement.setString(2, eventId.toString());
                });
    }

    /**
     * Puts every failed row back in the queue, due at once, with its attempts reset.
     *
     * @param now the time
     * @return how many rows were re-queued
     * @throws SQLException when the database fails
     */
    public int requeueAllFailed(Instant now) throws SQLException {
        return update(
                "UPDATE " + table + " SET status = 'PENDING', attempts = 0, next_attempt_at = ?, claimed_by = NULL, "
                        + "claimed_until = NULL WHERE status = 'FAILED'",
                statement -> statement.setObject(1, utc(now)));
    }

    /**
     * Deletes the rows published before a time.
     *
     * @param before the time
     * @return how many rows were deleted
     * @throws SQLException when the database fails
     */
    public int deletePublishedBefore(Instant before) throws SQLException {
        return update(
                "DELETE FROM " + table + " WHERE status = 'PUBLISHED' AND published_at < ?",
                statement -> statement.setObject(1, utc(before)));
    }

    /**
     * The rows in one status, oldest first.
     *
     * @param status the status
     * @param limit the most rows
     * @return the rows
     * @throws SQLException when the database fails
     */
    public List<OutboxRow> rows(Status status, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM " + table + " WHERE status = ? ORDER BY id")) {
            select.setMaxRows(limit);
            select.setString(1, status.name());
            return rows(select);
        }
    }

    /**
     * The rows of one event (one per topic), oldest first.
     *
     * @param eventId the event
     * @return the rows
     * @throws SQLException when the database fails
     */
    public List<OutboxRow> rowsOf(UUID eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM " + table + " WHERE event_id = ? ORDER BY id")) {
            select.setString(1, eventId.toString());
            return rows(select);
        }
    }

    /**
     * The rows waiting to be published, and how long the oldest has waited.
     *
     * @param now the current time
     * @return the backlog
     * @throws SQLException when the database fails
     */
    public OutboxBacklog backlog(Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*), MIN(created_at) FROM " + table + " WHERE status = 'PENDING'")) {
            rows.next();
            long pending = rows.getLong(1);
            OffsetDateTime oldest = rows.getObject(2, OffsetDateTime.class);
            Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now);
            return new OutboxBacklog(pending, age.isNegative() ? Duration.ZERO : age);
        }
    }

    /**
     * How many rows are in each status.
     *
     * @return the counts, every status present
     * @throws SQLException when the database fails
     */
    public Map<Status, Long> counts() throws SQLException {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0L);
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT status, COUNT(*) FROM " + table + " GROUP BY status")) {
            while (rows.next()) {
                counts.put(Status.valueOf(rows.getString(1)), rows.getLong(2));
            }
        }
        return counts;
    }

    private List<OutboxRow> read(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM " + table + " WHERE id IN " + placeholders(ids) + " ORDER BY id")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setLong(1 + i, ids.get(i));
            }
            return rows(select);
        }
    }

    private static List<OutboxRow> rows(PreparedStatement select) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (ResultSet found = select.executeQuery()) {
            while (found.next()) {
                OffsetDateTime published = found.getObject(13, OffsetDateTime.class);
                rows.add(new OutboxRow(
                        found.getLong(1),
                        UUID.fromString(found.getString(2)),
                        found.getString(3),
                        found.getString(4),
                        found.getString(5),
                        found.getString(6),
                        found.getString(7),
                        found.getBytes(8),
                        Status.valueOf(found.getString(9)),
                        found.getInt(10),
                        found.getString(11),
                        found.getObject(12, OffsetDateTime.class).toInstant(),
                        published == null ? null : published.toInstant(),
                        found.getString(14),
                        found.getString(15)));
            }
        }
        return rows;
    }

    private int update(String sql, Binder binder) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            int updated = statement.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return updated;
        }
    }

    private static String placeholders(List<Long> ids) {
        return "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Whether a failure is the connection's rather than the statement's (SQLState class 08). */
    private static boolean connection(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /**
     * What {@link #insert} stores.
     *
     * @param eventId the event's id
     * @param eventType the event type
     * @param topic the topic without the environment prefix
     * @param eventKeyField the dotted path of the key field, or null
     * @param orderingKey the key value rows are ordered by within the topic
     * @param metadata the metadata as JSON
     * @param payload the encoded payload
     * @param traceContext the send's trace context ({@code traceparent=…}, a line each), or null without a trace
     */
    public record NewRow(
            UUID eventId,
            String eventType,
            String topic,
            String eventKeyField,
            String orderingKey,
            String metadata,
            byte[] payload,
            String traceContext) {

        /**
         * A row without trace context.
         *
         * @param eventId the event id
         * @param eventType the event type
         * @param topic the topic
         * @param eventKeyField the key field's dotted path, or null
         * @param orderingKey the ordering key
         * @param metadata the metadata as JSON
         * @param payload the encoded payload
         */
        public NewRow(
                UUID eventId,
                String eventType,
                String topic,
                String eventKeyField,
                String orderingKey,
                String metadata,
                byte[] payload) {
            this(eventId, eventType, topic, eventKeyField, orderingKey, metadata, payload, null);
        }

        /**
         * Copies the payload.
         *
         * @param eventId the eventId
         * @param eventType the eventType
         * @param topic the topic
         * @param eventKeyField the eventKeyField
         * @param orderingKey the orderingKey
         * @param metadata the metadata
         * @param payload the payload
         * @param traceContext the trace context, or null
         */
        public NewRow {
            payload = payload.clone();
        }

        /** {@return a copy of the payload} */
        @Override
        public byte[] payload() {
            return payload.clone();
        }
    }
}
