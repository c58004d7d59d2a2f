package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.bus.kafka.testing.KafkaBroker;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;
import org.openedx.events.wire.avro.AvroSignalDeserializer;

/**
 * Against a real Kafka broker: events published with this library's producer settings land on the partition
 * librdkafka would choose for their key, and read back byte for byte as upstream's consumer reads them (framing,
 * schema id in the registry, headers).
 */
class KafkaBrokerTest {

    private static KafkaBroker broker;
    private static SchemaRegistryStub registry;

    @BeforeAll
    static void start() throws Exception {
        registry = new SchemaRegistryStub();
        broker = new KafkaBroker();
        broker.createTopics(3, "dev-user-login");
    }

    @AfterAll
    static void stop() throws Exception {
        if (broker != null) {
            broker.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void eventsLandOnLibrdkafkasPartitionAndReadBackAsUpstreamReadsThem() throws Exception {
        KafkaSettings settings =
                KafkaTestSettings.of(broker.bootstrapServers(), registry.url(), "dev", Map.of("linger.ms", "0"));
        SchemaRegistryClient client = new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5));
        List<ProducerRecord<byte[], byte[]>> sent = new ArrayList<>();
        Map<UUID, Integer> partitions = new HashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings.producerProperties())) {
            KafkaEventPublisher publisher = new KafkaEventPublisher(settings, producer, client);
            for (int i = 0; i < 12; i++) {
                UserData user = new UserData(
                        i, true, new UserPersonalData("learner" + i, "l" + i + "@example.com", "Learner " + i));
                EventsMetadata metadata = new EventsMetadata(
                        LearningSignals.SESSION_LOGIN_COMPLETED.eventType(),
                        UUID.randomUUID(),
                        0,
                        "openedx/lms/web",
                        "lms-1",
                        OffsetDateTime.of(2024, 1, 2, 3, 4, i, 0, ZoneOffset.UTC),
                        List.of(11, 2, 0));
                ProducerRecord<byte[], byte[]> record = publisher.record(
                        LearningSignals.SESSION_LOGIN_COMPLETED, "user-login", "user.pii.username", user, metadata);
                RecordMetadata written = producer.send(record).get(30, TimeUnit.SECONDS);
                assertThat(written.partition())
                        .as("partition of learner" + i)
                        .isEqualTo(Crc32Partitioner.partitionOf(record.key(), 3));
                sent.add(record);
                partitions.put(metadata.id(), written.partition());
            }
        }
        assertThat(partitions.values())
                .as("12 keys spread over the 3 partitions")
                .hasSizeGreaterThan(1)
                .containsAnyOf(0, 1, 2);

        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put("group.id", "reader");
        properties.put("auto.offset.reset", "earliest");
        properties.put("enable.auto.commit", "false");
        List<ConsumerRecord<byte[], byte[]>> received = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("dev-user-login"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.size() < sent.size() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
        }
        assertThat(received).hasSameSizeAs(sent);
        AvroSignalDeserializer<UserData> deserializer =
                new AvroSignalDeserializer<>(LearningSignals.SESSION_LOGIN_COMPLETED);
        for (ConsumerRecord<byte[], byte[]> record : received) {
            CloudEventHeaders.Read headers = CloudEventHeaders.read(record.headers(), s -> null);
            assertThat(headers.signal()).isEqualTo(LearningSignals.SESSION_LOGIN_COMPLETED);
            assertThat(record.partition())
                    .isEqualTo(partitions.get(headers.metadata().id()));
            ConfluentFraming.Framed value = ConfluentFraming.parse(record.value());
            assertThat(registry.schema(value.schemaId())).isNotNull();
            UserData user = deserializer.deserialize(value.body());
            assertThat(new String(
                            ConfluentFraming.parse(record.key()).body(),
                            1,
                            user.pii().username().length(),
                            java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(user.pii().username());
            ProducerRecord<byte[], byte[]> original = sent.stream()
                    .filter(r -> java.util.Arrays.equals(r.value(), record.value()))
                    .findFirst()
                    .orElseThrow();
            assertThat(record.key()).isEqualTo(original.key());
        }
    }
}
