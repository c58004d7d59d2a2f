package org.openedx.events.bus.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.lettuce.core.Consumer;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.bus.EventBusProducerExtension;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;
import org.openedx.events.wire.avro.AvroSignalDeserializer;

/** The Redis event bus against a real redis-server, on Weld SE. */
@Tag("redis")
class RedisEventBusTest {

    @RegisterExtension
    static final RedisServer REDIS = new RedisServer();

    /** event-bus-redis test_message.py: user 123, active, foobob / bob@foo.example / Bob Foo, as fastavro writes it. */
    private static final byte[] UPSTREAM_EVENT_DATA =
            bytes(0xF6, 0x01, 0x01, 0x0C, "foobob", 0x1E, "bob@foo.example", 0x0E, "Bob Foo");

    private static final UserData USER =
            new UserData(123, true, new UserPersonalData("foobob", "bob@foo.example", "Bob Foo"));
    private static final String LOGIN_CONFIG = """
            {"org.openedx.learning.auth.session.login.completed.v1": {
                "user-login": {"event_key_field": "user.pii.username", "enabled": true},
                "off": {"event_key_field": "user.id", "enabled": false}}}""";

    private final List<WeldContainer> containers = new ArrayList<>();
    private final List<RedisEventConsumer> consumers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private RedisClient client;
    private StatefulRedisConnection<String, byte[]> connection;
    private RedisCommands<String, byte[]> redis;

    @BeforeEach
    void connect() {
        client = RedisClient.create(REDIS.url());
        connection = client.connect(RedisConnections.codec());
        redis = connection.sync();
        redis.flushall();
        LoginObserver.reset();
        TestSettings.current = RedisSettings.forUrl(REDIS.url())
                .withPolling(Duration.ofMillis(500), Duration.ofMillis(100))
                .withDefaults(
                        new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(60)));
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        consumers.forEach(RedisEventConsumer::stop);
        for (Thread thread : threads) {
            thread.join(10_000);
            assertThat(thread.isAlive()).as("consumer thread ended").isFalse();
        }
        containers.forEach(WeldContainer::close);
        connection.close();
        client.shutdown();
    }

    @Test
    void entryWrittenAsUpstreamWritesItIsDeliveredWithTheProducersMetadata() throws Exception {
        WeldContainer container = container(null);
        start(container, options("user-login", "g1", "c1").withCheckBacklog(true));

        redis.xadd("user-login", upstreamEntry("c45efb10-3556-11ee-9f19-7e694b1e500b"));

        LoginObserver.Seen seen = observer(container).seen.poll(10, TimeUnit.SECONDS);
        assertThat(seen).isNotNull();
        assertThat(seen.user()).isEqualTo(USER);
        assertThat(seen.fromEventBus()).isTrue();
        assertThat(seen.metadata())
                .isEqualTo(new EventsMetadata(
                        LearningEvents.SESSION_LOGIN_COMPLETED,
                        UUID.fromString("c45efb10-3556-11ee-9f19-7e694b1e500b"),
                        0,
                        "openedx/lms/web",
                        "edx.devstack.lms",
                        OffsetDateTime.parse("2024-01-01T14:00:00.123456Z"),
                        List.of(11, 2, 0)));
        await(() -> redis.xpending("user-login", "g1").getCount() == 0, "the entry is acknowledged");
    }

    @Test
    void theProducerConnectsAtDeploymentSoTheFirstSendFindsItsConnectionOpen() {
        long before = clients();
        container(LOGIN_CONFIG);
        assertThat(clients())
                .as("the producer's connection, opened at deployment")
                .isEqualTo(before + 1);
    }

    @Test
    void aRedisThatCannotBeReachedAtDeploymentDoesNotFailIt() {
        TestSettings.current = RedisSettings.forUrl("redis://127.0.0.1:" + closedPort() + "/0");
        WeldContainer container = container(LOGIN_CONFIG);
        SendResult result =
                container.select(OpenEdxEvents.class).get().send(LearningSignals.SESSION_LOGIN_COMPLETED, USER);
        assertThat(result.sent())
                .as("the send itself succeeds; the bus failure is logged")
                .isTrue();
    }

    private long clients() {
        return redis.clientList().lines().filter(line -> !line.isBlank()).count();
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aProducerWithoutAConnectionUrlFailsTheDeploymentNotTheFirstSend() {
        TestSettings.current = RedisSettings.forUrl(null);

        assertThatThrownBy(() -> container(LOGIN_CONFIG))
                .hasStackTraceContaining("OXE7101")
                .hasStackTraceContaining(RedisSettings.CONNECTION_URL);
    }

    @Test
    void producerWritesUpstreamsEntryAfterTheSendAndItDecodesBack() {
        TestSettings.current = TestSettings.current.withStreams("dev", RedisSettings.DEFAULT_STREAM_MAX_LEN);
        WeldContainer container = container(LOGIN_CONFIG);

        SendResult result =
                container.select(OpenEdxEvents.class).get().send(LearningSignals.SESSION_LOGIN_COMPLETED, USER);
        answered(container); // the producer does not wait for Redis

        List<StreamMessage<String, byte[]>> entries = redis.xrange("dev-user-login", Range.create("-", "+"));
        assertThat(entries).hasSize(1);
        Map<String, byte[]> fields = entries.get(0).getBody();
        assertThat(fields.keySet())
                .containsExactly(
                        "type", "id", "source", "time", "minorversion", "sourcehost", "sourcelib", "event_data");
        EventsMetadata sent = result.metadata();
        assertThat(text(fields, "type")).isEqualTo(LearningEvents.SESSION_LOGIN_COMPLETED);
        assertThat(text(fields, "id")).isEqualTo(sent.id().toString());
        assertThat(text(fields, "source")).isEqualTo(sent.source());
        assertThat(text(fields, "time"))
                .isEqualTo(org.openedx.events.support.IsoDateTimes.format(sent.time()))
                .endsWith("+00:00");
        assertThat(text(fields, "minorversion")).isEqualTo("0");
        assertThat(text(fields, "sourcehost")).isEqualTo(sent.sourceHost());
        assertThat(text(fields, "sourcelib")).isEqualTo(sent.sourceLibVersion());
        assertThat(fields.get("event_data")).containsExactly(UPSTREAM_EVENT_DATA);
        assertThat(new AvroSignalDeserializer<>(LearningSignals.SESSION_LOGIN_COMPLETED)
                        .deserialize(fields.get("event_data")))
                .isEqualTo(USER);
        assertThat(redis.exists("dev-off")).as("disabled topic").isZero();
    }

    @Test
    void streamsAreTrimmedApproximately() {
        TestSettings.current = TestSettings.current.withStreams(null, 10);
        WeldContainer container = container(null);
        RedisEventBusProducer producer =
                container.select(RedisEventBusProducer.class).get();
        EventsMetadata metadata = container
                .select(OpenEdxEvents.class)
                .get()
                .generateSignalMetadata(LearningSignals.SESSION_LOGIN_COMPLETED);

        for (int i = 0; i < 300; i++) {
            producer.publish(LearningSignals.SESSION_LOGIN_COMPLETED, "trimmed", USER, metadata);
        }

        assertThat(redis.xlen("trimmed")).isBetween(10L, 299L);
    }

    @Test
    void eventsReceivedFromTheBusAreNotPublishedAgain() throws Exception {
        WeldContainer container = container(LOGIN_CONFIG);
        start(container, options("user-login", "g1", "c1").withCheckBacklog(true));

        redis.xadd("user-login", upstreamEntry(UUID.randomUUID().toString()));

        assertThat(observer(container).seen.poll(10, TimeUnit.SECONDS)).isNotNull();
        await(() -> redis.xpending("user-login", "g1").getCount() == 0, "the entry is acknowledged");
        answered(container); // a publication, had there been one, would have reached Redis by now
        assertThat(redis.xlen("user-login")).isEqualTo(1);
    }

    @Test
    void failingObserverIsRetriedThenDeadLetteredWithErrorAndAttempts() throws Exception {
        WeldContainer container = container(null);
        Observed observer = observer(container);
        observer.failuresLeft.set(Integer.MAX_VALUE);
        start(container, options("user-login", "g1", "c1").withCheckBacklog(true));

        String eventId = UUID.randomUUID().toString();
        String id = redis.xadd("user-login", upstreamEntry(eventId));

        String deadLetters = RedisEventConsumer.deadLetterStream("user-login", "g1");
        await(() -> redis.xlen(deadLetters) == 1, "one dead letter");
        Map<String, byte[]> dead =
                redis.xrange(deadLetters, Range.create("-", "+")).get(0).getBody();
        assertThat(observer.seen).hasSize(3);
        assertThat(text(dead, "dead_letter_attempts")).isEqualTo("3");
        assertThat(text(dead, "dead_letter_entry_id")).isEqualTo(id);
        // The receivers and their exceptions' classes, not their messages, which may quote payload values.
        assertThat(text(dead, "dead_letter_error"))
                .isEqualTo("OXE7011: 1 of 1 receivers failed: " + LoginObserver.class.getName() + "#onLogin threw "
                        + "java.lang.IllegalStateException; each exception is logged with OXE2009 for event "
                        + eventId);
        assertThat(dead.get("event_data")).containsExactly(UPSTREAM_EVENT_DATA);
        await(() -> redis.xpending("user-login", "g1").getCount() == 0, "the entry is acknowledged");
    }

    @Test
    void observerThatFailsTwiceIsDeliveredOnTheThirdAttempt() throws Exception {
        WeldContainer container = container(null);
        Observed observer = observer(container);
        observer.failuresLeft.set(2);
        start(container, options("user-login", "g1", "c1").withCheckBacklog(true));

        redis.xadd("user-login", upstreamEntry(UUID.randomUUID().toString()));

        await(
                () -> observer.seen.size() == 3
                        && redis.xpending("user-login", "g1").getCount() == 0,
                "three attempts, then acknowledged");
        assertThat(redis.exists(RedisEventConsumer.deadLetterStream("user-login", "g1")))
                .isZero();
    }

    @Test
    void malformedEntriesAreDeadLetteredAtOnceAndTheConsumerContinues() throws Exception {
        WeldContainer container = container(null);
        start(container, options("user-login", "g1", "c1").withCheckBacklog(true));
        Map<String, byte[]> unknownType = upstreamEntry(UUID.randomUUID().toString());
        unknownType.put("type", utf8("org.openedx.learning.nothing.v1"));
        Map<String, byte[]> badAvro = upstreamEntry(UUID.randomUUID().toString());
        badAvro.put("event_data", new byte[] {0x01});
        Map<String, byte[]> noData = upstreamEntry(UUID.randomUUID().toString());
        noData.remove("event_data");
        Map<String, byte[]> badTime = upstreamEntry(UUID.randomUUID().toString());
        badTime.put("time", utf8("yesterday"));

        for (Map<String, byte[]> bad : List.of(unknownType, badAvro, noData, badTime)) {
            redis.xadd("user-login", bad);
        }
        String goodId = UUID.randomUUID().toString();
        redis.xadd("user-login", upstreamEntry(goodId));

        LoginObserver.Seen seen = observer(container).seen.poll(10, TimeUnit.SECONDS);
        assertThat(seen).isNotNull();
        assertThat(seen.metadata().id()).hasToString(goodId);
        String deadLetters = RedisEventConsumer.deadLetterStream("user-login", "g1");
        await(() -> redis.xlen(deadLetters) == 4, "four dead letters");
        List<String> errors = redis.xrange(deadLetters, Range.create("-", "+")).stream()
                .peek(m -> assertThat(text(m.getBody(), "dead_letter_attempts")).isEqualTo("1"))
                .map(m -> text(m.getBody(), "dead_letter_error"))
                .toList();
        assertThat(errors.get(0)).contains("not a known Open edX event type");
        assertThat(errors.get(1)).contains("OXE6004");
        assertThat(errors.get(2)).contains("'event_data' is missing");
        assertThat(errors.get(3)).contains("'time' is 'yesterday', which is not");
        assertThat(observer(container).seen).isEmpty();
        await(() -> redis.xpending("user-login", "g1").getCount() == 0, "all acknowledged");
    }

    @Test
    void hostileEntriesAreDeadLetteredWithinASecondWithShortReasonsAndTheNextEntryIsDelivered() throws Exception {
        WeldContainer container = container(null);
        start(container, options("user-login", "g1", "c1").withCheckBacklog(true));
        Map<String, byte[]> hugeType = upstreamEntry(UUID.randomUUID().toString());
        hugeType.put("type", utf8("org.openedx." + "x".repeat(1 << 20)));
        Map<String, byte[]> lenientId = upstreamEntry("1-1-1-1-1");
        Map<String, byte[]> shortId = upstreamEntry("8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5");
        Map<String, byte[]> notUtf8 = upstreamEntry(UUID.randomUUID().toString());
        notUtf8.put("sourcehost", new byte[] {'l', 'm', 's', (byte) 0xC3});
        Map<String, byte[]> hugeMinor = upstreamEntry(UUID.randomUUID().toString());
        hugeMinor.put("minorversion", utf8("99999999999999999999"));

        long start = System.nanoTime();
        for (Map<String, byte[]> bad : List.of(hugeType, lenientId, shortId, notUtf8, hugeMinor)) {
            redis.xadd("user-login", bad);
        }
        String goodId = UUID.randomUUID().toString();
        redis.xadd("user-login", upstreamEntry(goodId));

        String deadLetters = RedisEventConsumer.deadLetterStream("user-login", "g1");
        await(() -> redis.xlen(deadLetters) == 5, "five dead letters");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        LoginObserver.Seen seen = observer(container).seen.poll(10, TimeUnit.SECONDS);
        assertThat(seen).isNotNull();
        assertThat(seen.metadata().id()).hasToString(goodId);
        List<String> errors = redis.xrange(deadLetters, Range.create("-", "+")).stream()
                .map(m -> text(m.getBody(), "dead_letter_error"))
                .toList();
        assertThat(errors)
                .allSatisfy(error -> assertThat(error).startsWith("OXE7102: ").hasSizeLessThan(1_000));
        assertThat(errors.get(0))
                .contains("'type' is 'org.openedx.xxx", "(cut: 1048588 characters in all)", "Closest known types: []");
        assertThat(errors.get(1)).contains("'id' is '1-1-1-1-1', which is not a UUID");
        assertThat(errors.get(2)).contains("'id' is '8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5', which is not a UUID");
        assertThat(errors.get(3)).contains("'sourcehost' is not UTF-8 text");
        assertThat(errors.get(4))
                .contains(
                        "'minorversion' is '99999999999999999999', which is not an integer " + "from 0 to 2147483647");
        assertThat(observer(container).seen).isEmpty();
    }

    @Test
    void entriesOfConsumersThatDiedAreProcessedAtLeastOnce() throws Exception {
        WeldContainer container = container(null);
        redis.xgroupCreate(
                XReadArgs.StreamOffset.from("user-login", "0-0"),
                "g1",
                io.lettuce.core.XGroupCreateArgs.Builder.mkstream());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            redis.xadd("user-login", upstreamEntry(id));
        }
        // Two consumers received entries and died before acknowledging them.
        assertThat(redis.xreadgroup(
                        Consumer.from("g1", "c1"),
                        XReadArgs.Builder.count(3),
                        XReadArgs.StreamOffset.lastConsumed("user-login")))
                .hasSize(3);
        assertThat(redis.xreadgroup(
                        Consumer.from("g1", "c9"),
                        XReadArgs.Builder.count(3),
                        XReadArgs.StreamOffset.lastConsumed("user-login")))
                .hasSize(3);

        // c1 restarts: it takes back its own entries, reads the rest, and claims c9's once they are idle.
        ConsumerOptions restarted = new ConsumerOptions(
                "user-login",
                "g1",
                "c1",
                null,
                true,
                null,
                new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMillis(300)));
        start(container, restarted);

        Observed observer = observer(container);
        await(
                () -> observer.seen.size() >= 10
                        && redis.xpending("user-login", "g1").getCount() == 0,
                "every entry processed and acknowledged");
        Set<String> seenIds = new HashSet<>();
        observer.seen.forEach(s -> seenIds.add(s.metadata().id().toString()));
        assertThat(seenIds).isEqualTo(ids);
    }

    @Test
    void consumerReconnectsAfterRedisRestarts() throws Exception {
        WeldContainer container = container(null);
        Observed observer = observer(container);
        start(container, options("user-login", "g1", "c1").withCheckBacklog(true));
        redis.xadd("user-login", upstreamEntry(UUID.randomUUID().toString()));
        assertThat(observer.seen.poll(10, TimeUnit.SECONDS)).isNotNull();

        REDIS.restart();
        String afterRestart = UUID.randomUUID().toString();
        redis.xadd("user-login", upstreamEntry(afterRestart));

        LoginObserver.Seen seen = observer.seen.poll(30, TimeUnit.SECONDS);
        assertThat(seen).as("delivered after the restart").isNotNull();
        assertThat(seen.metadata().id()).hasToString(afterRestart);
    }

    @Test
    void shutdownFinishesTheEntryInHand() throws Exception {
        WeldContainer container = container(null);
        Observed observer = observer(container);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        observer.gate(entered, release);
        RedisEventConsumer consumer =
                start(container, options("user-login", "g1", "c1").withCheckBacklog(true));
        Thread thread = threads.get(threads.size() - 1);
        redis.xadd("user-login", upstreamEntry(UUID.randomUUID().toString()));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        consumer.stop();
        thread.join(300);
        assertThat(thread.isAlive()).as("still finishing the entry").isTrue();
        release.countDown();
        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(redis.xpending("user-login", "g1").getCount())
                .as("acknowledged before stopping")
                .isZero();
        assertThat(observer.seen).hasSize(1);
    }

    @Test
    void applicationStartsTheConfiguredConsumersAndStopsThemWithTheContainer() throws Exception {
        TestSettings.current = TestSettings.current.withConsumers("""
                [{"topic": "user-login", "group_id": "app", "consumer_name": "app-1", "check_backlog": true}]""");
        WeldContainer container = container(null);
        // Let the consumer create its group before producing (it starts asynchronously).
        await(() -> redis.exists("user-login") == 1, "the consumer created the stream and group");

        redis.xadd("user-login", upstreamEntry(UUID.randomUUID().toString()));

        assertThat(observer(container).seen.poll(10, TimeUnit.SECONDS)).isNotNull();
        container.close();
        containers.remove(container);
        assertThat(Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("openedx-events-redis-user-login-app")))
                .allSatisfy(t -> assertThat(t.isAlive()).isFalse());
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** Waits until Redis has answered every entry the container's producer has sent (it does not wait itself). */
    private static void answered(WeldContainer container) {
        try {
            assertThat(container.select(RedisEventBusProducer.class).get().flush(Duration.ofSeconds(10)))
                    .as("every entry sent answered")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private WeldContainer container(String producerConfig) {
        Map<String, String> busSettings = new LinkedHashMap<>();
        if (producerConfig != null) {
            busSettings.put("EVENT_BUS_PRODUCER_CONFIG", producerConfig);
        }
        WeldContainer container = new Weld("redis-test-" + UUID.randomUUID())
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addExtension(new EventBusProducerExtension(busSettings::get))
                .addExtension(new RedisEventBusExtension())
                .addBeanClasses(LoginObserver.class, TestSettings.class)
                .initialize();
        containers.add(container);
        return container;
    }

    private static Observed observer(WeldContainer container) {
        container.select(LoginObserver.class).get().toString(); // the bean exists in this container
        return new Observed();
    }

    /** The observer's static state, under the names the tests use. */
    private static final class Observed {
        final java.util.concurrent.BlockingQueue<LoginObserver.Seen> seen = LoginObserver.seen;
        final java.util.concurrent.atomic.AtomicInteger failuresLeft = LoginObserver.failuresLeft;

        void gate(CountDownLatch entered, CountDownLatch release) {
            LoginObserver.entered = entered;
            LoginObserver.release = release;
        }
    }

    private RedisEventConsumer start(WeldContainer container, ConsumerOptions options) {
        RedisEventConsumer consumer = new RedisEventConsumer(
                container.select(RedisConnections.class).get(),
                container.select(OpenEdxEvents.class).get(),
                options,
                null);
        Thread thread = new Thread(consumer::consumeIndefinitely, "test-consumer-" + options.consumerName());
        consumers.add(consumer);
        threads.add(thread);
        thread.start();
        return consumer;
    }

    private static ConsumerOptions options(String topic, String group, String name) {
        return ConsumerOptions.of(topic, group, name, TestSettings.current.defaults());
    }

    /**
     * The fields upstream's producer writes, in its order, written by hand from upstream event-bus-redis
     * ({@code edx_event_bus_redis/internal/producer.py} and {@code message.py}); the README lists them too.
     */
    private static Map<String, byte[]> upstreamEntry(String id) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("type", utf8("org.openedx.learning.auth.session.login.completed.v1"));
        fields.put("id", utf8(id));
        fields.put("source", utf8("openedx/lms/web"));
        fields.put("time", utf8("2024-01-01T14:00:00.123456+00:00"));
        fields.put("minorversion", utf8("0"));
        fields.put("sourcehost", utf8("edx.devstack.lms"));
        fields.put("sourcelib", utf8("11.2.0"));
        fields.put("event_data", UPSTREAM_EVENT_DATA.clone());
        return fields;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting until " + what);
    }

    private static String text(Map<String, byte[]> fields, String name) {
        byte[] value = fields.get(name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes(utf8((String) part));
            }
        }
        return out.toByteArray();
    }
}
