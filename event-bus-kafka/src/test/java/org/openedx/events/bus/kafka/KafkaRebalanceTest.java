package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
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
 * Two consumers of one group on a real broker, the second joining while the first works and the first leaving
 * before the end: partitions move between them, and every event is still processed at least once.
 */
class KafkaRebalanceTest {

    @Test
    void everyEventIsProcessedAtLeastOnceAcrossARebalance() throws Exception {
        LoginRecorder.reset();
        try (SchemaRegistryStub registry = new SchemaRegistryStub();
                KafkaBroker broker = new KafkaBroker();
                WeldContainer container = new Weld("kafka-rebalance-" + UUID.randomUUID())
                        .disableDiscovery()
                        .addExtension(new OpenEdxEventsExtension())
                        .addBeanClasses(LoginRecorder.class)
                        .initialize()) {
            broker.createTopics(2, "rb-logins");
            KafkaSettings settings = KafkaTestSettings.of(
                    broker.bootstrapServers(),
                    registry.url(),
                    "rb",
                    Map.of("auto.offset.reset", "earliest", "linger.ms", "0", "max.poll.records", "5"));
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5));
            Set<UUID> sent = new HashSet<>();
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings.producerProperties())) {
                KafkaEventPublisher publisher = new KafkaEventPublisher(settings, producer, client);
                for (int i = 0; i < 40; i++) {
                    EventsMetadata metadata = new EventsMetadata(
                            LearningSignals.SESSION_LOGIN_COMPLETED.eventType(),
                            UUID.randomUUID(),
                            0,
                            "openedx/lms/web",
                            "lms-1",
                            OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
                            List.of(11, 2, 0));
                    UserData user = new UserData(i, true, new UserPersonalData("u" + i, "u" + i + "@example.com", "U"));
                    publisher
                            .publish(
                                    LearningSignals.SESSION_LOGIN_COMPLETED,
                                    "logins",
                                    "user.pii.username",
                                    user,
                                    metadata,
                                    null)
                            .get(30, TimeUnit.SECONDS);
                    sent.add(metadata.id());
                }
            }
            OpenEdxEvents events = container.select(OpenEdxEvents.class).get();
            KafkaConsumerOptions options = KafkaConsumerOptions.of("logins", "rb-group");
            KafkaEventConsumer first = new KafkaEventConsumer(settings, client, events, options, null);
            Thread firstThread = new Thread(first, "rb-first");
            firstThread.start();
            await(() -> LoginRecorder.seen.size() >= 5, "the first consumer at work");

            KafkaEventConsumer second = new KafkaEventConsumer(settings, client, events, options, null);
            Thread secondThread = new Thread(second, "rb-second");
            secondThread.start();
            await(() -> LoginRecorder.seen.size() >= 15, "both at work");
            first.stop();
            firstThread.join(30_000);
            assertThat(firstThread.isAlive()).isFalse();

            Set<UUID> seen = new HashSet<>();
            await(
                    () -> {
                        LoginRecorder.seen.forEach(s -> seen.add(s.metadata().id()));
                        return seen.containsAll(sent);
                    },
                    "every event processed");
            second.stop();
            secondThread.join(30_000);
            assertThat(secondThread.isAlive()).isFalse();
            assertThat(seen).isEqualTo(sent);
            assertThat(LoginRecorder.seen)
                    .extracting(LoginRecorder.Seen::thread)
                    .as("both consumers processed events: the partitions moved")
                    .contains("rb-first", "rb-second");
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
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
