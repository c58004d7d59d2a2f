package org.openedx.events.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import org.h2.jdbcx.JdbcDataSource;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.bus.EventBusProducerExtension;
import org.openedx.events.bus.EventOutbox;
import org.openedx.events.bus.outbox.Outbox;
import org.openedx.events.bus.outbox.OutboxExtension;
import org.openedx.events.bus.outbox.OutboxSettings;
import org.openedx.events.bus.redis.RedisEventBusExtension;
import org.openedx.events.bus.redis.RedisSettings;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningSignals;

/** The outbox's backlog gauges, with an H2 table and a Redis that cannot be reached (so rows stay pending). */
class OutboxMetricsTest {

    private static final String TABLE = "outbox_metrics";
    private WeldContainer container;

    /** The outbox's data source and settings, and Redis settings naming a closed port. */
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
                    OutboxSettings.POLL_INTERVAL, "0.05")::get);
        }

        @Produces
        @Dependent
        RedisSettings redis() {
            return RedisSettings.forUrl("redis://127.0.0.1:" + closedPort() + "/0");
        }
    }

    @AfterEach
    void stop() {
        if (container != null && container.isRunning()) {
            container.close();
        }
    }

    @Test
    void theGaugesShowThePendingRowsAndTheAgeOfTheOldest() throws Exception {
        Telemetry.reset();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:outbox-metrics-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Beans.dataSource = h2;
        Map<String, String> busSettings = new LinkedHashMap<>();
        busSettings.put("EVENT_BUS_PRODUCER_CONFIG", RedisFixture.LOGIN_CONFIG);
        busSettings.put(EventOutbox.SETTING, "true");
        container = new Weld("observability-outbox-" + UUID.randomUUID())
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addExtension(new EventBusProducerExtension(busSettings::get))
                .addExtension(new RedisEventBusExtension())
                .addExtension(new OutboxExtension())
                .addBeanClasses(Beans.class)
                .initialize();
        Attributes table = Attributes.of(OpenTelemetryInstrumentation.OUTBOX_TABLE, TABLE);
        assertThat(Telemetry.longValue(Telemetry.metrics(), "openedx.events.outbox.pending", table))
                .contains(0L);

        OpenEdxEvents events = container.select(OpenEdxEvents.class).get();
        for (int i = 0; i < 3; i++) {
            events.send(LearningSignals.SESSION_LOGIN_COMPLETED, SendTracingTest.USER);
        }
        Thread.sleep(300);

        List<MetricData> metrics = Telemetry.metrics();
        assertThat(Telemetry.longValue(metrics, "openedx.events.outbox.pending", table))
                .as("the rows Redis could not take")
                .contains(3L);
        assertThat(age(metrics, table)).isGreaterThanOrEqualTo(0.3).isLessThan(60);

        container.close();
        assertThat(Telemetry.longValue(Telemetry.metrics(), "openedx.events.outbox.pending", table))
                .as("a stopped outbox is no longer measured")
                .isEmpty();
    }

    private static double age(List<MetricData> metrics, Attributes attributes) {
        for (MetricData metric : metrics) {
            if (metric.getName().equals("openedx.events.outbox.oldest_pending_age")) {
                for (DoublePointData point : metric.getDoubleGaugeData().getPoints()) {
                    if (point.getAttributes().equals(attributes)) {
                        return point.getValue();
                    }
                }
            }
        }
        throw new AssertionError("no oldest_pending_age for " + attributes + " in " + metrics);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
