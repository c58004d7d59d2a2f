package org.openedx.events.bus.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openedx.events.bus.outbox.OutboxFixtures.KEY_FIELD;
import static org.openedx.events.bus.outbox.OutboxFixtures.TOPIC;
import static org.openedx.events.bus.outbox.OutboxFixtures.await;
import static org.openedx.events.bus.outbox.OutboxFixtures.entries;
import static org.openedx.events.bus.outbox.OutboxFixtures.metadata;
import static org.openedx.events.bus.outbox.OutboxFixtures.streamIds;
import static org.openedx.events.bus.outbox.OutboxFixtures.user;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.EventsMetadata;
import org.openedx.events.bus.outbox.OutboxRow.Status;
import org.openedx.events.bus.outbox.testing.PostgresServer;
import org.openedx.events.bus.redis.RedisConnections;
import org.openedx.events.bus.redis.RedisEventBusProducer;
import org.openedx.events.bus.redis.RedisServer;
import org.openedx.events.bus.redis.RedisSettings;
import org.openedx.events.bus.redis.StreamEntries;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.testing.LibraryLog;
import org.openedx.events.wire.avro.AvroSignalDeserializer;

/**
 * The relay against a real PostgreSQL and a real redis-server: publishing right after the commit, a bus that is down
 * for a while, two relays sharing one table, and a row that can never be published.
 */
@Tag("postgresql")
@Tag("redis")
class OutboxRelayTest {

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @RegisterExtension
    static final RedisServer REDIS = new RedisServer();

    private static final AtomicInteger TABLES = new AtomicInteger();

    @RegisterExtension
    final LibraryLog log = new LibraryLog();

    private final List<ScheduledExecutorService> schedulers = new ArrayList<>();
    private final OutboxEvents events = new OutboxEvents();
    private DataSource dataSource;
    private OutboxTable table;
    private RedisConnections connections;
    private RedisEventBusProducer producer;
    private StatefulRedisConnection<String, byte[]> connection;
    private RedisCommands<String, byte[]> redis;

    @BeforeEach
    void setUp() throws SQLException {
        dataSource = POSTGRES.dataSource();
        table = new OutboxTable(dataSource, "relay_" + TABLES.incrementAndGet());
        table.create();
        connections = new RedisConnections(RedisSettings.from(Map.of(
                RedisSettings.CONNECTION_URL, REDIS.url(), "openedx.events.redis.producer-timeout", "0.5")::get));
        producer = new RedisEventBusProducer(connections);
        connection = REDIS.connect();
        redis = connection.sync();
        redis.flushall();
    }

    @AfterEach
    void tearDown() {
        schedulers.forEach(ScheduledExecutorService::shutdownNow);
        connection.close();
        connections.close();
    }

    @Test
    void aCommittedRowIsPublishedOnceWithTheSendsIdAndMetadata() throws Exception {
        OutboxRelay relay = relay(settings(Map.of()));
        EventsMetadata metadata = metadata();
        long id = store(user(42), metadata);

        relay.publishCommitted(List.of(id));

        Map<String, Map<String, byte[]>> entries = entries(redis, TOPIC);
        assertThat(entries).containsOnlyKeys(metadata.id().toString());
        Map<String, byte[]> entry = entries.get(metadata.id().toString());
        assertThat(StreamEntries.readHeader(entry, signal -> null).metadata()).isEqualTo(metadata);
        assertThat(new AvroSignalDeserializer<>(LearningSignals.SESSION_LOGIN_COMPLETED)
                        .deserialize(entry.get(StreamEntries.EVENT_DATA)))
                .isEqualTo(user(42));
        assertThat(table.rowsOf(metadata.id()))
                .singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(Status.PUBLISHED));

        relay.publishCommitted(List.of(id));
        assertThat(relay.pass()).isZero();
        assertThat(streamIds(redis, TOPIC)).as("published once").hasSize(1);
    }

    @Test
    void whileTheBusIsDownSendsAreKeptAndPublishedInKeyOrderOnceItIsBack() throws Exception {
        OutboxRelay relay = relay(settings(Map.of(OutboxSettings.BACKOFF, "0.1", OutboxSettings.MAX_BACKOFF, "0.3")));
        producer.prepare(); // connected before the outage
        REDIS.stop();
        Map<Long, List<String>> sentPerUser = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                long user = i % 3;
                EventsMetadata metadata = metadata();
                ids.add(store(user(user), metadata));
                sentPerUser
                        .computeIfAbsent(user, u -> new ArrayList<>())
                        .add(metadata.id().toString());
            }
            relay.publishCommitted(ids);
            assertThat(table.counts())
                    .as("nothing published while Redis is down")
                    .containsEntry(Status.PENDING, 30L);
            assertThat(table.rows(Status.PENDING, 100))
                    .anySatisfy(row -> assertThat(row.attempts()).isPositive());
        } finally {
            REDIS.start();
        }
        startPasses(relay);

        await(() -> published() == 30, "every row published", 30);
        List<String> stream = streamIds(redis, TOPIC);
        assertThat(stream).as("each event once").doesNotHaveDuplicates().hasSize(30);
        for (List<String> sent : sentPerUser.values()) {
            assertThat(stream.stream().filter(sent::contains).toList())
                    .as("one user's events in the order they were sent")
                    .containsExactlyElementsOf(sent);
        }
        assertThat(log.records())
                .anySatisfy(entry -> assertThat(entry.getMessage()).startsWith("OXE7303"));
    }

    @Test
    void rowsOfOneKeyCommittedOneAfterTheOtherArePublishedRightAfterTheirCommitsWithoutWaitingForAPass()
            throws Exception {
        OutboxRelay relay = relay(settings(Map.of(
                OutboxSettings.RELAY_DELAY, "3600", OutboxSettings.POLL_INTERVAL, "3600"))); // no pass takes them
        startPasses(relay);
        List<String> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread sender = new Thread(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        EventsMetadata metadata = metadata();
                        synchronized (sent) { // one key: commit order is the order of the ids
                            long id = store(user(1), metadata);
                            sent.add(metadata.id().toString());
                            relay.publishCommitted(List.of(id));
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join(30_000);
        }

        await(() -> published() == 200, "every row published by the after-commit path", 15);
        assertThat(streamIds(redis, TOPIC)).containsExactlyElementsOf(sent);
    }

    @Test
    void twoRelaysOnOneTablePublishEachRowOnceInKeyOrder() throws Exception {
        OutboxSettings settings = settings(Map.of());
        OutboxRelay first = relay(settings);
        OutboxRelay second = relay(settings);
        assertThat(first.node()).isNotEqualTo(second.node());
        Map<Long, List<String>> sentPerUser = new HashMap<>();
        startPasses(first);
        startPasses(second);
        for (int i = 0; i < 200; i++) {
            long user = i % 10;
            EventsMetadata metadata = metadata();
            store(user(user), metadata);
            sentPerUser
                    .computeIfAbsent(user, u -> new ArrayList<>())
                    .add(metadata.id().toString());
        }

        await(() -> published() == 200, "every row published", 60);
        List<String> stream = streamIds(redis, TOPIC);
        assertThat(stream).as("each event once").doesNotHaveDuplicates().hasSize(200);
        for (List<String> sent : sentPerUser.values()) {
            assertThat(stream.stream().filter(sent::contains).toList()).containsExactlyElementsOf(sent);
        }
    }

    @Test
    void aRowThatCannotBePublishedFailsWithoutHoldingBackOtherKeys() throws Exception {
        OutboxRelay relay = relay(settings(Map.of(OutboxSettings.MAX_ATTEMPTS, "2", OutboxSettings.BACKOFF, "0")));
        EventsMetadata poisonMetadata = metadata();
        long poison;
        try (Connection c = dataSource.getConnection()) {
            poison = table.insert(
                    c,
                    new OutboxTable.NewRow(
                            poisonMetadata.id(),
                            poisonMetadata.eventType(),
                            TOPIC,
                            KEY_FIELD,
                            "1",
                            poisonMetadata.toJson(),
                            new byte[] {(byte) 0xff, 0x01}), // no UserData: a negative length
                    Instant.now());
        }
        EventsMetadata sameKey = metadata();
        EventsMetadata otherKey = metadata();
        store(user(1), sameKey);
        store(user(2), otherKey);

        startPasses(relay);

        await(() -> published() == 2, "the good rows published", 30);
        assertThat(table.rows(Status.FAILED, 10)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(poison);
            assertThat(row.attempts()).isEqualTo(2);
            assertThat(row.lastError()).isNotBlank();
        });
        assertThat(streamIds(redis, TOPIC))
                .containsExactlyInAnyOrder(
                        sameKey.id().toString(), otherKey.id().toString());
        assertThat(log.records())
                .filteredOn(entry -> entry.getMessage().startsWith("OXE7302"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getMessage())
                        .contains(poisonMetadata.id().toString())
                        .contains("'" + TOPIC + "'"));

        assertThat(new OutboxAdmin(table).requeue(poisonMetadata.id())).isEqualTo(1);
        await(
                () -> {
                    try {
                        return table.rows(Status.FAILED, 10).size() == 1
                                && table.rows(Status.FAILED, 10).get(0).attempts() == 2
                                && log.records().stream()
                                                .filter(e -> e.getMessage().startsWith("OXE7302"))
                                                .count()
                                        == 2;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                },
                "re-queued, tried twice again, failed again",
                30);
    }

    private long published() {
        try {
            return table.counts().get(Status.PUBLISHED);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long store(UserData user, EventsMetadata metadata) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return table.insert(
                    c,
                    events.row(LearningSignals.SESSION_LOGIN_COMPLETED, TOPIC, KEY_FIELD, user, metadata),
                    Instant.now());
        }
    }

    private OutboxRelay relay(OutboxSettings settings) {
        return new OutboxRelay(table, settings, producer::deliver, Clock.systemUTC());
    }

    private void startPasses(OutboxRelay relay) {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        schedulers.add(scheduler);
        relay.start(scheduler, scheduler);
    }

    private OutboxSettings settings(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(Map.of(
                OutboxSettings.TABLE, table.name(),
                OutboxSettings.RELAY_DELAY, "0",
                OutboxSettings.POLL_INTERVAL, "0.02",
                OutboxSettings.CLAIM_TIMEOUT, "5",
                OutboxSettings.MAX_ATTEMPTS, "1000",
                OutboxSettings.PUBLISH_TIMEOUT, "2"));
        values.putAll(overrides);
        return OutboxSettings.from(values::get);
    }

    @SuppressWarnings("unused")
    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unused")
    private static UUID uuid(String text) {
        return UUID.fromString(text);
    }
}
