package org.openedx.events.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.h2.jdbcx.JdbcDataSource;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.bus.EventBusProducerExtension;
import org.openedx.events.bus.EventOutbox;
import org.openedx.events.bus.outbox.Outbox;
import org.openedx.events.bus.outbox.OutboxExtension;
import org.openedx.events.bus.outbox.OutboxSettings;
import org.openedx.events.bus.redis.RedisEventBusExtension;
import org.openedx.events.bus.redis.RedisServer;
import org.openedx.events.bus.redis.RedisSettings;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;

/** The outbox keeps the send's trace context, and its relay's later publication continues that trace. */
@Tag("redis")
class OutboxTracingTest {

    @RegisterExtension
    static final RedisServer REDIS = new RedisServer();

    private static final String TABLE = "outbox_tracing";
    private WeldContainer container;

    /** The outbox's data source and settings, and the Redis settings. */
    public static class Beans {

        static volatile DataSource dataSource;

        @Produces
        @Outbox
        @Dependent
        DataSource dataSource() {
            return dataSource;
        }

        @Produces
        @Dependent
        OutboxSettings settings() {
            return OutboxSettings.from(Map.of(
                    OutboxSettings.TABLE, TABLE,
                    OutboxSettings.CREATE_TABLE, "true",
                    OutboxSettings.RELAY_DELAY, "0",
                    OutboxSettings.POLL_INTERVAL, "0.05")::get);
        }

        @Produces
        @Dependent
        RedisSettings redis() {
            return RedisSettings.forUrl(REDIS.url());
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (container != null && container.isRunning()) {
            container.close();
        }
        if (!REDIS.isRunning()) {
            REDIS.start();
        }
    }

    @Test
    void aRowPublishedLaterByTheRelayContinuesTheSendsTrace() throws Exception {
        Telemetry.reset();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:outbox-tracing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Beans.dataSource = h2;
        Map<String, String> busSettings = new LinkedHashMap<>();
        busSettings.put("EVENT_BUS_PRODUCER_CONFIG", RedisFixture.LOGIN_CONFIG);
        busSettings.put(EventOutbox.SETTING, "true");
        container = new Weld("observability-outbox-tracing-" + UUID.randomUUID())
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addExtension(new EventBusProducerExtension(busSettings::get))
                .addExtension(new RedisEventBusExtension())
                .addExtension(new OutboxExtension())
                .addBeanClasses(Beans.class)
                .initialize();

        REDIS.stop();
        SendResult result = container
                .select(OpenEdxEvents.class)
                .get()
                .send(LearningSignals.SESSION_LOGIN_COMPLETED, SendTracingTest.USER);
        SpanData send = SendTracingTest.only(Telemetry.spans(), "send " + LearningEvents.SESSION_LOGIN_COMPLETED);
        SpanData forwarder = Telemetry.spans().stream()
                .filter(span -> span.getName().startsWith("notify org.openedx.events.bus.ProducerForwarder"))
                .findFirst()
                .orElseThrow();
        String stored = traceContext(h2);
        assertThat(stored)
                .as("the row keeps the forwarding observer's context")
                .startsWith("traceparent=00-" + send.getTraceId() + "-" + forwarder.getSpanId() + "-");

        REDIS.start();
        RedisFixture.await(
                () -> Telemetry.spans().stream()
                        .anyMatch(span -> span.getName().equals("send user-login")
                                && span.getStatus().getStatusCode() != StatusCode.ERROR),
                "the relay published the row once Redis was back");

        SpanData published = Telemetry.spans().stream()
                .filter(span -> span.getName().equals("send user-login")
                        && span.getStatus().getStatusCode() != StatusCode.ERROR)
                .findFirst()
                .orElseThrow();
        assertThat(published.getTraceId()).isEqualTo(send.getTraceId());
        assertThat(published.getParentSpanId()).isEqualTo(forwarder.getSpanId());
        try (StatefulRedisConnection<String, byte[]> connection = REDIS.connect()) {
            List<StreamMessage<String, byte[]>> entries =
                    connection.sync().xrange("user-login", Range.create("-", "+"));
            assertThat(entries).hasSize(1);
            assertThat(new String(entries.get(0).getBody().get("id"), StandardCharsets.UTF_8))
                    .isEqualTo(result.metadata().id().toString());
            assertThat(new String(entries.get(0).getBody().get("traceparent"), StandardCharsets.UTF_8))
                    .isEqualTo("00-" + published.getTraceId() + "-" + published.getSpanId() + "-"
                            + published.getSpanContext().getTraceFlags().asHex());
        }
    }

    private static String traceContext(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT trace_context FROM " + TABLE)) {
            assertThat(rows.next()).as("one row").isTrue();
            return rows.getString(1);
        }
    }
}
