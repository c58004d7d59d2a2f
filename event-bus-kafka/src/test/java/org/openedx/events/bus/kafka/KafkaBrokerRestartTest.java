package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
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
 * The broker goes down while a producer sends and a consumer reads, and comes back: the consumer resumes by itself,
 * every acknowledged event is processed at least once, and a send made while the broker was down is either written
 * once it is back or reported as failed, never lost silently.
 */
class KafkaBrokerRestartTest {

    private static final String TOPIC = "restart-logins";

    @Test
    void producerAndConsumerCarryOnWhenTheBrokerComesBack() throws Exception {
        LoginRecorder.reset();
        try (SchemaRegistryStub registry = new SchemaRegistryStub();
                KafkaBroker broker = new KafkaBroker();
                WeldContainer container = new Weld("kafka-restart-" + UUID.randomUUID())
                        .disableDiscovery()
                        .addExtension(new OpenEdxEventsExtension())
                        .addBeanClasses(LoginRecorder.class)
                        .initialize()) {
            broker.createTopics(2, TOPIC);
            KafkaSettings settings = KafkaTestSettings.of(
                    broker.bootstrapServers(),
                    registry.url(),
                    "restart",
                    Map.of("auto.offset.reset", "earliest", "linger.ms", "0", "reconnect.backoff.max.ms", "200"));
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5));
            OpenEdxEvents events = container.select(OpenEdxEvents.class).get();
            KafkaEventConsumer consumer = new KafkaEventConsumer(
                    settings, client, events, KafkaConsumerOptions.of("logins", "restart-group"), null);
            Thread consumerThread = new Thread(consumer, "restart-consumer");
            consumerThread.start();
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings.producerProperties())) {
                KafkaEventPublisher publisher = new KafkaEventPublisher(settings, producer, client);
                Set<UUID> before = new HashSet<>();
                for (int i = 0; i < 10; i++) {
                    Sent sent = send(publisher, i);
                    sent.acknowledged().get(30, TimeUnit.SECONDS);
                    before.add(sent.id());
                }
                await(() -> ids().containsAll(before), "the events sent before the restart");

                broker.stopBroker();
                Sent duringOutage = send(publisher, 10);
                broker.startBroker();
                List<Sent> after = new ArrayList<>();
                for (int i = 11; i < 21; i++) {
                    after.add(send(publisher, i));
                }

                // A send while the broker is down either waits in the producer and is written once it is back, or
                // fails within max.block.ms (when the producer has lost the topic's metadata): never a silent loss.
                Set<UUID> acknowledged = new HashSet<>(before);
                try {
                    duringOutage.acknowledged().get(60, TimeUnit.SECONDS);
                    acknowledged.add(duringOutage.id());
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
                }
                for (Sent sent : after) {
                    assertThat(sent.acknowledged().get(60, TimeUnit.SECONDS).offset())
                            .isGreaterThanOrEqualTo(0);
                    acknowledged.add(sent.id());
                }
                await(() -> ids().containsAll(acknowledged), "every acknowledged event, after the restart");
                assertThat(consumerThread.isAlive())
                        .as("the consumer survived the restart")
                        .isTrue();
                assertThat(ids()).isEqualTo(acknowledged);
            } finally {
                consumer.stop();
                consumerThread.join(30_000);
            }
            assertThat(consumerThread.isAlive()).isFalse();
        }
    }

    /** An event handed to the producer: its id and the producer's acknowledgement. */
    private record Sent(UUID id, Future<RecordMetadata> acknowledged) {}

    private static Sent send(KafkaEventPublisher publisher, int user) {
        UUID id = UUID.randomUUID();
        EventsMetadata metadata = new EventsMetadata(
                LearningSignals.SESSION_LOGIN_COMPLETED.eventType(),
                id,
                0,
                "openedx/lms/web",
                "lms-1",
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
                List.of(11, 2, 0));
        UserData data = new UserData(user, true, new UserPersonalData("u" + user, "u" + user + "@example.com", "U"));
        return new Sent(
                id,
                publisher.publish(
                        LearningSignals.SESSION_LOGIN_COMPLETED, "logins", "user.pii.username", data, metadata, null));
    }

    private static Set<UUID> ids() {
        Set<UUID> ids = new HashSet<>();
        LoginRecorder.seen.forEach(seen -> ids.add(seen.metadata().id()));
        return ids;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
