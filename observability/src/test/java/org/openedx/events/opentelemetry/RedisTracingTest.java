package org.openedx.events.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.bus.redis.RedisServer;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;

/** One trace from a send through a Redis stream to the consumer's re-emission; the consumer's metrics. */
@Tag("redis")
class RedisTracingTest {

    @RegisterExtension
    static final RedisServer REDIS = new RedisServer();

    private RedisFixture fixture;
    private StatefulRedisConnection<String, byte[]> connection;
    private RedisCommands<String, byte[]> redis;

    @BeforeEach
    void start() {
        connection = REDIS.connect();
        redis = connection.sync();
        redis.flushall();
        Telemetry.reset();
        fixture = new RedisFixture(REDIS.url(), 2);
    }

    @AfterEach
    void stop() throws InterruptedException {
        fixture.close();
    }

    @Test
    void oneTraceSpansTheSendTheBusWriteAndTheConsumersReEmission() throws Exception {
        WeldContainer container = fixture.container(RedisFixture.LOGIN_CONFIG);
        fixture.consume(container, "user-login", "g1", "c1");

        SendResult result = container
                .select(OpenEdxEvents.class)
                .get()
                .send(LearningSignals.SESSION_LOGIN_COMPLETED, SendTracingTest.USER);
        RedisFixture.answered(container);
        RedisFixture.await(() -> LoginObservers.seen.size() == 2, "the event came back from the bus");
        RedisFixture.await(
                () -> Telemetry.spans().stream()
                                .filter(span -> span.getName().startsWith("send "))
                                .count()
                        == 3,
                "the re-emitted send ended");

        List<SpanData> spans = Telemetry.spans();
        SpanData send = spans.stream()
                .filter(span -> span.getName().equals("send " + LearningEvents.SESSION_LOGIN_COMPLETED)
                        && !span.getAttributes().get(OpenTelemetryInstrumentation.FROM_EVENT_BUS))
                .findFirst()
                .orElseThrow();
        SpanData write = SendTracingTest.only(spans, "send user-login");
        SpanData process = SendTracingTest.only(spans, "process user-login");
        SpanData reEmitted = spans.stream()
                .filter(span -> span.getName().equals("send " + LearningEvents.SESSION_LOGIN_COMPLETED)
                        && span.getAttributes().get(OpenTelemetryInstrumentation.FROM_EVENT_BUS))
                .findFirst()
                .orElseThrow();

        assertThat(spans).allSatisfy(span -> assertThat(span.getTraceId()).isEqualTo(send.getTraceId()));
        SpanData forwarder = spans.stream()
                .filter(span -> span.getSpanId().equals(write.getParentSpanId()))
                .findFirst()
                .orElseThrow();
        assertThat(forwarder.getName()).startsWith("notify ");
        assertThat(forwarder.getParentSpanId()).isEqualTo(send.getSpanId());
        assertThat(write.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(write.getAttributes().asMap())
                .containsEntry(OpenTelemetryInstrumentation.SYSTEM, "redis")
                .containsEntry(OpenTelemetryInstrumentation.DESTINATION, "user-login")
                .containsEntry(OpenTelemetryInstrumentation.OPERATION_TYPE, "send")
                .containsEntry(
                        OpenTelemetryInstrumentation.MESSAGE_ID,
                        result.metadata().id().toString());
        assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(process.getParentSpanId())
                .as("the consumer continues the producer")
                .isEqualTo(write.getSpanId());
        assertThat(process.getAttributes().asMap())
                .containsEntry(OpenTelemetryInstrumentation.SYSTEM, "redis")
                .containsEntry(OpenTelemetryInstrumentation.CONSUMER_GROUP, "g1")
                .containsEntry(OpenTelemetryInstrumentation.OPERATION_TYPE, "process")
                .containsEntry(OpenTelemetryInstrumentation.ATTEMPT, 1L)
                .containsEntry(
                        OpenTelemetryInstrumentation.MESSAGE_ID,
                        result.metadata().id().toString());
        assertThat(reEmitted.getParentSpanId()).isEqualTo(process.getSpanId());
        assertThat(spans.stream()
                        .filter(span -> span.getName().startsWith("notify ")
                                && span.getParentSpanId().equals(reEmitted.getSpanId())))
                .as("the observers of the re-emission: the two, and the forwarder, which declines to publish again")
                .hasSize(3);
        SendTracingTest.assertNoPersonalData(spans);

        List<StreamMessage<String, byte[]>> entries = redis.xrange("user-login", Range.create("-", "+"));
        assertThat(entries).hasSize(1);
        Map<String, byte[]> fields = entries.get(0).getBody();
        assertThat(fields.keySet())
                .as("upstream's fields in upstream's order, then the trace context")
                .containsExactly(
                        "type",
                        "id",
                        "source",
                        "time",
                        "minorversion",
                        "sourcehost",
                        "sourcelib",
                        "event_data",
                        "traceparent");
        assertThat(new String(fields.get("traceparent"), StandardCharsets.UTF_8))
                .isEqualTo("00-" + write.getTraceId() + "-" + write.getSpanId() + "-"
                        + write.getSpanContext().getTraceFlags().asHex());
    }

    @Test
    void retriesDeadLettersAndTheLagGaugeMoveAsTheConsumerWorks() throws Exception {
        WeldContainer container = fixture.container(RedisFixture.LOGIN_CONFIG);
        OpenEdxEvents events = container.select(OpenEdxEvents.class).get();
        for (int i = 0; i < 3; i++) {
            events.send(LearningSignals.SESSION_LOGIN_COMPLETED, SendTracingTest.USER);
        }
        RedisFixture.answered(container);
        List<MetricData> before = Telemetry.metrics();
        Attributes consumer = Attributes.builder()
                .put(OpenTelemetryInstrumentation.SYSTEM, "redis")
                .put(OpenTelemetryInstrumentation.DESTINATION, "user-login")
                .put(OpenTelemetryInstrumentation.CONSUMER_GROUP, "g2")
                .put(OpenTelemetryInstrumentation.CONSUMER_NAME, "c2")
                .build();
        CountDownLatch release = new CountDownLatch(1);
        LoginObservers.release = release;
        LoginObservers.failuresLeft.set(2); // the first entry fails both its attempts

        fixture.consume(container, "user-login", "g2", "c2");

        RedisFixture.await(
                () -> Telemetry.longValue(Telemetry.metrics(), "openedx.events.bus.consumer.lag", consumer)
                        .filter(lag -> lag == 3)
                        .isPresent(),
                "the lag gauge shows the three entries the group has not read");
        release.countDown();
        RedisFixture.await(
                () -> redis.xlen("user-login.g2.dead-letter") == 1
                        && redis.xpending("user-login", "g2").getCount() == 0,
                "the first entry is dead-lettered and the others delivered");
        RedisFixture.await(
                () -> Telemetry.longValue(Telemetry.metrics(), "openedx.events.bus.consumer.lag", consumer)
                                .filter(lag -> lag == 0)
                                .isPresent()
                        && Telemetry.longValue(Telemetry.metrics(), "openedx.events.bus.consumer.pending", consumer)
                                .filter(pending -> pending == 0)
                                .isPresent(),
                "the gauges show the group caught up");

        List<MetricData> after = Telemetry.metrics();
        Attributes group = Attributes.builder()
                .put(OpenTelemetryInstrumentation.SYSTEM, "redis")
                .put(OpenTelemetryInstrumentation.DESTINATION, "user-login")
                .put(OpenTelemetryInstrumentation.CONSUMER_GROUP, "g2")
                .build();
        assertThat(SendTracingTest.delta(before, after, "openedx.events.bus.retries", group))
                .isEqualTo(1);
        assertThat(SendTracingTest.delta(
                        before,
                        after,
                        "openedx.events.bus.dead_letters",
                        group.toBuilder()
                                .put(OpenTelemetryInstrumentation.EVENT_TYPE, LearningEvents.SESSION_LOGIN_COMPLETED)
                                .build()))
                .isEqualTo(1);
        assertThat(SendTracingTest.delta(
                        before,
                        after,
                        "messaging.client.consumed.messages",
                        group.toBuilder()
                                .put(
                                        OpenTelemetryInstrumentation.ERROR_TYPE,
                                        "org.openedx.events.bus.BusDelivery$ReceiversFailedException")
                                .build()))
                .as("the two failed attempts")
                .isEqualTo(2);
        assertThat(SendTracingTest.delta(before, after, "messaging.client.consumed.messages", group))
                .as("the two entries delivered")
                .isEqualTo(2);
        assertThat(LoginObservers.seen.stream().filter(LoginObservers.Seen::fromEventBus))
                .hasSize(4);
    }
}
