package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.avro.NameValidator;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.authz.AuthzSignals;
import org.openedx.events.authz.data.RoleAssignmentData;
import org.openedx.events.bus.kafka.testing.KafkaBroker;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.wire.avro.AvroSchemas;

/**
 * The Kafka consumer against a real broker: a record written byte for byte as upstream's producer writes it is
 * re-emitted with the producer's metadata; a writer schema with an extra optional field is resolved; an unusable
 * record and a record whose observer keeps failing go to the dead-letter topic, and the records after them are
 * delivered; what is done is committed.
 */
class KafkaEventConsumerTest {

    /** A login event's Avro body as upstream's producer writes it (fastavro), by hand. */
    private static final byte[] UPSTREAM_BODY =
            bytes(0xF6, 0x01, 0x01, 0x0C, "foobob", 0x1E, "bob@foo.example", 0x0E, "Bob Foo");

    private static KafkaBroker broker;
    private static SchemaRegistryStub registry;
    private static int topics;

    private String topic;
    private WeldContainer container;
    private KafkaEventConsumer consumer;
    private Thread thread;

    @BeforeAll
    static void start() throws Exception {
        registry = new SchemaRegistryStub();
        broker = new KafkaBroker();
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

    @BeforeEach
    void startConsumer() throws Exception {
        LoginRecorder.reset();
        RoleAssignmentRecorder.seen.clear();
        topic = "logins" + (++topics);
        broker.createTopics(1, "test-" + topic);
        container = new Weld("kafka-consumer-" + UUID.randomUUID())
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addBeanClasses(LoginRecorder.class, RoleAssignmentRecorder.class)
                .initialize();
        KafkaSettings settings = settings();
        consumer = new KafkaEventConsumer(
                settings,
                new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5)),
                container.select(OpenEdxEvents.class).get(),
                KafkaConsumerOptions.of(topic, "g1").withRetry(3, Duration.ofMillis(20), Duration.ofMillis(50)),
                null);
        thread = new Thread(consumer, "kafka-consumer-test");
        thread.start();
    }

    @AfterEach
    void stopConsumer() throws InterruptedException {
        consumer.stop();
        thread.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(thread.isAlive()).as("the consumer stopped").isFalse();
        container.close();
    }

    private KafkaSettings settings() {
        return KafkaTestSettings.of(
                broker.bootstrapServers(),
                registry.url(),
                "test",
                Map.of("auto.offset.reset", "earliest", "linger.ms", "0"));
    }

    @Test
    void aRecordWrittenAsUpstreamWritesItIsDeliveredWithTheProducersMetadata() throws Exception {
        String id = UUID.randomUUID().toString();
        send(upstreamRecord(id, frame(upstreamSchemaId(), UPSTREAM_BODY)));

        LoginRecorder.Seen seen = LoginRecorder.seen.poll(30, TimeUnit.SECONDS);
        assertThat(seen).isNotNull();
        assertThat(seen.metadata().id()).hasToString(id);
        assertThat(seen.metadata().source()).isEqualTo("openedx/lms/web");
        assertThat(seen.metadata().sourceHost()).isEqualTo("edx.devstack.lms");
        assertThat(seen.metadata().sourceLib()).containsExactly(11, 2, 0);
        assertThat(seen.metadata().time()).hasToString("2024-01-01T14:00:00.123456Z");
        assertThat(seen.fromEventBus()).isTrue();
        assertThat(seen.user().pii().username()).isEqualTo("foobob");
    }

    @Test
    void aWriterSchemaWithAnExtraOptionalFieldIsResolvedToTheLocalOne() throws Exception {
        Schema local = AvroSchemas.schemaFor(LearningSignals.SESSION_LOGIN_COMPLETED);
        String newer = AvroSchemas.schemaString(LearningSignals.SESSION_LOGIN_COMPLETED)
                .replace(
                        "\"name\": \"is_active\", \"type\": \"boolean\"}",
                        "\"name\": \"is_active\", \"type\": \"boolean\"}, {\"default\": null, \"name\": \"nickname\", "
                                + "\"type\": [\"null\", \"string\"]}");
        assertThat(newer).contains("nickname");
        Schema writer = new Schema.Parser(NameValidator.NO_VALIDATION).parse(newer);
        int id = new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5))
                .register(
                        "test-" + topic + "-" + LearningSignals.SESSION_LOGIN_COMPLETED.eventType() + ".CloudEvent",
                        newer);
        GenericRecord user = new GenericData.Record(writer.getField("user").schema());
        Schema pii = user.getSchema().getField("pii").schema();
        GenericRecord personal = new GenericData.Record(pii);
        personal.put("username", "newer");
        personal.put("email", "n@example.com");
        personal.put("name", "Newer");
        user.put("id", 5L);
        user.put("is_active", true);
        user.put("nickname", "nick");
        user.put("pii", personal);
        GenericRecord event = new GenericData.Record(writer);
        event.put("user", user);
        assertThat(local.equals(writer)).isFalse();

        send(upstreamRecord(UUID.randomUUID().toString(), frame(id, encode(writer, event))));

        LoginRecorder.Seen seen = LoginRecorder.seen.poll(30, TimeUnit.SECONDS);
        assertThat(seen).isNotNull();
        assertThat(seen.user().id()).isEqualTo(5);
        assertThat(seen.user().pii().username()).isEqualTo("newer");
    }

    @Test
    void aWriterSchemaWithoutAnOptionalFieldIsReadWithTheFieldsDefault() throws Exception {
        OpenEdxPublicSignal<RoleAssignmentData> signal = AuthzSignals.ROLE_ASSIGNMENT_CREATED;
        String local = AvroSchemas.schemaString(signal);
        String older =
                local.replace(", {\"default\": null, \"name\": \"actor_id\", \"type\": [\"null\", \"long\"]}", "");
        assertThat(older).as("an older producer's schema, before actor_id").doesNotContain("actor_id");
        Schema writer = new Schema.Parser(NameValidator.NO_VALIDATION).parse(older);
        int id = new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5))
                .register("test-" + topic + "-" + signal.eventType() + ".CloudEvent", older);
        GenericRecord assignment =
                new GenericData.Record(writer.getField("role_assignment").schema());
        assignment.put("operation", "add");
        assignment.put("subject", "user:learner");
        assignment.put("role", "library_admin");
        assignment.put("scope", "lib:DemoX:CSPROB");
        GenericRecord event = new GenericData.Record(writer);
        event.put("role_assignment", assignment);

        ProducerRecord<byte[], byte[]> record =
                upstreamRecord(UUID.randomUUID().toString(), frame(id, encode(writer, event)));
        record.headers().remove("ce_type");
        record.headers().add(header("ce_type", signal.eventType()));
        send(record);

        RoleAssignmentData seen = RoleAssignmentRecorder.seen.poll(30, TimeUnit.SECONDS);
        assertThat(seen).as("the role assignment, read with the local schema").isNotNull();
        assertThat(seen.role()).isEqualTo("library_admin");
        assertThat(seen.scope()).isEqualTo("lib:DemoX:CSPROB");
        assertThat(seen.actorId())
                .as("the field the writer did not have: its default")
                .isNull();
    }

    @Test
    void unusableAndFailingRecordsGoToTheDeadLetterTopicAndTheNextAreDelivered() throws Exception {
        int schemaId = upstreamSchemaId();
        send(upstreamRecord(UUID.randomUUID().toString(), new byte[] {1, 2, 3})); // not framed
        String failingId = UUID.randomUUID().toString();
        String goodId = UUID.randomUUID().toString();
        LoginRecorder.failuresLeft.set(3); // the next record fails on every attempt
        send(upstreamRecord(failingId, frame(schemaId, UPSTREAM_BODY)));
        send(upstreamRecord(goodId, frame(schemaId, UPSTREAM_BODY)));

        LoginRecorder.Seen seen = LoginRecorder.seen.poll(30, TimeUnit.SECONDS);
        assertThat(seen).isNotNull();
        assertThat(seen.metadata().id()).hasToString(goodId);
        assertThat(LoginRecorder.attempts).hasValue(4); // three for the failing record, one for the good one

        List<ConsumerRecord<byte[], byte[]>> dead = read(KafkaEventConsumer.deadLetterTopic("test-" + topic, "g1"), 2);
        assertThat(dead).hasSize(2);
        assertThat(text(dead.get(0), "dead_letter_error"))
                .startsWith("OXE7204: Record test-" + topic + "-0@0 is " + "unusable")
                .contains("has 3 bytes, fewer than the 5");
        assertThat(text(dead.get(0), "dead_letter_attempts")).isEqualTo("1");
        assertThat(dead.get(0).value()).containsExactly(1, 2, 3);
        // The receivers and their exceptions' classes, not their messages, which may quote payload values.
        assertThat(text(dead.get(1), "dead_letter_error"))
                .isEqualTo("OXE7011: 1 of 1 receivers failed: " + LoginRecorder.class.getName() + "#onLogin threw "
                        + "java.lang.IllegalStateException; each exception is logged with OXE2009 for event "
                        + failingId);
        assertThat(text(dead.get(1), "dead_letter_attempts")).isEqualTo("3");
        assertThat(text(dead.get(1), "ce_id")).isEqualTo(failingId);
        assertThat(text(dead.get(1), "dead_letter_offset")).isEqualTo("1");

        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put("group.id", "g1");
        try (KafkaConsumer<byte[], byte[]> group =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            Long committed = null;
            while (System.nanoTime() < deadline) {
                var offsets = group.committed(
                        java.util.Set.of(new org.apache.kafka.common.TopicPartition("test-" + topic, 0)));
                var offset = offsets.values().iterator().next();
                committed = offset == null ? null : offset.offset();
                if (committed != null && committed == 3) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(committed)
                    .as("the group's offset is past all three records")
                    .isEqualTo(3);
        }
    }

    @Test
    void theConsecutiveErrorsLimitStopsTheConsumerAfterItsCommits() throws Exception {
        consumer.stop();
        thread.join(30_000);
        KafkaEventConsumer limited = new KafkaEventConsumer(
                settings(),
                new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5)),
                container.select(OpenEdxEvents.class).get(),
                KafkaConsumerOptions.of(topic, "g-limit")
                        .withRetry(1, Duration.ZERO, Duration.ZERO)
                        .withConsecutiveErrorsLimit(2),
                null);
        consumer = limited;
        thread = new Thread(limited, "kafka-consumer-limited");
        thread.start();
        LoginRecorder.failuresLeft.set(100);
        int schemaId = upstreamSchemaId();
        for (int i = 0; i < 4; i++) {
            send(upstreamRecord(UUID.randomUUID().toString(), frame(schemaId, UPSTREAM_BODY)));
        }
        thread.join(30_000);
        assertThat(thread.isAlive()).as("the consumer stopped by itself").isFalse();
        assertThat(LoginRecorder.attempts)
                .as("two records tried, then the consumer stopped")
                .hasValue(2);
        assertThat(read(KafkaEventConsumer.deadLetterTopic("test-" + topic, "g-limit"), 2))
                .hasSize(2);
    }

    @Test
    void replayModeSetsTheGroupsOffsetsToATimeAndConsumesNothing() throws Exception {
        consumer.stop();
        thread.join(30_000);
        int schemaId = upstreamSchemaId();
        send(upstreamRecord(UUID.randomUUID().toString(), frame(schemaId, UPSTREAM_BODY)));
        Thread.sleep(50);
        java.time.OffsetDateTime between = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        Thread.sleep(50);
        String later = UUID.randomUUID().toString();
        send(upstreamRecord(later, frame(schemaId, UPSTREAM_BODY)));

        KafkaEventConsumer replay = new KafkaEventConsumer(
                settings(),
                new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5)),
                container.select(OpenEdxEvents.class).get(),
                KafkaConsumerOptions.of(topic, "g-replay").withOffsetTime(between),
                null);
        consumer = replay;
        thread = new Thread(replay, "kafka-consumer-replay");
        thread.start();
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put("group.id", "g-replay");
        Long committed = null;
        try (KafkaConsumer<byte[], byte[]> group =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (committed == null && System.nanoTime() < deadline) {
                var offset = group.committed(
                                java.util.Set.of(new org.apache.kafka.common.TopicPartition("test-" + topic, 0)))
                        .values()
                        .iterator()
                        .next();
                committed = offset == null ? null : offset.offset();
                Thread.sleep(100);
            }
        }
        assertThat(committed)
                .as("the group's offset is the first record after the time")
                .isEqualTo(1);
        Thread.sleep(500);
        assertThat(LoginRecorder.seen).as("replay mode consumes nothing").isEmpty();
        replay.stop();
        thread.join(30_000);

        KafkaEventConsumer normal = new KafkaEventConsumer(
                settings(),
                new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5)),
                container.select(OpenEdxEvents.class).get(),
                KafkaConsumerOptions.of(topic, "g-replay"),
                null);
        consumer = normal;
        thread = new Thread(normal, "kafka-consumer-after-replay");
        thread.start();
        LoginRecorder.Seen seen = LoginRecorder.seen.poll(30, TimeUnit.SECONDS);
        assertThat(seen).isNotNull();
        assertThat(seen.metadata().id())
                .as("restarted, it reads from the replayed offset")
                .hasToString(later);
    }

    private int upstreamSchemaId() {
        return new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5))
                .register(
                        "test-" + topic + "-" + LearningSignals.SESSION_LOGIN_COMPLETED.eventType() + ".CloudEvent",
                        AvroSchemas.schemaString(LearningSignals.SESSION_LOGIN_COMPLETED));
    }

    /** The headers upstream's producer writes, by hand from the wire-format description. */
    private ProducerRecord<byte[], byte[]> upstreamRecord(String id, byte[] value) {
        List<Header> headers = new ArrayList<>();
        headers.add(header("ce_specversion", "1.0"));
        headers.add(header("content-type", "application/avro"));
        headers.add(header("ce_datacontenttype", "application/avro"));
        headers.add(header("ce_type", "org.openedx.learning.auth.session.login.completed.v1"));
        headers.add(header("ce_id", id));
        headers.add(header("ce_source", "openedx/lms/web"));
        headers.add(header("ce_time", "2024-01-01T14:00:00.123456+00:00"));
        headers.add(header("ce_minorversion", "0"));
        headers.add(header("sourcehost", "edx.devstack.lms"));
        headers.add(header("sourcelib", "11.2.0"));
        return new ProducerRecord<>("test-" + topic, null, (byte[]) null, value, headers);
    }

    private void send(ProducerRecord<byte[], byte[]> record) throws Exception {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> read(String topicName, int count) {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put("group.id", "reader-" + UUID.randomUUID());
        properties.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<byte[], byte[]>> received = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> reader =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            reader.subscribe(List.of(topicName));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.size() < count && System.nanoTime() < deadline) {
                reader.poll(Duration.ofMillis(200)).forEach(received::add);
            }
        }
        return received;
    }

    private static byte[] frame(int schemaId, byte[] body) {
        return ConfluentFraming.frame(schemaId, body);
    }

    private static byte[] encode(Schema schema, GenericRecord record) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static String text(ConsumerRecord<byte[], byte[]> record, String header) {
        Header found = record.headers().lastHeader(header);
        return found == null ? null : new String(found.value(), StandardCharsets.UTF_8);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
