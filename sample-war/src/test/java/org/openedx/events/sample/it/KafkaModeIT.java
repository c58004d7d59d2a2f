package org.openedx.events.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import jakarta.json.JsonObject;

import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;
import org.openedx.events.contentauthoring.ContentAuthoringSignals;
import org.openedx.events.contentauthoring.data.XBlockData;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.wire.avro.AvroSignalDeserializer;

/**
 * The Kafka mode on WildFly against a real Kafka broker (KRaft, one node) and a schema-registry stub, both running in
 * this test JVM on loopback ({@link KafkaServers}); it needs nothing installed, so it runs with {@code -Pwildfly}. The
 * deployment gets {@code sample.kafka} and {@code sample.kafka.registry}. The tests read the topics with a plain
 * {@link KafkaConsumer} and check: an enrollment sent in the request's JTA transaction is written after the commit,
 * with upstream's framing, key and headers, and comes back through the sample's own consumer; a send whose
 * transaction rolls back writes nothing; a failing enrollment is retried and then copied to the dead-letter topic; a
 * published block travels without a transaction. Undeploying stops every Kafka thread without an error.
 */
@ExtendWith({KafkaServers.class, ServerLog.class, KafkaModeIT.QuietUndeploy.class, ArquillianExtension.class})
@RunAsClient
class KafkaModeIT {

    private static final String COURSE = "course-v1:edX+DemoX+Demo_Course";
    private static final String ENROLLMENT_TOPIC = KafkaServers.ENROLLMENT_TOPIC;
    private static final String XBLOCK_TOPIC = KafkaServers.XBLOCK_TOPIC;
    private static final String DEAD_LETTERS = KafkaServers.ENROLLMENT_DEAD_LETTERS;
    private static final String ENROLLMENT_TYPE = "org.openedx.learning.course.enrollment.created.v1";
    private static final String GROUP = "sample";
    private static final String OBSERVERS = "org.openedx.events.sample.observers.";
    private static final String PREFERENCES = OBSERVERS + "NotificationPreferences#createOnEnrollment";
    private static final String AUDIT = OBSERVERS + "EnrollmentAudit#auditCommittedEnrollment";
    private static final String OUTLINE = OBSERVERS + "CourseOutline#refreshOnPublish";
    private static final String ENROLLMENT_CONSUMER_THREAD = "openedx-events-kafka-course-enrollment-lifecycle-sample";
    private static final String XBLOCK_CONSUMER_THREAD =
            "openedx-events-kafka-content-authoring-xblock-lifecycle-sample";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        KafkaServers servers = KafkaServers.current();
        String bootstrap = servers.broker().bootstrapServers();
        // Loopback only: the broker the deployment is pointed at, and the registry.
        assertThat(InetAddress.getByName(bootstrap.substring(0, bootstrap.lastIndexOf(':')))
                        .isLoopbackAddress())
                .as("broker %s on loopback", bootstrap)
                .isTrue();
        assertThat(servers.registry().url()).startsWith("http://127.0.0.1:");
        return SampleDeployment.withKafka(bootstrap, servers.registry().url());
    }

    @ArquillianResource
    URL base;

    @Test
    void anEnrollmentIsWrittenAfterTheCommitAsUpstreamWritesItAndComesBackThroughTheSamplesConsumer() {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();

        JsonObject response = client.postOk("enrollments", SampleClient.enrollment(user, COURSE, "verified"));
        String id = response.getString("id");

        ConsumerRecord<byte[], byte[]> record = awaitRecord(ENROLLMENT_TOPIC, id);
        // The ten headers, in upstream's order, as UTF-8 text.
        assertThat(record.headers().toArray())
                .extracting(Header::key)
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
                        "sourcelib");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "content-type")).isEqualTo("application/avro");
        assertThat(header(record, "ce_datacontenttype")).isEqualTo("application/avro");
        assertThat(header(record, "ce_type")).isEqualTo(ENROLLMENT_TYPE);
        assertThat(header(record, "ce_source")).isEqualTo("openedx/sample/web");
        assertThat(header(record, "ce_time")).isEqualTo(response.getString("time"));
        assertThat(header(record, "ce_minorversion")).isEqualTo("0");
        assertThat(header(record, "sourcehost")).isNotBlank();
        assertThat(header(record, "sourcelib")).matches("\\d+\\.\\d+\\.\\d+");

        // The value: Confluent framing (magic byte 0, the schema id) around the event's Avro, the schema registered
        // under <full topic>-<event type>.CloudEvent.
        SchemaRegistryStub registry = KafkaServers.current().registry();
        assertThat(record.value()[0]).isZero();
        int valueSchema = schemaId(record.value());
        assertThat(registry.subjects())
                .containsEntry(ENROLLMENT_TOPIC + "-" + ENROLLMENT_TYPE + ".CloudEvent", List.of(valueSchema));
        assertThat(new Schema.Parser().parse(registry.schema(valueSchema)).getFullName())
                .isEqualTo(ENROLLMENT_TYPE + ".CloudEvent");
        CourseEnrollmentData enrollment = new AvroSignalDeserializer<>(LearningSignals.COURSE_ENROLLMENT_CREATED)
                .deserialize(Arrays.copyOfRange(record.value(), 5, record.value().length));
        assertThat(enrollment.user().id()).isEqualTo(user);
        assertThat(enrollment.user().pii().username()).isEqualTo("learner" + user);
        assertThat(enrollment.course().courseKey().toString()).isEqualTo(COURSE);
        assertThat(enrollment.mode()).isEqualTo("verified");

        // The key: the course key (event_key_field enrollment.course.course_key) as a framed Avro string, its schema
        // under <full topic>-string; the partition is librdkafka's, the CRC-32 of the key bytes.
        assertThat(record.key()[0]).isZero();
        assertThat(registry.subjects()).containsEntry(ENROLLMENT_TOPIC + "-string", List.of(schemaId(record.key())));
        assertThat(avroString(record.key())).isEqualTo(COURSE);
        assertThat(record.partition()).isEqualTo(crc32Partition(record.key(), KafkaServers.ENROLLMENT_PARTITIONS));

        // The sample's consumer re-emitted it: the observers saw the same event a second time, from the bus.
        List<JsonObject> entries = await(
                "the bus deliveries of " + id,
                () -> events(client, id),
                list -> list.stream()
                                .filter(e -> e.getBoolean("from_event_bus"))
                                .count()
                        == 2);
        assertThat(entries)
                .filteredOn(e -> !e.getBoolean("from_event_bus"))
                .extracting(e -> e.getString("observer") + " " + e.getString("delivery"))
                .containsExactly(PREFERENCES + " sync", AUDIT + " after-success");
        List<JsonObject> fromBus =
                entries.stream().filter(e -> e.getBoolean("from_event_bus")).toList();
        assertThat(fromBus)
                .extracting(e -> e.getString("observer") + " " + e.getString("delivery"))
                .containsExactly(PREFERENCES + " bus", AUDIT + " bus");
        assertThat(fromBus).extracting(e -> e.getString("thread")).containsOnly(ENROLLMENT_CONSUMER_THREAD);
        assertThat(entries).extracting(e -> e.getString("time")).containsOnly(response.getString("time"));
        assertThat(fromBus.get(0).getString("summary"))
                .isEqualTo("left the notification preference of user " + user + " in " + COURSE
                        + " alone: event bus delivery, handled when the enrollment was sent");

        // Stored once, by the send.
        List<JsonObject> preferences = client.preferences(user);
        assertThat(preferences).hasSize(1);
        assertThat(preferences.get(0).getString("event_id")).isEqualTo(id);

        // The group committed past the record once every observer succeeded; nothing went to the dead-letter topic.
        await(
                "the commit of " + record.topic() + "-" + record.partition() + "@" + record.offset(),
                () -> committedOffset(ENROLLMENT_TOPIC, record.partition()),
                offset -> offset > record.offset());
        assertThat(records(DEAD_LETTERS)).extracting(r -> header(r, "ce_id")).doesNotContain(id);
    }

    @Test
    void anEnrollmentWhoseTransactionRollsBackWritesNothingToKafka() {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();

        HttpResponse<String> rolledBack =
                client.post("enrollments", SampleClient.enrollment(user, COURSE, "rollback-demo"));
        assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(500);
        JsonObject problem = SampleClient.parse(rolledBack.body());
        assertThat(problem.getString("type")).isEqualTo("urn:openedx-events-sample:problem:rolled-back");
        JsonObject event = problem.getJsonObject("event");
        String rolledBackId = event.getString("id");
        // The event was sent inside the transaction: its observers ran and the preference was written, then undone.
        assertThat(event.getJsonArray("receivers").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("name") + " " + r.getString("outcome"))
                .contains(PREFERENCES + " ok");

        // A committed enrollment of the same course afterwards: same key, so the same partition, after it in order.
        JsonObject committed = client.postOk("enrollments", SampleClient.enrollment(user, COURSE, "verified"));
        String committedId = committed.getString("id");
        ConsumerRecord<byte[], byte[]> marker = awaitRecord(ENROLLMENT_TOPIC, committedId);

        List<ConsumerRecord<byte[], byte[]>> partition = records(ENROLLMENT_TOPIC).stream()
                .filter(r -> r.partition() == marker.partition())
                .toList();
        assertThat(partition).extracting(r -> header(r, "ce_id")).contains(committedId);
        assertThat(records(ENROLLMENT_TOPIC))
                .as("the rolled-back event on the topic")
                .extracting(r -> header(r, "ce_id"))
                .doesNotContain(rolledBackId);
        assertThat(registryRequestsMentioning(rolledBackId)).isZero();

        // Only the committed enrollment came back through the bus; the rolled-back one was seen once, in its
        // transaction, by the preference observer, and never by the AFTER_SUCCESS audit.
        await(
                "the bus deliveries of " + committedId,
                () -> events(client, committedId),
                list -> list.stream()
                                .filter(e -> e.getBoolean("from_event_bus"))
                                .count()
                        == 2);
        assertThat(events(client, rolledBackId))
                .extracting(e -> e.getString("observer") + " " + e.getString("delivery"))
                .containsExactly(PREFERENCES + " sync");
        List<JsonObject> preferences = client.preferences(user);
        assertThat(preferences).hasSize(1);
        assertThat(preferences.get(0).getString("event_id")).isEqualTo(committedId);
    }

    @Test
    void anEnrollmentWhoseObserverKeepsFailingIsRetriedThenCopiedToTheDeadLetterTopic() {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();

        JsonObject response = client.postOk("enrollments", SampleClient.enrollment(user, COURSE, "fail-demo"));
        String id = response.getString("id");

        // DemoFailure fails on every delivery of "fail-demo", also from the bus: three attempts, then dead letter.
        ConsumerRecord<byte[], byte[]> original = awaitRecord(ENROLLMENT_TOPIC, id);
        ConsumerRecord<byte[], byte[]> dead = awaitRecord(DEAD_LETTERS, id);
        assertThat(dead.key()).isEqualTo(original.key());
        assertThat(dead.value()).isEqualTo(original.value());
        assertThat(header(dead, "ce_type")).isEqualTo(ENROLLMENT_TYPE);
        assertThat(header(dead, "dead_letter_attempts")).isEqualTo("3");
        // A coded reason naming the failed receiver and its exception's class, not the exception's message.
        assertThat(header(dead, "dead_letter_error"))
                .startsWith("OXE7011: 1 of ")
                .endsWith(" receivers failed: org.openedx.events.sample.observers.DemoFailure#failOnDemand threw "
                        + "java.lang.IllegalStateException; each exception is logged with OXE2009 for event " + id)
                .doesNotContain("fail on purpose");
        assertThat(header(dead, "dead_letter_topic")).isEqualTo(ENROLLMENT_TOPIC);
        assertThat(header(dead, "dead_letter_partition")).isEqualTo(Integer.toString(original.partition()));
        assertThat(header(dead, "dead_letter_offset")).isEqualTo(Long.toString(original.offset()));
        assertThat(header(dead, "dead_letter_group")).isEqualTo(GROUP);

        List<JsonObject> busDeliveries = events(client, id).stream()
                .filter(e -> e.getBoolean("from_event_bus")
                        && e.getString("observer").equals(PREFERENCES))
                .toList();
        assertThat(busDeliveries).as("one bus delivery per attempt").hasSize(3);
        assertThat(client.preferences(user)).hasSize(1);
        await(
                "the commit past the dead record",
                () -> committedOffset(ENROLLMENT_TOPIC, original.partition()),
                offset -> offset > original.offset());
    }

    @Test
    void aPublishedBlockTravelsWithoutATransaction() {
        SampleClient client = new SampleClient(base);
        String usageKey = "block-v1:edX+DemoX+Demo_Course+type@vertical+block@kafka" + SampleClient.newUserId();

        JsonObject response = client.postOk("xblocks/published", "{\"usage_key\": \"" + usageKey + "\"}");
        String id = response.getString("id");

        ConsumerRecord<byte[], byte[]> record = awaitRecord(XBLOCK_TOPIC, id);
        assertThat(header(record, "ce_type")).isEqualTo("org.openedx.content_authoring.xblock.published.v1");
        assertThat(avroString(record.key())).isEqualTo(usageKey);
        XBlockData block = new AvroSignalDeserializer<>(ContentAuthoringSignals.XBLOCK_PUBLISHED)
                .deserialize(Arrays.copyOfRange(record.value(), 5, record.value().length));
        assertThat(block.usageKey().toString()).isEqualTo(usageKey);

        List<JsonObject> entries =
                await("the bus delivery of " + id, () -> events(client, id), list -> list.size() == 2);
        assertThat(entries)
                .extracting(e ->
                        e.getString("observer") + " " + e.getString("delivery") + " " + e.getBoolean("from_event_bus"))
                .containsExactlyInAnyOrder(OUTLINE + " sync false", OUTLINE + " bus true");
        assertThat(entries)
                .filteredOn(e -> e.getBoolean("from_event_bus"))
                .extracting(e -> e.getString("thread"))
                .containsOnly(XBLOCK_CONSUMER_THREAD);
    }

    @Test
    void theDeploymentRunsOneConsumerThreadPerTopic() {
        assertThat(ServerThreads.names())
                .filteredOn(name -> name.startsWith("openedx-events-kafka-"))
                .containsExactlyInAnyOrder(ENROLLMENT_CONSUMER_THREAD, XBLOCK_CONSUMER_THREAD);
    }

    private static List<JsonObject> events(SampleClient client, String id) {
        return client.get("events?id=" + id).getJsonArray("events").getValuesAs(JsonObject.class);
    }

    /** How many requests the registry got whose URI names the text (none should name an event id). */
    private static long registryRequestsMentioning(String text) {
        return KafkaServers.current().registry().requests().stream()
                .filter(request -> request.contains(text))
                .count();
    }

    /** Waits for the record of an event (its {@code ce_id} header) in a topic. */
    private static ConsumerRecord<byte[], byte[]> awaitRecord(String topic, String eventId) {
        return await(
                "a record of " + eventId + " in " + topic,
                () -> records(topic).stream()
                        .filter(r -> eventId.equals(header(r, "ce_id")))
                        .findFirst()
                        .orElse(null),
                record -> record != null);
    }

    /** Every record of a topic, read from the start to the current end of each partition, without a group. */
    private static List<ConsumerRecord<byte[], byte[]>> records(String topic) {
        Map<String, Object> properties =
                new HashMap<>(KafkaServers.current().broker().clientProperties());
        properties.put("enable.auto.commit", "false");
        properties.put("client.id", "kafka-mode-it-reader");
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " up to " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The sample group's committed offset of a partition, or -1 when it has none. */
    private static long committedOffset(String topic, int partition) {
        try (Admin admin = Admin.create(KafkaServers.current().broker().clientProperties())) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get();
            OffsetAndMetadata offset = offsets.get(new TopicPartition(topic, partition));
            return offset == null ? -1 : offset.offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (Exception e) {
            throw new AssertionError("Cannot read the offsets of group " + GROUP, e);
        }
    }

    /** The last value of a header as text, or null. */
    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The schema id of Confluent framing: the 4-byte big-endian integer after the magic byte. */
    private static int schemaId(byte[] framed) {
        return ByteBuffer.wrap(framed, 1, 4).getInt();
    }

    /** The Avro string inside Confluent framing. */
    private static String avroString(byte[] framed) {
        try {
            return DecoderFactory.get()
                    .binaryDecoder(framed, 5, framed.length - 5, null)
                    .readString();
        } catch (IOException e) {
            throw new AssertionError("not a framed Avro string", e);
        }
    }

    /** librdkafka's default partition of a key: zlib's CRC-32 of the key bytes modulo the partitions. */
    private static int crc32Partition(byte[] key, int partitions) {
        CRC32 crc = new CRC32();
        crc.update(key);
        return (int) (crc.getValue() % partitions);
    }

    /** Polls until the condition holds, for at most {@link #PATIENCE}; fails with the last value otherwise. */
    private static <T> T await(String what, Supplier<T> value, Predicate<T> condition) {
        return Polling.await(PATIENCE, what, value, condition);
    }

    /**
     * After Arquillian has undeployed the class's WAR (its extension is registered after this one), and before the
     * broker stops: the consumers and the producer stopped cleanly, leaving no Kafka thread in the server, and
     * nothing was logged at ERROR but the expected dead letter, nor any warning from the Kafka client.
     */
    static final class QuietUndeploy implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            List<ServerLog.Entry> logged = ServerLog.entriesSinceMark();
            // The undeployment is in the log: both consumers (enrollments, published blocks) logged their stop.
            assertThat(logged)
                    .as("the consumers stopped with the undeployment")
                    .filteredOn(entry -> entry.contains("Stopped Kafka event consumer"))
                    .hasSize(2);
            // The mode was on: both consumers started. (The Kafka client logs through SLF4J, which Payara Server
            // does not bind: whether its own lines appear depends on the server.)
            assertThat(logged)
                    .filteredOn(entry -> entry.contains("Started Kafka event consumer"))
                    .hasSize(2);
            // OXE7206 (an error) is the expected dead letter of the fail-demo test.
            assertThat(logged)
                    .noneMatch(entry -> entry.contains("OXE7207")
                            || entry.contains("OXE7009")
                            || (entry.isError() && !entry.contains("OXE7206"))
                            || (entry.isWarningOrError() && entry.contains("org.apache.kafka")));
            Predicate<String> kafkaThread = name -> name.startsWith("openedx-events-") || name.contains("kafka");
            assertThat(ServerThreads.namesOnceNone(kafkaThread))
                    .as("threads left behind by the undeployed Kafka mode")
                    .noneMatch(kafkaThread);
        }
    }
}
