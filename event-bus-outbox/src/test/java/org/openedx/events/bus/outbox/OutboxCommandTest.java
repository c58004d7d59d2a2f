package org.openedx.events.bus.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.bus.outbox.OutboxRow.Status;
import org.openedx.events.bus.outbox.testing.PostgresServer;

/** The operators' command line against a real PostgreSQL: creating the table, counts, failed rows, re-queueing. */
@Tag("postgresql")
class OutboxCommandTest {

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anOperatorSeesAndRequeuesFailedRows() throws Exception {
        assertThat(run("--table", "ops", "create-table")).isZero();
        assertThat(text(out)).contains("table ops ready");
        OutboxTable table = new OutboxTable(POSTGRES.dataSource(), "ops");
        UUID failing = UUID.randomUUID();
        long id = insert(table, failing);
        insert(table, UUID.randomUUID());
        Instant now = Instant.now();
        table.claim("n#1", now, now, java.util.List.of(id), Duration.ofSeconds(30), 10);
        table.markAttemptFailed(id, "n#1", "OXE7009: Redis was down", now, 1);

        assertThat(run("--table", "ops", "counts")).isZero();
        assertThat(text(out)).contains("PENDING 1", "PUBLISHED 0", "FAILED 1");
        assertThat(run("--table", "ops", "failed")).isZero();
        assertThat(text(out))
                .contains(failing.toString(), "OXE7009: Redis was down")
                .doesNotContain("learner");

        assertThat(run("--table", "ops", "requeue", failing.toString())).isZero();
        assertThat(text(out)).contains("re-queued 1 rows");
        assertThat(table.counts()).containsEntry(Status.FAILED, 0L).containsEntry(Status.PENDING, 2L);
        assertThat(run("--table", "ops", "requeue-all-failed")).isZero();
        assertThat(text(out)).contains("re-queued 0 rows");
    }

    @Test
    void badUsageAndAnUnreachableDatabaseHaveTheirOwnExitStatus() {
        assertThat(run("counts", "--table")).isEqualTo(2);
        assertThat(text(err)).contains("--table needs a value", "usage:");
        assertThat(run("--table", "ops", "dance")).isEqualTo(2);
        assertThat(text(err)).contains("unknown command 'dance'");
        assertThat(run("--table", "ops", "requeue", "not-a-uuid")).isEqualTo(2);
        assertThat(new OutboxCommandTest().runAt("jdbc:postgresql://127.0.0.1:1/none", "counts"))
                .isEqualTo(1);
    }

    private int run(String... args) {
        return runAt(POSTGRES.jdbcUrl(), args);
    }

    private int runAt(String url, String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 2];
        all[0] = "--url";
        all[1] = url;
        System.arraycopy(args, 0, all, 2, args.length);
        return OutboxCommand.run(
                all,
                Map.<String, String>of()::get,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    private static long insert(OutboxTable table, UUID eventId) throws Exception {
        try (Connection c = POSTGRES.dataSource().getConnection()) {
            return table.insert(
                    c,
                    new OutboxTable.NewRow(eventId, "org.openedx.test.v1", "t", null, "", "{}", new byte[] {1}),
                    Instant.now());
        }
    }
}
