package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.bus.EventBusProducerExtension;
import org.openedx.events.bus.kafka.testing.KafkaBroker;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/**
 * The Kafka back end in a CDI container (Weld SE) with a real broker: a send of a configured event is published
 * with the send's metadata, upstream's headers and the key from its event_key_field.
 */
class KafkaEventBusTest {

    private static KafkaBroker broker;
    private static SchemaRegistryStub registry;

    @BeforeAll
    static void start() throws Exception {
        registry = new SchemaRegistryStub();
        broker = new KafkaBroker();
        broker.createTopics(2, "test-user-login");
        Settings.current =
                KafkaTestSettings.of(broker.bootstrapServers(), registry.url(), "test", Map.of("linger.ms", "0"));
    }

    @AfterAll
    static void stop() throws Exception {
        Settings.current = null;
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
    void aSendOfAConfiguredEventIsPublishedWithItsMetadataHeadersAndKey() {
        SendResult result;
        try (WeldContainer container = deploy(Settings.class)) {
            result = container
                    .select(OpenEdxEvents.class)
                    .get()
                    .send(
                            LearningSignals.SESSION_LOGIN_COMPLETED,
                            new UserData(7, true, new UserPersonalData("learner7", "l7@example.com", "Learner")),
                            org.openedx.events.SendOptions.defaults()
                                    .withTime(OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.UTC)));
        } // closing the container flushes and closes the producer

        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put("group.id", "reader");
        properties.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<byte[], byte[]>> received = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("test-user-login"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
        }
        assertThat(received).hasSize(1);
        ConsumerRecord<byte[], byte[]> record = received.get(0);
        CloudEventHeaders.Read headers = CloudEventHeaders.read(record.headers(), s -> null);
        assertThat(headers.metadata()).isEqualTo(result.metadata());
        assertThat(headers.missing()).isEmpty();
        assertThat(record.partition()).isEqualTo(Crc32Partitioner.partitionOf(record.key(), 2));
        assertThat(registry.subjects())
                .containsKeys(
                        "test-user-login-string",
                        "test-user-login-org.openedx.learning.auth.session.login.completed.v1.CloudEvent");
    }

    @Test
    void aSettingTheKafkaClientRefusesFailsTheDeploymentNotTheFirstSend() {
        KafkaSettings valid = Settings.current;
        Settings.current =
                KafkaTestSettings.of(valid.bootstrapServers(), registry.url(), "test", Map.of("acks", "sometimes"));
        try {
            assertThatThrownBy(() -> deploy(Settings.class).close())
                    .hasStackTraceContaining("OXE7211")
                    .hasStackTraceContaining("acks");
        } finally {
            Settings.current = valid;
        }
    }

    @Test
    void aMissingBootstrapServersSettingFailsTheDeployment() {
        assertThatThrownBy(() -> deploy(LoginRecorder.class).close())
                .hasStackTraceContaining("OXE7203")
                .hasStackTraceContaining(KafkaSettings.BOOTSTRAP_SERVERS);
    }

    /** Starts a container whose producer configuration sends logins to the topic {@code user-login}. */
    private static WeldContainer deploy(Class<?>... beans) {
        Map<String, String> busSettings = Map.of(
                "EVENT_BUS_PRODUCER_CONFIG",
                "{\"org.openedx.learning.auth.session.login.completed.v1\": {\"user-login\": "
                        + "{\"event_key_field\": \"user.pii.username\", \"enabled\": true}}}");
        return new Weld("kafka-test-" + UUID.randomUUID())
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addExtension(new EventBusProducerExtension(busSettings::get))
                .addExtension(new KafkaEventBusExtension())
                .addBeanClasses(beans)
                .initialize();
    }
}
