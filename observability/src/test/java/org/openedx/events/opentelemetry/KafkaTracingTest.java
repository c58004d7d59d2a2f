package org.openedx.events.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.bus.EventBusProducerExtension;
import org.openedx.events.bus.kafka.KafkaConsumerOptions;
import org.openedx.events.bus.kafka.KafkaEventBusExtension;
import org.openedx.events.bus.kafka.KafkaEventConsumer;
import org.openedx.events.bus.kafka.SchemaRegistryClient;
import org.openedx.events.bus.kafka.testing.KafkaBroker;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;

/** One trace from a send through a Kafka topic (a traceparent header after upstream's ten) to the re-emission. */
class KafkaTracingTest {

    private static KafkaBroker broker;
    private static SchemaRegistryStub registry;

    private WeldContainer container;
    private KafkaEventConsumer consumer;
    private Thread thread;

    @BeforeAll
    static void startBroker() throws Exception {
        registry = new SchemaRegistryStub();
        broker = new KafkaBroker();
        broker.createTopics(1, "test-user-login");
        KafkaTestSettings.current =
                KafkaTestSettings.of(broker, registry, Map.of("linger.ms", "0", "auto.offset.reset", "earliest"));
    }

    @AfterAll
    static void stopBroker() throws Exception {
        KafkaTestSettings.current = null;
        if (broker != null) {
            broker.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    @BeforeEach
    void start() {
        Telemetry.reset();
        LoginObservers.reset();
        container = new Weld("observability-kafka-" + UUID.randomUUID())
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addExtension(new EventBusProducerExtension(
                        Map.of("EVENT_BUS_PRODUCER_CONFIG", RedisFixture.LOGIN_CONFIG)::get))
                .addExtension(new KafkaEventBusExtension())
                .addBeanClasses(LoginObservers.class, KafkaTestSettings.class)
                .initialize();
        consumer = new KafkaEventConsumer(
                KafkaTestSettings.current,
                new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5)),
                container.select(OpenEdxEvents.class).get(),
                KafkaConsumerOptions.of("user-login", "g1").withRetry(2, Duration.ofMillis(20), Duration.ofMillis(50)),
                null);
        thread = new Thread(consumer, "kafka-consumer-observability");
        thread.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        consumer.stop();
        thread.join(30_000);
        assertThat(thread.isAlive()).isFalse();
        container.close();
    }

    @Test
    void oneTraceSpansTheSendTheBusWriteAndTheConsumersReEmission() throws Exception {
        SendResult result = container
                .select(OpenEdxEvents.class)
                .get()
                .send(LearningSignals.SESSION_LOGIN_COMPLETED, SendTracingTest.USER);
        RedisFixture.await(() -> LoginObservers.seen.size() == 2, "the event came back from the bus");
        RedisFixture.await(
                () -> Telemetry.spans().stream()
                                .filter(span -> span.getName().startsWith("send "))
                                .count()
                        == 3,
                "the re-emitted send ended");

        List<SpanData> spans = Telemetry.spans();
        SpanData write = SendTracingTest.only(spans, "send test-user-login");
        SpanData process = SendTracingTest.only(spans, "process test-user-login");
        assertThat(spans).allSatisfy(span -> assertThat(span.getTraceId()).isEqualTo(write.getTraceId()));
        assertThat(write.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(write.getAttributes().asMap())
                .containsEntry(OpenTelemetryInstrumentation.SYSTEM, "kafka")
                .containsEntry(
                        OpenTelemetryInstrumentation.MESSAGE_ID,
                        result.metadata().id().toString());
        assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(process.getParentSpanId()).isEqualTo(write.getSpanId());
        assertThat(process.getAttributes().asMap())
                .containsEntry(OpenTelemetryInstrumentation.CONSUMER_GROUP, "g1")
                .containsEntry(OpenTelemetryInstrumentation.PARTITION, "0");
        SpanData reEmitted = spans.stream()
                .filter(span -> span.getName().equals("send " + LearningEvents.SESSION_LOGIN_COMPLETED)
                        && span.getAttributes().get(OpenTelemetryInstrumentation.FROM_EVENT_BUS))
                .findFirst()
                .orElseThrow();
        assertThat(reEmitted.getParentSpanId()).isEqualTo(process.getSpanId());
        SendTracingTest.assertNoPersonalData(spans);

        List<String> names = new ArrayList<>();
        String traceparent = null;
        for (Header header : readOne().headers()) {
            names.add(header.key());
            if (header.key().equals("traceparent")) {
                traceparent = new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        assertThat(names)
                .as("upstream's headers in upstream's order, then the trace context")
                .containsExactly(
                        "ce_specversion",
                        "content-type",
                        "ce_datacontenttype",
                        "ce_type",
                        "ce_id",
                        "ce_source",
                        "ce_time",
                        "ce_minorversion",
                        "sourcehost",
                        "sourcelib",
                        "traceparent");
        assertThat(traceparent).startsWith("00-" + write.getTraceId() + "-" + write.getSpanId() + "-");
    }

    private static ConsumerRecord<byte[], byte[]> readOne() {
        Properties properties = new Properties();
        properties.putAll(broker.clientProperties());
        properties.put("bootstrap.servers", broker.bootstrapServers());
        properties.put("group.id", "reader-" + UUID.randomUUID());
        properties.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<byte[], byte[]> reader =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            reader.subscribe(List.of("test-user-login"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    return record;
                }
            }
        }
        throw new AssertionError("no record in test-user-login");
    }
}
