package org.openedx.events.bus.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openedx.events.bus.outbox.OutboxRow.Status;

/**
 * What {@link OutboxTable} guarantees on a real database: the shipped DDL, claims that one claimant holds at a time
 * and that expire, runs in key order, attempts, failure, re-queueing and retention. Each database's test supplies the
 * data source; each test has a table of its own.
 */
abstract class OutboxTableContract {

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final Duration CLAIM = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    protected OutboxTable table;
    private DataSource dataSource;

    /** {@return the database under test} */
    abstract DataSource dataSource();

    @BeforeEach
    void createTable() throws SQLException {
        dataSource = dataSource();
        table = new OutboxTable(dataSource, "outbox_" + TABLES.incrementAndGet());
        assertThat(table.exists()).as("before create()").isFalse();
        table.create();
        table.create(); // again: the DDL is idempotent
        assertThat(table.exists()).isTrue();
    }

    @Test
    void aStoredRowIsClaimedOnceAndPublished() throws SQLException {
        UUID eventId = UUID.randomUUID();
        long id = insert(eventId, "topic-a", "k1", T0);

        List<OutboxRow> claimed = table.claim("node-1#1", T0, T0, null, CLAIM, 10);

        assertThat(claimed).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(id);
            assertThat(row.eventId()).isEqualTo(eventId);
            assertThat(row.topic()).isEqualTo("topic-a");
            assertThat(row.orderingKey()).isEqualTo("k1");
            assertThat(row.metadata()).isEqualTo("{\"id\":\"" + eventId + "\"}");
            assertThat(row.payload()).containsExactly(1, 2, 3);
            assertThat(row.status()).isEqualTo(Status.PENDING);
            assertThat(row.claimedBy()).isEqualTo("node-1#1");
            assertThat(row.createdAt()).isEqualTo(T0);
        });
        assertThat(table.claim("node-2#1", T0.plusSeconds(1), T0.plusSeconds(1), null, CLAIM, 10))
                .as("held by node-1")
                .isEmpty();
        assertThat(table.markPublished(id, "node-2#1", T0.plusSeconds(2)))
                .as("not node-2's claim")
                .isFalse();
        assertThat(table.markPublished(id, "node-1#1", T0.plusSeconds(2))).isTrue();
        assertThat(table.rowsOf(eventId)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(Status.PUBLISHED);
            assertThat(row.publishedAt()).isEqualTo(T0.plusSeconds(2));
            assertThat(row.claimedBy()).isNull();
        });
        assertThat(table.claim("node-2#2", T0.plusSeconds(100), T0.plusSeconds(100), null, CLAIM, 10))
                .as("published rows are never claimed again")
                .isEmpty();
    }

    @Test
    void aClaimExpiresAndAnotherClaimantTakesTheRow() throws SQLException {
        long id = insert(UUID.randomUUID(), "topic-a", "k1", T0);
        assertThat(table.claim("dead-node#1", T0, T0, null, CLAIM, 10)).hasSize(1);

        Instant later = T0.plus(CLAIM).plusSeconds(1);
        assertThat(table.claim("node-2#1", later, later, null, CLAIM, 10))
                .extracting(OutboxRow::id)
                .containsExactly(id);
        assertThat(table.markPublished(id, "dead-node#1", later))
                .as("the expired claim")
                .isFalse();
        assertThat(table.markPublished(id, "node-2#1", later)).isTrue();
    }

    @Test
    void rowsOfOneKeyAreClaimedAsARunFromTheOldestPendingOne() throws SQLException {
        long a1 = insert(UUID.randomUUID(), "topic-a", "A", T0);
        long b1 = insert(UUID.randomUUID(), "topic-a", "B", T0);
        long a2 = insert(UUID.randomUUID(), "topic-a", "A", T0);
        long a3 = insert(UUID.randomUUID(), "topic-a", "A", T0);
        long otherTopic = insert(UUID.randomUUID(), "topic-b", "A", T0);

        assertThat(table.claim("n#1", T0, T0, List.of(a2, a3), CLAIM, 10))
                .as("a2 and a3 wait behind a1, which is not asked for")
                .isEmpty();
        assertThat(table.claim("n#2", T0, T0, List.of(a1, a2), CLAIM, 10))
                .extracting(OutboxRow::id)
                .containsExactly(a1, a2);
        assertThat(table.claim("n#3", T0, T0, null, CLAIM, 10))
                .as("a3 waits behind the claimed a1 and a2; B and the other topic are free")
                .extracting(OutboxRow::id)
                .containsExactly(b1, otherTopic);
        table.markPublished(a1, "n#2", T0);
        table.markPublished(a2, "n#2", T0);
        assertThat(table.claim("n#4", T0, T0, null, CLAIM, 10))
                .extracting(OutboxRow::id)
                .containsExactly(a3);
    }

    @Test
    void failedAttemptsBackOffThenTheRowFailsAndStopsHoldingBackItsKey() throws SQLException {
        long poison = insert(UUID.randomUUID(), "topic-a", "A", T0);
        long behind = insert(UUID.randomUUID(), "topic-a", "A", T0);

        claimExactly("n#1", T0, poison, behind);
        table.markPublished(behind, "n#1", T0); // behind is published in the same run; only poison fails
        assertThat(table.markAttemptFailed(poison, "n#1", "boom 1", T0.plusSeconds(10), 2))
                .contains(Status.PENDING);
        assertThat(table.claim("n#2", T0.plusSeconds(5), T0.plusSeconds(5), null, CLAIM, 10))
                .as("not due before its next attempt")
                .isEmpty();

        long next = insert(UUID.randomUUID(), "topic-a", "A", T0.plusSeconds(6));
        assertThat(table.claim("n#3", T0.plusSeconds(7), T0.plusSeconds(7), null, CLAIM, 10))
                .as("a later row of the key waits behind the pending poison row")
                .isEmpty();

        claimExactly("n#4", T0.plusSeconds(10), poison, next);
        assertThat(table.markAttemptFailed(poison, "n#4", "boom 2", T0.plusSeconds(20), 2))
                .contains(Status.FAILED);
        table.markAttemptFailed(next, "n#4", "not acknowledged", T0.plusSeconds(11), 2);
        assertThat(table.claim("n#5", T0.plusSeconds(11), T0.plusSeconds(11), null, CLAIM, 10))
                .as("the failed row holds nothing back")
                .extracting(OutboxRow::id)
                .containsExactly(next);
        assertThat(table.rows(Status.FAILED, 10)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(poison);
            assertThat(row.attempts()).isEqualTo(2);
            assertThat(row.lastError()).isEqualTo("boom 2");
        });
    }

    @Test
    void failedRowsAreRequeuedByEventOrAll() throws SQLException {
        UUID first = UUID.randomUUID();
        long one = insert(first, "topic-a", "A", T0);
        long two = insert(UUID.randomUUID(), "topic-a", "B", T0);
        claimExactly("n#1", T0, one, two);
        table.markAttemptFailed(one, "n#1", "x", T0, 1);
        table.markAttemptFailed(two, "n#1", "x", T0, 1);
        assertThat(table.counts()).containsEntry(Status.FAILED, 2L).containsEntry(Status.PENDING, 0L);

        assertThat(table.requeue(first, T0.plusSeconds(1))).isEqualTo(1);
        assertThat(table.rowsOf(first)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(Status.PENDING);
            assertThat(row.attempts()).isZero();
        });
        assertThat(table.requeueAllFailed(T0.plusSeconds(1))).isEqualTo(1);
        assertThat(table.counts()).containsEntry(Status.PENDING, 2L).containsEntry(Status.FAILED, 0L);
        claimExactly("n#2", T0.plusSeconds(1), one, two);
    }

    @Test
    void onlyRowsStoredBeforeTheGivenTimeAreClaimedAndPublishedRowsArePurgedAfterRetention() throws SQLException {
        long old = insert(UUID.randomUUID(), "topic-a", "A", T0);
        long recent = insert(UUID.randomUUID(), "topic-a", "B", T0.plusSeconds(10));

        claimExactly("n#1", T0.plusSeconds(10), T0.plusSeconds(5), old);
        table.markPublished(old, "n#1", T0.plusSeconds(10));

        assertThat(table.deletePublishedBefore(T0.plusSeconds(10)))
                .as("published exactly then")
                .isZero();
        assertThat(table.deletePublishedBefore(T0.plusSeconds(11))).isEqualTo(1);
        assertThat(table.counts()).containsEntry(Status.PUBLISHED, 0L).containsEntry(Status.PENDING, 1L);
        claimExactly("n#2", T0.plusSeconds(10), T0.plusSeconds(10), recent);
    }

    private void claimExactly(String claimant, Instant now, long... ids) throws SQLException {
        claimExactly(claimant, now, now, ids);
    }

    private void claimExactly(String claimant, Instant now, Instant storedBefore, long... ids) throws SQLException {
        assertThat(table.claim(claimant, now, storedBefore, null, CLAIM, 10))
                .extracting(OutboxRow::id)
                .containsExactly(java.util.Arrays.stream(ids).boxed().toArray(Long[]::new));
    }

    private long insert(UUID eventId, String topic, String key, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long id = table.insert(
                    connection,
                    new OutboxTable.NewRow(
                            eventId,
                            "org.openedx.test.v1",
                            topic,
                            "user.id",
                            key,
                            "{\"id\":\"" + eventId + "\"}",
                            new byte[] {1, 2, 3}),
                    at);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return id;
        }
    }
}
