package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.bus.kafka.testing.KafkaBroker;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;
import org.openedx.events.wire.avro.AvroSignalSerializer;

/**
 * The consumers an application starts with it ({@value KafkaConsumerOptions#CONSUMERS}): started when the container
 * starts, each delivery in a request context, stopped when it stops; and their options read strictly.
 */
class KafkaConsumersTest {

    private static KafkaBroker broker;
    private static SchemaRegistryStub registry;

    @BeforeAll
    static void start() throws Exception {
        registry = new SchemaRegistryStub();
        broker = new KafkaBroker();
        broker.createTopics(1, "app-logins");
        Settings.current = KafkaTestSettings.of(
                broker.bootstrapServers(),
                registry.url(),
                "app",
                Map.of("auto.offset.reset", "earliest", "linger.ms", "0"));
    }

    @AfterAll
    static void stop() throws Exception {
        Settings.current = null;
        System.clearProperty(KafkaConsumerOptions.CONSUMERS);
        if (broker != null) {
            broker.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    /** The application's settings bean. */
    @ApplicationScoped
    static class Settings {
        static volatile KafkaSettings current;

        @Produces
        KafkaSettings settings() {
            return current;
        }
    }

    @Test
    void theConfiguredConsumersRunWithTheApplication() throws Exception {
        LoginRecorder.reset();
        System.setProperty(KafkaConsumerOptions.CONSUMERS, "[{\"topic\": \"logins\", \"group_id\": \"app\"}]");
        try (WeldContainer container = new Weld("kafka-consumers-" + UUID.randomUUID())
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addExtension(new KafkaEventBusExtension())
                .addBeanClasses(Settings.class, LoginRecorder.class)
                .initialize()) {
            assertThat(consumerThreads()).containsExactly("openedx-events-kafka-logins-app");
            EventsMetadata metadata = new EventsMetadata(
                    LearningSignals.SESSION_LOGIN_COMPLETED.eventType(),
                    UUID.randomUUID(),
                    0,
                    "openedx/lms/web",
                    "lms-1",
                    java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC),
                    List.of(11, 2, 0));
            UserData user = new UserData(9, true, new UserPersonalData("nine", "n@example.com", "Nine"));
            int schemaId = new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5))
                    .register(
                            "app-logins-" + metadata.eventType() + ".CloudEvent",
                            org.openedx.events.wire.avro.AvroSchemas.schemaString(
                                    LearningSignals.SESSION_LOGIN_COMPLETED));
            byte[] value = ConfluentFraming.frame(
                    schemaId, new AvroSignalSerializer<>(LearningSignals.SESSION_LOGIN_COMPLETED).serialize(user));
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                    Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
                    new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(
                                "app-logins", null, (byte[]) null, value, CloudEventHeaders.of(metadata)))
                        .get(30, TimeUnit.SECONDS);
            }
            LoginRecorder.Seen seen = LoginRecorder.seen.poll(30, TimeUnit.SECONDS);
            assertThat(seen).isNotNull();
            assertThat(seen.metadata()).isEqualTo(metadata);
            assertThat(seen.fromEventBus()).isTrue();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!consumerThreads().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(consumerThreads())
                .as("the consumer stopped with the container")
                .isEmpty();
    }

    @Test
    void optionsAreReadStrictly() {
        assertThat(KafkaConsumerOptions.listFromJson(
                        "[{\"topic\": \"t\", \"group_id\": \"g\", \"max_attempts\": 2, \"retry_backoff\": 10, "
                                + "\"signal\": \"org.openedx.learning.auth.session.login.completed.v1\"}]",
                        Duration.ofSeconds(2)))
                .singleElement()
                .satisfies(options -> {
                    assertThat(options.maxAttempts()).isEqualTo(2);
                    assertThat(options.backoff()).isEqualTo(Duration.ofMillis(10));
                    assertThat(options.signal()).isEqualTo(LearningSignals.SESSION_LOGIN_COMPLETED);
                    assertThat(options.pollTimeout()).isEqualTo(Duration.ofSeconds(2));
                });
        assertThatThrownBy(() -> KafkaConsumerOptions.listFromJson(
                        "[{\"topic\": \"t\", \"group\": \"g\"}]", Duration.ofSeconds(1)))
                .isInstanceOf(OpenEdxEventException.class)
                .hasMessageStartingWith("OXE7208: Kafka consumer option 'group' has the invalid value 'the string "
                        + "'g''; allowed: the keys [");
        assertThatThrownBy(() -> KafkaConsumerOptions.listFromJson(
                        "[{\"topic\": \"t\", \"group_id\": \"g\", \"max_attempts\": 99999999999}]",
                        Duration.ofSeconds(1)))
                .hasMessageContaining("'max_attempts' has the invalid value 'the number 99999999999'");
        assertThatThrownBy(() -> KafkaConsumerOptions.listFromJson("[{\"topic\": \"t\"}]", Duration.ofSeconds(1)))
                .hasMessageContaining("'group_id'");
        assertThatThrownBy(() -> KafkaConsumerOptions.listFromJson("{\"topic\": \"t\"}", Duration.ofSeconds(1)))
                .hasMessageContaining("a JSON list of objects with topic and group_id");
    }

    private static List<String> consumerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(name -> name.startsWith("openedx-events-kafka-"))
                .toList();
    }
}
