package org.openedx.events.bus.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.EventsMetadata;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;
import org.openedx.events.testing.LibraryLog;

/**
 * The producer's asynchronous path against a real redis-server: sends travel pipelined and land in the order they
 * were made, and a Redis that hangs (its process stopped) makes a send fail after the producer timeout, logged, not
 * thrown.
 */
@Tag("redis")
class RedisProducerTest {

    @RegisterExtension
    static final RedisServer REDIS = new RedisServer();

    private static final String TOPIC = "producer-logins";

    @RegisterExtension
    final LibraryLog log = new LibraryLog();

    private RedisClient client;
    private StatefulRedisConnection<String, byte[]> connection;
    private RedisCommands<String, byte[]> redis;
    private RedisConnections connections;

    @BeforeEach
    void connect() {
        client = RedisClient.create(REDIS.url());
        connection = client.connect(RedisConnections.codec());
        redis = connection.sync();
        redis.flushall();
    }

    @AfterEach
    void close() {
        if (connections != null) {
            connections.close();
        }
        connection.close();
        client.shutdown();
    }

    @Test
    void sendsLandInTheOrderTheyWereMade() throws Exception {
        connections = new RedisConnections(settings("5"));
        RedisEventBusProducer producer = new RedisEventBusProducer(connections);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3 * RedisEventBusProducer.MAX_IN_FLIGHT; i++) {
            EventsMetadata metadata = metadata();
            ids.add(metadata.id().toString());
            producer.send(LearningSignals.SESSION_LOGIN_COMPLETED, TOPIC, null, user(i), metadata);
        }
        assertThat(producer.flush(Duration.ofSeconds(30)))
                .as("every entry answered")
                .isTrue();

        List<StreamMessage<String, byte[]>> entries = redis.xrange(TOPIC, io.lettuce.core.Range.create("-", "+"));
        assertThat(entries)
                .extracting(entry -> new String(entry.getBody().get("id"), java.nio.charset.StandardCharsets.UTF_8))
                .containsExactlyElementsOf(ids);
        assertThat(producer.failedSends()).isZero();
        assertThat(log.records()).noneMatch(entry -> entry.getMessage().startsWith("OXE7009"));
    }

    @Test
    void prepareMakesDryRunsThatLeaveNothing() throws Exception {
        connections = new RedisConnections(settings("5"));
        RedisEventBusProducer producer = new RedisEventBusProducer(connections);
        long commandsBefore = xaddCalls();
        long deletionsBefore = commandCalls("del");

        producer.prepare(RedisEventBusProducer.DRY_RUNS, Duration.ofMinutes(1)); // time enough for all, however slow

        assertThat(xaddCalls())
                .as("the dry runs' XADDs reached Redis")
                .isEqualTo(commandsBefore + RedisEventBusProducer.DRY_RUNS);
        assertThat(commandCalls("del")).as("the warm-up stream deleted").isEqualTo(deletionsBefore + 1);
        assertThat(redis.keys("*")).as("keys in Redis after the dry run").isEmpty();
        assertThat(producer.failedSends()).isZero();
        assertThat(producer.flush(Duration.ZERO)).as("nothing left in flight").isTrue();

        producer.send(LearningSignals.SESSION_LOGIN_COMPLETED, TOPIC, null, user(1), metadata());
        assertThat(producer.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(redis.keys("*")).containsExactly(TOPIC);
    }

    @Test
    void theDryRunsStopWhenTheirTimeIsUpAfterTheFirst() throws Exception {
        connections = new RedisConnections(settings("5"));
        RedisEventBusProducer producer = new RedisEventBusProducer(connections);
        long commandsBefore = xaddCalls();

        producer.prepare(RedisEventBusProducer.DRY_RUNS, Duration.ZERO);

        assertThat(xaddCalls() - commandsBefore)
                .as("dry runs that reached Redis")
                .isEqualTo(1);
        assertThat(redis.keys("*")).as("keys in Redis after the dry run").isEmpty();
        assertThat(producer.failedSends()).isZero();
    }

    @Test
    void aRefusedDryRunEndsThemAndIsNoFailedSend() throws Exception {
        connections = new RedisConnections(settings("5"));
        RedisEventBusProducer producer = new RedisEventBusProducer(connections);
        // a string where the warm-up stream goes: Redis refuses the XADD (WRONGTYPE)
        redis.set(connections.settings().streamKey(RedisEventBusProducer.WARM_UP_TOPIC), new byte[] {1});
        long commandsBefore = xaddCalls();

        producer.prepare();

        assertThat(xaddCalls() - commandsBefore)
                .as("dry runs that reached Redis")
                .isEqualTo(1);
        assertThat(producer.failedSends())
                .as("a refused dry run is no failed send")
                .isZero();
        assertThat(log.records()).noneMatch(entry -> entry.getMessage().startsWith("OXE7009"));
        assertThat(redis.keys("*")).as("the warm-up key deleted all the same").isEmpty();
    }

    /** How many {@code XADD} commands the server has run, from {@code INFO commandstats}. */
    private long xaddCalls() {
        return commandCalls("xadd");
    }

    /** How many of a command the server has run, from {@code INFO commandstats}. */
    private long commandCalls(String command) {
        String stats = connection.sync().info("commandstats");
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("cmdstat_" + command + ":calls=(\\d+)")
                .matcher(stats);
        return found.find() ? Long.parseLong(found.group(1)) : 0;
    }

    @Test
    void aRedisThatDoesNotAnswerEndsTheDryRunsAtTheFirst() throws Exception {
        connections = new RedisConnections(settings("0.3"));
        RedisEventBusProducer producer = new RedisEventBusProducer(connections);
        connections.producerConnection();
        long commandsBefore = xaddCalls();

        REDIS.freeze();
        long started = System.nanoTime();
        try {
            producer.prepare();
        } finally {
            REDIS.thaw();
        }

        // each dry run waits for its answer: a hundred unanswered ones would hold the deployment 30 s
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(producer.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(xaddCalls() - commandsBefore)
                .as("dry runs that reached Redis")
                .isEqualTo(1);
        assertThat(producer.failedSends()).isZero();
    }

    @Test
    void aRedisThatDoesNotAnswerFailsTheSendAfterTheTimeoutLoggedNotThrown() throws Exception {
        connections = new RedisConnections(settings("0.3"));
        RedisEventBusProducer producer = new RedisEventBusProducer(connections);
        producer.send(LearningSignals.SESSION_LOGIN_COMPLETED, TOPIC, null, user(1), metadata()); // connects
        assertThat(producer.flush(Duration.ofSeconds(10))).isTrue();

        EventsMetadata unanswered = metadata();
        REDIS.freeze(); // the server hangs: connected, answering nothing
        try {
            producer.send(LearningSignals.SESSION_LOGIN_COMPLETED, TOPIC, null, user(2), unanswered);

            assertThat(producer.flush(Duration.ofSeconds(10)))
                    .as("the unanswered entry is given up after the producer timeout")
                    .isTrue();
        } finally {
            REDIS.thaw();
        }
        assertThat(producer.failedSends()).as("sends reported as failed").isEqualTo(1);
        if (libraryLogReachesJul()) {
            assertThat(log.records())
                    .filteredOn(entry -> entry.getMessage().startsWith("OXE7009"))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.getMessage())
                            .contains(unanswered.id().toString())
                            .contains("'" + TOPIC + "'")
                            .doesNotContain("learner2"));
        }
    }

    /**
     * Whether the library's {@code System.Logger} records reach {@code java.util.logging} in this JVM. With the
     * {@code wildfly} profile, jboss-modules is on the test class path and its {@code System.LoggerFinder} holds
     * records back for a JBoss log manager that never comes; the count of failed sends is checked either way.
     */
    private boolean libraryLogReachesJul() {
        String probe = "probe " + UUID.randomUUID();
        System.getLogger("org.openedx.events.bus.redis").log(System.Logger.Level.ERROR, probe);
        return log.records().stream().anyMatch(entry -> probe.equals(entry.getMessage()));
    }

    private static RedisSettings settings(String producerTimeoutSeconds) {
        return RedisSettings.from(key -> switch (key) {
            case RedisSettings.CONNECTION_URL -> REDIS.url();
            case RedisSettings.PRODUCER_TIMEOUT -> producerTimeoutSeconds;
            default -> null;
        });
    }

    private static EventsMetadata metadata() {
        return new EventsMetadata(
                LearningEvents.SESSION_LOGIN_COMPLETED,
                UUID.randomUUID(),
                0,
                "openedx/test/web",
                "test-host",
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                List.of(11, 2, 0));
    }

    private static UserData user(int id) {
        return new UserData(id, true, new UserPersonalData("learner" + id, "l" + id + "@example.com", "L " + id));
    }
}
