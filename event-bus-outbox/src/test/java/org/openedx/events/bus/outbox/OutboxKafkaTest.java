package org.openedx.events.bus.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openedx.events.bus.outbox.OutboxFixtures.KEY_FIELD;
import static org.openedx.events.bus.outbox.OutboxFixtures.TOPIC;
import static org.openedx.events.bus.outbox.OutboxFixtures.metadata;
import static org.openedx.events.bus.outbox.OutboxFixtures.user;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.EventsMetadata;
import org.openedx.events.bus.kafka.CloudEventHeaders;
import org.openedx.events.bus.kafka.KafkaEventBusProducer;
import org.openedx.events.bus.kafka.KafkaSettings;
import org.openedx.events.bus.kafka.testing.KafkaBroker;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;
import org.openedx.events.bus.outbox.OutboxRow.Status;
import org.openedx.events.bus.outbox.testing.PostgresServer;
import org.openedx.events.learning.LearningSignals;

/**
 * The relay publishing through the Kafka bus, on a real single-node KRaft broker inside the test JVM and a real
 * PostgreSQL: every committed row reaches the topic once, with its id in {@code ce_id}, and one key's events keep
 * their order (one partition per key).
 */
@Tag("postgresql")
class OutboxKafkaTest {

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @Test
    void committedRowsArePublishedToKafkaOnceInKeyOrder() throws Exception {
        OutboxTable table = new OutboxTable(POSTGRES.dataSource(), "kafka_outbox");
        table.create();
        OutboxEvents events = new OutboxEvents();
        try (SchemaRegistryStub registry = new SchemaRegistryStub();
                KafkaBroker broker = new KafkaBroker()) {
            broker.createTopics(3, "dev-" + TOPIC);
            KafkaEventBusProducer producer = new KafkaEventBusProducer(new KafkaSettings(
                    broker.bootstrapServers(), registry.url(), "", "", null, null, "dev", "lms", Map.of()));
            try {
                OutboxRelay relay = new OutboxRelay(
                        table,
                        OutboxSettings.from(Map.of(OutboxSettings.TABLE, "kafka_outbox")::get),
                        producer::deliver,
                        Clock.systemUTC());
                Map<Long, List<String>> sentPerUser = new HashMap<>();
                List<Long> ids = new ArrayList<>();
                try (Connection c = POSTGRES.dataSource().getConnection()) {
                    for (int i = 0; i < 20; i++) {
                        long user = i % 4;
                        EventsMetadata metadata = metadata();
                        ids.add(table.insert(
                                c,
                                events.row(
                                        LearningSignals.SESSION_LOGIN_COMPLETED,
                                        TOPIC,
                                        KEY_FIELD,
                                        user(user),
                                        metadata),
                                Instant.now()));
                        sentPerUser
                                .computeIfAbsent(user, u -> new ArrayList<>())
                                .add(metadata.id().toString());
                    }
                }

                relay.publishCommitted(ids);

                assertThat(table.counts()).containsEntry(Status.PUBLISHED, 20L);
                Map<Long, List<String>> receivedPerUser = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : readAll(broker, "dev-" + TOPIC, 20)) {
                    String id = new String(
                            record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);
                    long user = sentPerUser.entrySet().stream()
                            .filter(entry -> entry.getValue().contains(id))
                            .findFirst()
                            .orElseThrow()
                            .getKey();
                    receivedPerUser
                            .computeIfAbsent(user, u -> new ArrayList<>())
                            .add(id);
                }
                assertThat(receivedPerUser).isEqualTo(sentPerUser);
            } finally {
                producer.close();
            }
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaBroker broker, String topic, int expected) {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "outbox-test");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            consumer.poll(Duration.ofMillis(500)).forEach(records::add); // nothing more: no duplicates
        }
        assertThat(records).hasSize(expected);
        return records;
    }
}
