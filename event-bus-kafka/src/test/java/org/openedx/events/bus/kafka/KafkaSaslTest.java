package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.JaasUtils;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.bus.kafka.testing.KafkaBroker;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/**
 * Upstream's {@code EVENT_BUS_KAFKA_API_KEY}/{@code _SECRET} against a broker that requires SASL PLAIN: the producer
 * and the consumer authenticate with them, and a wrong secret is refused by the broker. Upstream pairs PLAIN with TLS
 * ({@code SASL_SSL}); the broker here has no certificate, so the test sets {@code security.protocol=SASL_PLAINTEXT}
 * through the pass-through, which keeps everything else the API key sets.
 */
class KafkaSaslTest {

    private static final String TOPIC = "sasl-logins";

    private static SchemaRegistryStub registry;
    private static KafkaBroker broker;

    @BeforeAll
    static void start() throws Exception {
        registry = new SchemaRegistryStub();
        broker = new KafkaBroker(SecurityProtocol.SASL_PLAINTEXT);
        broker.createTopics(1, TOPIC);
        broker.allowEverything(JaasUtils.KAFKA_PLAIN_USER1);
    }

    @AfterAll
    static void stop() throws Exception {
        try (SchemaRegistryStub r = registry;
                KafkaBroker b = broker) {
            // closes both
        }
    }

    @Test
    void theApiKeyAndSecretAuthenticateTheProducerAndTheConsumer() throws Exception {
        LoginRecorder.reset();
        KafkaSettings settings = settings(JaasUtils.KAFKA_PLAIN_USER1_PASSWORD);
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5));
        try (WeldContainer container = new Weld("kafka-sasl-" + UUID.randomUUID())
                        .disableDiscovery()
                        .addExtension(new OpenEdxEventsExtension())
                        .addBeanClasses(LoginRecorder.class)
                        .initialize();
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings.producerProperties())) {
            EventsMetadata metadata = metadata();
            new KafkaEventPublisher(settings, producer, client)
                    .publish(LearningSignals.SESSION_LOGIN_COMPLETED, "logins", null, user(), metadata, null)
                    .get(30, TimeUnit.SECONDS);

            KafkaEventConsumer consumer = new KafkaEventConsumer(
                    settings,
                    client,
                    container.select(OpenEdxEvents.class).get(),
                    KafkaConsumerOptions.of("logins", "sasl-group"),
                    null);
            Thread thread = new Thread(consumer, "sasl-consumer");
            thread.start();
            try {
                LoginRecorder.Seen seen = LoginRecorder.seen.poll(60, TimeUnit.SECONDS);
                assertThat(seen)
                        .as("the event, read back through an authenticated consumer")
                        .isNotNull();
                assertThat(seen.metadata().id()).isEqualTo(metadata.id());
                assertThat(seen.fromEventBus()).isTrue();
            } finally {
                consumer.stop();
                thread.join(30_000);
            }
            assertThat(thread.isAlive()).isFalse();
        }
    }

    @Test
    void aWrongSecretIsRefusedByTheBroker() {
        KafkaSettings settings = settings("not-the-secret");
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings.producerProperties())) {
            assertThatThrownBy(() -> new KafkaEventPublisher(settings, producer, client)
                            .publish(LearningSignals.SESSION_LOGIN_COMPLETED, "logins", null, user(), metadata(), null)
                            .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static KafkaSettings settings(String secret) {
        return new KafkaSettings(
                broker.bootstrapServers(),
                registry.url(),
                "",
                "",
                JaasUtils.KAFKA_PLAIN_USER1,
                secret,
                "sasl",
                "lms",
                Map.of("security.protocol", "SASL_PLAINTEXT", "auto.offset.reset", "earliest", "linger.ms", "0"));
    }

    private static EventsMetadata metadata() {
        return new EventsMetadata(
                LearningSignals.SESSION_LOGIN_COMPLETED.eventType(),
                UUID.randomUUID(),
                0,
                "openedx/lms/web",
                "lms-1",
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
                List.of(11, 2, 0));
    }

    private static UserData user() {
        return new UserData(7, true, new UserPersonalData("u7", "u7@example.com", "U"));
    }
}
