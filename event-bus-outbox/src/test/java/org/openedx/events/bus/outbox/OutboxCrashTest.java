package org.openedx.events.bus.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openedx.events.bus.outbox.OutboxFixtures.TOPIC;
import static org.openedx.events.bus.outbox.OutboxFixtures.await;
import static org.openedx.events.bus.outbox.OutboxFixtures.streamIds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.openedx.events.bus.EventOutbox;
import org.openedx.events.bus.outbox.OutboxRow.Status;
import org.openedx.events.bus.outbox.testing.PostgresServer;
import org.openedx.events.bus.redis.RedisConnections;
import org.openedx.events.bus.redis.RedisEventBusProducer;
import org.openedx.events.bus.redis.RedisServer;
import org.openedx.events.bus.redis.RedisSettings;
import org.openedx.events.testing.ChildApplication;

/**
 * A process killed (SIGKILL) after its sends committed and before it published them: after the restart, another
 * relay publishes every event, with the ids the sends gave them.
 */
@Tag("postgresql")
@Tag("redis")
class OutboxCrashTest {

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @RegisterExtension
    static final RedisServer REDIS = new RedisServer();

    private static final int EVENTS = 5;

    @Test
    void eventsOfAKilledProcessArePublishedAfterTheRestartWithTheirIds(@TempDir Path directory) throws Exception {
        OutboxTable table = new OutboxTable(POSTGRES.dataSource(), "crash");
        table.create();
        Path archive = ChildApplication.beanArchive(directory, CrashingSender.class);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                ChildApplication.classPath(archive, CrashingSender.class),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-D" + CrashingSender.JDBC_URL + "=" + POSTGRES.jdbcUrl(),
                "-DEVENT_BUS_PRODUCER_CONFIG={\"org.openedx.learning.auth.session.login.completed.v1\": " + "{\""
                        + TOPIC + "\": {\"event_key_field\": \"user.id\", \"enabled\": true}}}",
                "-D" + RedisSettings.CONNECTION_URL + "=redis://127.0.0.1:" + closedPort() + "/0",
                "-DEVENT_BUS_PRODUCER=redis", // the Kafka bus is on the test class path too
                "-D" + EventOutbox.SETTING + "=true",
                "-D" + OutboxSettings.TABLE + "=crash",
                "-D" + OutboxSettings.CLAIM_TIMEOUT + "=2",
                CrashingSender.class.getName(),
                Integer.toString(EVENTS)));
        Process child = new ProcessBuilder(command)
                .redirectError(directory.resolve("child.err").toFile())
                .start();
        List<String> sent = new ArrayList<>();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null && !line.equals("READY"); line = out.readLine()) {
                assertThat(line).as("the child's output").doesNotStartWith("FAILED");
                if (line.startsWith("SENT ")) {
                    sent.add(line.substring("SENT ".length()));
                } // other lines: the child's logging, where a binding on the class path writes to stdout
            }
            assertThat(sent).as("ids sent by the child, " + errors(directory)).hasSize(EVENTS);
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no @PreDestroy
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(table.counts())
                .as("committed, not published")
                .containsEntry(Status.PENDING, (long) EVENTS)
                .containsEntry(Status.PUBLISHED, 0L);

        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        RedisConnections connections = new RedisConnections(RedisSettings.forUrl(REDIS.url()));
        try (StatefulRedisConnection<String, byte[]> connection = REDIS.connect()) {
            OutboxRelay restarted = new OutboxRelay(
                    table,
                    OutboxSettings.from(Map.of(
                            OutboxSettings.TABLE, "crash",
                            OutboxSettings.RELAY_DELAY, "0",
                            OutboxSettings.POLL_INTERVAL, "0.05",
                            OutboxSettings.BACKOFF, "0")::get),
                    new RedisEventBusProducer(connections)::deliver,
                    Clock.systemUTC());
            restarted.start(scheduler, scheduler);

            await(
                    () -> streamIds(connection.sync(), TOPIC).size() == EVENTS,
                    "every event published after the restart (a claim of the dead process expires after 2 s)",
                    30);
            assertThat(streamIds(connection.sync(), TOPIC))
                    .as("every id once (each event has a key of its own, so any order)")
                    .containsExactlyInAnyOrderElementsOf(sent);
            await(() -> published(table) == EVENTS, "every row marked published", 10);
        } finally {
            scheduler.shutdownNow();
            connections.close();
        }
    }

    private static long published(OutboxTable table) {
        try {
            return table.counts().get(Status.PUBLISHED);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String errors(Path directory) {
        try {
            return "its errors: " + Files.readString(directory.resolve("child.err"));
        } catch (IOException e) {
            return "no error output";
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
