package org.openedx.events.bus.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openedx.events.bus.outbox.OutboxFixtures.TOPIC;
import static org.openedx.events.bus.outbox.OutboxFixtures.await;
import static org.openedx.events.bus.outbox.OutboxFixtures.entries;
import static org.openedx.events.bus.outbox.OutboxFixtures.user;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendOptions;
import org.openedx.events.SendResult;
import org.openedx.events.bus.EventBusProducerExtension;
import org.openedx.events.bus.EventOutbox;
import org.openedx.events.bus.outbox.OutboxRow.Status;
import org.openedx.events.bus.outbox.testing.PostgresServer;
import org.openedx.events.bus.redis.RedisEventBusExtension;
import org.openedx.events.bus.redis.RedisServer;
import org.openedx.events.bus.redis.RedisSettings;
import org.openedx.events.bus.redis.StreamEntries;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningSignals;

/**
 * The outbox as an application uses it, on Weld SE (no JTA: each send's row is written in a transaction of its own)
 * with a real PostgreSQL and redis-server: a send is stored, then published with its id and metadata; the deployment
 * fails with a clear error when the table or the outbox module is missing; a send whose row cannot be written reports
 * it as a receiver failure (robust) or throws it (non-robust). In a JTA transaction the transaction is also marked
 * for rollback (the WildFly test).
 */
@Tag("postgresql")
@Tag("redis")
class OutboxOnWeldTest {

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @RegisterExtension
    static final RedisServer REDIS = new RedisServer();

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final String LOGIN_CONFIG = """
            {"org.openedx.learning.auth.session.login.completed.v1": {
                "user-login": {"event_key_field": "user.id", "enabled": true}}}""";

    private final List<WeldContainer> containers = new ArrayList<>();
    private StatefulRedisConnection<String, byte[]> connection;
    private RedisCommands<String, byte[]> redis;
    private String table;

    @BeforeEach
    void setUp() {
        table = "weld_" + TABLES.incrementAndGet();
        connection = REDIS.connect();
        redis = connection.sync();
        redis.flushall();
        OutboxTestBeans.dataSource = POSTGRES.dataSource();
        OutboxTestBeans.redis = RedisSettings.forUrl(REDIS.url());
        OutboxTestBeans.settings = OutboxSettings.from(Map.of(
                OutboxSettings.TABLE, table,
                OutboxSettings.CREATE_TABLE, "true",
                OutboxSettings.POLL_INTERVAL, "0.05")::get);
    }

    @AfterEach
    void tearDown() {
        containers.forEach(WeldContainer::close);
        connection.close();
    }

    @Test
    void aSendIsStoredThenPublishedWithItsIdAndMetadata() throws Exception {
        WeldContainer container = container(true, true);

        EventsMetadata metadata = container
                .select(OpenEdxEvents.class)
                .get()
                .send(LearningSignals.SESSION_LOGIN_COMPLETED, user(7))
                .metadata();

        OutboxAdmin admin = container.select(TransactionalOutbox.class).get().admin();
        await(() -> status(admin, metadata.id()) == Status.PUBLISHED, "the row published", 10);
        Map<String, Map<String, byte[]>> entries = entries(redis, TOPIC);
        assertThat(entries).containsOnlyKeys(metadata.id().toString());
        assertThat(StreamEntries.readHeader(entries.get(metadata.id().toString()), signal -> null)
                        .metadata())
                .isEqualTo(metadata);
        assertThat(admin.rowsOf(metadata.id())).singleElement().satisfies(row -> {
            assertThat(row.orderingKey()).isEqualTo("7");
            assertThat(row.eventKeyField()).isEqualTo("user.id");
        });
    }

    @Test
    void aMissingTableFailsTheDeploymentNamingTheDdl() {
        OutboxTestBeans.settings = OutboxSettings.defaults(table);

        assertThatThrownBy(() -> container(true, true))
                .hasStackTraceContaining("OXE7305")
                .hasStackTraceContaining("'" + table + "'")
                .hasStackTraceContaining("META-INF/openedx-events/outbox/postgresql.sql");
    }

    @Test
    void theOutboxSwitchedOnWithoutTheModuleFailsTheDeployment() {
        assertThatThrownBy(() -> container(true, false))
                .hasStackTraceContaining("OXE7013")
                .hasStackTraceContaining(EventOutbox.SETTING)
                .hasStackTraceContaining("openedx-events-event-bus-outbox");
    }

    @Test
    void aSendWhoseRowCannotBeWrittenFails() throws Exception {
        WeldContainer container = container(true, true);
        try (var c = POSTGRES.dataSource().getConnection();
                var statement = c.createStatement()) {
            statement.execute("DROP TABLE " + table);
        }

        OpenEdxEvents events = container.select(OpenEdxEvents.class).get();

        SendResult robust = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, user(8));
        assertThat(robust.responses())
                .as("a robust send records the failure, as any receiver's")
                .filteredOn(ReceiverResponse::failed)
                .singleElement()
                .satisfies(response -> assertThat(response.failure())
                        .isInstanceOf(OpenEdxEventException.class)
                        .hasMessageContaining("OXE7301")
                        .hasMessageContaining("'" + table + "'")
                        .hasMessageContaining(robust.metadata().id().toString())
                        .hasMessageNotContaining("learner8"));
        assertThatThrownBy(() ->
                        events.send(LearningSignals.SESSION_LOGIN_COMPLETED, user(8), new SendOptions(false, null)))
                .as("a non-robust send throws it")
                .isInstanceOf(OpenEdxEventException.class)
                .hasMessageContaining("OXE7301");
        assertThat(redis.keys("*")).as("nothing published").isEmpty();
    }

    @Test
    void withTheOutboxOffNothingIsStored() throws Exception {
        WeldContainer container = container(false, true);

        EventsMetadata metadata = container
                .select(OpenEdxEvents.class)
                .get()
                .send(LearningSignals.SESSION_LOGIN_COMPLETED, user(9))
                .metadata();

        await(() -> entries(redis, TOPIC).containsKey(metadata.id().toString()), "published directly", 10);
        try (var c = POSTGRES.dataSource().getConnection()) {
            assertThat(c.getMetaData().getTables(null, null, table, null).next())
                    .as("no outbox table")
                    .isFalse();
        }
    }

    private static Status status(OutboxAdmin admin, UUID eventId) {
        try {
            List<OutboxRow> rows = admin.rowsOf(eventId);
            return rows.isEmpty() ? null : rows.get(0).status();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private WeldContainer container(boolean outboxOn, boolean outboxModule) {
        Map<String, String> busSettings = new LinkedHashMap<>();
        busSettings.put("EVENT_BUS_PRODUCER_CONFIG", LOGIN_CONFIG);
        busSettings.put(EventOutbox.SETTING, Boolean.toString(outboxOn));
        Weld weld = new Weld("outbox-test-" + UUID.randomUUID())
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addExtension(new EventBusProducerExtension(busSettings::get))
                .addExtension(new RedisEventBusExtension())
                .addBeanClasses(OutboxTestBeans.class);
        if (outboxModule) {
            weld.addExtension(new OutboxExtension());
        }
        WeldContainer container = weld.initialize();
        containers.add(container);
        return container;
    }
}
