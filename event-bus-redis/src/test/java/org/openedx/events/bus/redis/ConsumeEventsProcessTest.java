package org.openedx.events.bus.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.openedx.events.EventsMetadata;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;
import org.openedx.events.testing.ChildApplication;

/**
 * The command-line consumer ({@link ConsumeEvents}) as a real process: a child JVM with this module's test class
 * path and a one-class bean archive holding {@link ProcessedEventsRecorder}, which counts attempts and finished
 * deliveries in Redis. The process is killed ({@code SIGKILL}) with an entry in hand and started again, or stopped
 * with {@code SIGTERM}.
 */
@Tag("redis")
class ConsumeEventsProcessTest {

    @RegisterExtension
    static final RedisServer REDIS = new RedisServer();

    private static final String TOPIC = "user-login";
    private static final String GROUP = "cli";

    @TempDir
    Path work;

    private final List<Process> children = new ArrayList<>();
    private RedisClient client;
    private StatefulRedisConnection<String, byte[]> connection;
    private RedisCommands<String, byte[]> redis;
    private RedisConnections producerConnections;

    @BeforeEach
    void connect() {
        client = RedisClient.create(REDIS.url());
        connection = client.connect(RedisConnections.codec());
        redis = connection.sync();
        redis.flushall();
        producerConnections = new RedisConnections(RedisSettings.forUrl(REDIS.url()));
    }

    @AfterEach
    void killChildrenAndDisconnect() throws InterruptedException {
        for (Process child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(children).as("consumer processes left running").noneMatch(Process::isAlive);
        producerConnections.close();
        connection.close();
        client.shutdown();
    }

    @Test
    void aConsumerKilledWithAnEntryInHandAndStartedAgainProcessesEveryEventAtLeastOnce() throws Exception {
        List<String> ids = publish(30);

        Process first = consumer("first", 10);
        await(first, () -> redis.exists(ProcessedEventsRecorder.IN_HAND) == 1, "the tenth entry is in hand");
        String inHand = new String(redis.get(ProcessedEventsRecorder.IN_HAND), StandardCharsets.UTF_8);
        assertThat(inHand).isEqualTo(ids.get(9));

        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        assertThat(first.isAlive()).isFalse();
        assertThat(processed().keySet())
                .as("processed before the kill")
                .containsExactlyInAnyOrderElementsOf(ids.subList(0, 9));
        PendingMessages pending = redis.xpending(TOPIC, GROUP);
        assertThat(pending.getCount())
                .as("the entry in hand and those of its read not begun stay pending; the processed are acknowledged")
                .isEqualTo(ids.size() - 9);
        assertThat(pending.getConsumerMessageCount()).containsOnlyKeys("c1");

        Process second = consumer("second", -1);
        await(
                second,
                () -> processed().size() == ids.size()
                        && redis.xpending(TOPIC, GROUP).getCount() == 0,
                "every entry processed and acknowledged after the restart");

        assertThat(processed().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(counts(ProcessedEventsRecorder.ATTEMPTS).get(inHand))
                .as("attempts of the killed entry")
                .isEqualTo(2);
        assertThat(redis.exists(RedisEventConsumer.deadLetterStream(TOPIC, GROUP)))
                .isZero();

        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS))
                .as("stopped by SIGTERM")
                .isTrue();
        assertThat(second.toHandle().descendants()).isEmpty();
        assertThat(log("second")).as("a clean shutdown").doesNotContain("Exception in thread");
    }

    @Test
    void anotherConsumerClaimsTheEntryInHandOfAKilledOne() throws Exception {
        List<String> ids = publish(12);

        Process first = consumer("first", 5);
        await(first, () -> redis.exists(ProcessedEventsRecorder.IN_HAND) == 1, "the fifth entry is in hand");
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        assertThat(redis.xpending(TOPIC, GROUP).getConsumerMessageCount()).containsOnlyKeys("c1");

        // c1 never comes back; c2 reads the rest and claims c1's entry once it has been idle for 500 ms.
        Process second = consumer("second", -1, "c2", 500);
        await(
                second,
                () -> processed().size() == ids.size()
                        && redis.xpending(TOPIC, GROUP).getCount() == 0,
                "every entry processed and acknowledged by the other consumer");

        assertThat(processed().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(counts(ProcessedEventsRecorder.ATTEMPTS).get(ids.get(4))).isEqualTo(2);
        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS))
                .as("stopped by SIGTERM")
                .isTrue();
    }

    @Test
    void sigtermLetsTheEntryInHandFinishAndAcknowledgesIt() throws Exception {
        List<String> ids = publish(3);

        Process child = consumer("graceful", 2, "-D" + ProcessedEventsRecorder.HOLD_MILLIS_PROPERTY + "=3000");
        await(child, () -> redis.exists(ProcessedEventsRecorder.IN_HAND) == 1, "the second entry is in hand");

        child.destroy();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();

        assertThat(processed()).as("finished after SIGTERM").containsKey(ids.get(1));
        // The third entry came in the same read and was not begun: it stays pending, for c1's restart or a claim.
        assertThat(processed()).as("not begun after SIGTERM").doesNotContainKey(ids.get(2));
        assertThat(redis.xpending(TOPIC, GROUP).getCount())
                .as("every processed entry acknowledged before the process ended\n%s", log("graceful"))
                .isEqualTo(ids.size() - processed().size());
        // Weld's own shutdown hook used to race with the command's: the container was shut down twice.
        assertThat(log("graceful"))
                .as("a clean shutdown")
                .doesNotContain("Exception in thread")
                .doesNotContain("already shut down");
    }

    @Test
    void aConsumerStartedWhileRedisIsDownBacksOffThenStartsAndConsumesOnceRedisIsUp() throws Exception {
        REDIS.stop();
        Process child;
        List<Long> delays;
        try {
            // The first wait is the poll failure sleep (0.1 s here, 1 s by default), doubled after each failure.
            child = consumer("backoff", -1, "-D" + RedisSettings.POLL_FAILURE_SLEEP + "=0.1");
            await(child, () -> backoffDelays(log("backoff")).size() >= 4, "four failed attempts to start");
            delays = backoffDelays(log("backoff"));
            assertThat(log("backoff")).as("no start before Redis is up").doesNotContain(STARTED);
        } finally {
            REDIS.start();
        }
        assertThat(delays.subList(0, 4)).containsExactly(100L, 200L, 400L, 800L);
        assertThat(log("backoff"))
                .contains("WARNING: OXE7111: The Redis event consumer of '" + TOPIC + "' as group '" + GROUP
                        + "' has not started: attempt 1 to connect and prepare the group failed: "
                        + "io.lettuce.core.RedisConnectionException: Unable to connect to 127.0.0.1")
                .as("nothing logged every second, as before")
                .doesNotContain("OXE7105");

        await(child, () -> log("backoff").contains(STARTED), "the consumer started once Redis is up");
        String beforeStart = log("backoff").substring(0, log("backoff").indexOf(STARTED));
        assertThat(backoffDelays(beforeStart)).as("one line per attempt").hasSameSizeAs(backoffDelays(log("backoff")));
        List<String> ids = publish(3);
        await(child, () -> processed().size() == ids.size(), "the entries processed");
        assertThat(processed().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(log("backoff")).as("started once").containsOnlyOnce(STARTED);

        child.destroy();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();
    }

    /** The line a consumer logs once it has connected and prepared its group, which other tools look for. */
    private static final String STARTED = "Started redis event consumer";

    private static final Pattern NEXT_ATTEMPT = Pattern.compile("WARNING: OXE7111: .*; next attempt in (\\d+) ms");

    /** The waits the consumer announced, in order. */
    private static List<Long> backoffDelays(String log) {
        List<Long> delays = new ArrayList<>();
        Matcher matcher = NEXT_ATTEMPT.matcher(log);
        while (matcher.find()) {
            delays.add(Long.parseLong(matcher.group(1)));
        }
        return delays;
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** Publishes logins of users 1..count, as the producer does, and returns their event ids in order. */
    private List<String> publish(int count) {
        RedisEventBusProducer producer = new RedisEventBusProducer(producerConnections);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id.toString());
            EventsMetadata metadata = new EventsMetadata(
                    LearningEvents.SESSION_LOGIN_COMPLETED,
                    id,
                    0,
                    "openedx/test/web",
                    "test-host",
                    OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                    List.of(11, 2, 0));
            producer.publish(
                    LearningSignals.SESSION_LOGIN_COMPLETED,
                    TOPIC,
                    new UserData(i, true, new UserPersonalData("user" + i, "user" + i + "@example.com", "U " + i)),
                    metadata);
        }
        return ids;
    }

    /** Starts {@code ConsumeEvents -t user-login -g cli --extra '{"consumer_name": "c1", "check_backlog": true}'}. */
    private Process consumer(String name, long holdUser, String... jvmOptions) throws IOException {
        return consumer(name, holdUser, "c1", -1, jvmOptions);
    }

    /** The same with another consumer name and, when not negative, {@code claim_msgs_older_than} (ms). */
    private Process consumer(String name, long holdUser, String consumerName, long claimAfter, String... jvmOptions)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + work,
                "-D" + RedisSettings.CONNECTION_URL + "=" + REDIS.url(),
                "-D" + RedisSettings.POLL_TIMEOUT + "=1",
                "-D" + RedisSettings.RETRY_BACKOFF + "=10",
                "-D" + ProcessedEventsRecorder.HOLD_USER + "=" + holdUser));
        command.addAll(Arrays.asList(jvmOptions));
        command.addAll(List.of(
                "-cp",
                classPath(),
                ConsumeEvents.class.getName(),
                "-t",
                TOPIC,
                "-g",
                GROUP,
                "--extra",
                "{\"consumer_name\": \"" + consumerName
                        + "\", \"check_backlog\": true"
                        + (claimAfter >= 0 ? ", \"claim_msgs_older_than\": " + claimAfter : "") + "}"));
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile())
                .start();
        children.add(child);
        return child;
    }

    /** The child's class path: a bean archive of the recorder alone, then the test's dependencies. */
    private String classPath() throws IOException {
        // Without jboss-modules (on the class path with -Pwildfly): its System.LoggerFinder would hold the library's
        // log lines back, and the tests read them.
        return Arrays.stream(ChildApplication.classPath(
                                ChildApplication.beanArchive(work, ProcessedEventsRecorder.class),
                                ProcessedEventsRecorder.class)
                        .split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("jboss-modules"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private Map<String, Long> processed() {
        return counts(ProcessedEventsRecorder.PROCESSED);
    }

    private Map<String, Long> counts(String hash) {
        Map<String, Long> counts = new LinkedHashMap<>();
        redis.hgetall(hash)
                .forEach((id, count) -> counts.put(id, Long.parseLong(new String(count, StandardCharsets.UTF_8))));
        return counts;
    }

    private String log(String name) {
        try {
            return Files.readString(work.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Waits up to 60 s (a JVM start included); fails with the child's log when it dies or time runs out. */
    private void await(Process child, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError(
                        "the consumer process ended (" + child.exitValue() + ") before " + what + "\n" + logs());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting until " + what + "\n" + logs());
    }

    private String logs() {
        StringBuilder out = new StringBuilder();
        try (var files = Files.list(work)) {
            files.filter(f -> f.toString().endsWith(".log"))
                    .sorted()
                    .forEach(f -> out.append("== ")
                            .append(f.getFileName())
                            .append('\n')
                            .append(log(f.getFileName().toString().replace(".log", ""))));
        } catch (IOException e) {
            out.append(e);
        }
        return out.toString();
    }
}
