package org.openedx.events.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.openedx.events.bus.redis.RedisServer;
import org.openedx.events.contentauthoring.ContentAuthoringSignals;
import org.openedx.events.contentauthoring.data.XBlockData;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.wire.avro.AvroSignalDeserializer;

/**
 * The Redis mode with a real {@code redis-server} (run by {@code -Pwildfly,redis} and {@code -Ppayara,redis}): the deployment gets
 * {@code sample.redis}, publishes enrollments and published blocks to Redis streams after commit, and its consumers
 * read them back and re-emit them to the observers. Undeploying it stops the consumers without a Redis error.
 */
@Tag("redis")
@ExtendWith({RedisServer.class, ServerLog.class, RedisModeIT.QuietUndeploy.class, ArquillianExtension.class})
@RunAsClient
class RedisModeIT {

    private static final String COURSE = "course-v1:edX+DemoX+Demo_Course";
    private static final String ENROLLMENT_STREAM = "sample-course-enrollment-lifecycle";
    private static final String XBLOCK_STREAM = "sample-content-authoring-xblock-lifecycle";
    private static final String GROUP = "sample";
    private static final String OBSERVERS = "org.openedx.events.sample.observers.";
    private static final String PREFERENCES = OBSERVERS + "NotificationPreferences#createOnEnrollment";
    private static final String AUDIT = OBSERVERS + "EnrollmentAudit#auditCommittedEnrollment";
    private static final String OUTLINE = OBSERVERS + "CourseOutline#refreshOnPublish";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SampleDeployment.withRedis(RedisServer.current().url());
    }

    @ArquillianResource
    URL base;

    @Test
    void anEnrollmentIsPublishedAfterCommitAndComesBackThroughTheBus() {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();

        JsonObject response = client.postOk("enrollments", SampleClient.enrollment(user, COURSE, "verified"));
        String id = response.getString("id");

        // The stream entry, field for field as upstream's event-bus-redis writes it.
        StreamMessage<String, byte[]> entry = awaitEntry(ENROLLMENT_STREAM, id);
        Map<String, byte[]> fields = entry.getBody();
        assertThat(fields.keySet())
                .containsExactly(
                        "type", "id", "source", "time", "minorversion", "sourcehost", "sourcelib", "event_data");
        assertThat(text(fields, "type")).isEqualTo("org.openedx.learning.course.enrollment.created.v1");
        assertThat(text(fields, "source")).isEqualTo("openedx/sample/web");
        assertThat(text(fields, "time")).isEqualTo(response.getString("time"));
        assertThat(text(fields, "minorversion")).isEqualTo("0");
        assertThat(text(fields, "sourcehost")).isNotBlank();
        assertThat(text(fields, "sourcelib")).matches("\\d+\\.\\d+\\.\\d+");
        CourseEnrollmentData enrollment = new AvroSignalDeserializer<>(LearningSignals.COURSE_ENROLLMENT_CREATED)
                .deserialize(fields.get("event_data"));
        assertThat(enrollment.user().id()).isEqualTo(user);
        assertThat(enrollment.user().pii().username()).isEqualTo("learner" + user);
        assertThat(enrollment.course().courseKey().toString()).isEqualTo(COURSE);
        assertThat(enrollment.mode()).isEqualTo("verified");

        // The consumer re-emitted it: the observers saw the same event a second time, from the bus.
        List<JsonObject> entries = await(
                "the bus deliveries of " + id,
                () -> events(client, id),
                list -> list.stream()
                                .filter(e -> e.getBoolean("from_event_bus"))
                                .count()
                        == 2);
        // The request's thread and the consumer's run concurrently: each in its own order.
        assertThat(entries)
                .filteredOn(e -> !e.getBoolean("from_event_bus"))
                .extracting(e -> e.getString("observer") + " " + e.getString("delivery"))
                .containsExactly(PREFERENCES + " sync", AUDIT + " after-success");
        List<JsonObject> fromBus =
                entries.stream().filter(e -> e.getBoolean("from_event_bus")).toList();
        assertThat(fromBus)
                .extracting(e -> e.getString("observer") + " " + e.getString("delivery"))
                .containsExactly(PREFERENCES + " bus", AUDIT + " bus");
        assertThat(entries).extracting(e -> e.getString("time")).containsOnly(response.getString("time"));
        assertThat(entries)
                .extracting(e -> e.getString("event_type"))
                .containsOnly("org.openedx.learning.course.enrollment.created.v1");
        assertThat(fromBus.get(0).getString("summary"))
                .isEqualTo("left the notification preference of user " + user + " in " + COURSE
                        + " alone: event bus delivery, handled when the enrollment was sent");
        assertThat(fromBus)
                .extracting(e -> e.getString("thread"))
                .containsOnly("openedx-events-redis-course-enrollment-lifecycle-sample-sample-1");

        // Stored once, by the send; the bus delivery stored nothing.
        List<JsonObject> preferences = client.preferences(user);
        assertThat(preferences).hasSize(1);
        assertThat(preferences.get(0).getString("event_id")).isEqualTo(id);

        // Acknowledged once every observer succeeded.
        await("the acknowledgement of " + entry.getId(), () -> pendingCount(ENROLLMENT_STREAM), count -> count == 0);
        try (StatefulRedisConnection<String, byte[]> redis =
                RedisServer.current().connect()) {
            assertThat(redis.sync().exists(ENROLLMENT_STREAM + "." + GROUP + ".dead-letter"))
                    .isZero();
        }
    }

    @Test
    void aPublishedBlockTravelsWithoutATransaction() {
        SampleClient client = new SampleClient(base);
        String usageKey = "block-v1:edX+DemoX+Demo_Course+type@vertical+block@bus" + SampleClient.newUserId();

        JsonObject response = client.postOk("xblocks/published", "{\"usage_key\": \"" + usageKey + "\"}");
        String id = response.getString("id");

        StreamMessage<String, byte[]> entry = awaitEntry(XBLOCK_STREAM, id);
        assertThat(text(entry.getBody(), "type")).isEqualTo("org.openedx.content_authoring.xblock.published.v1");
        XBlockData block = new AvroSignalDeserializer<>(ContentAuthoringSignals.XBLOCK_PUBLISHED)
                .deserialize(entry.getBody().get("event_data"));
        assertThat(block.usageKey().toString()).isEqualTo(usageKey);

        List<JsonObject> entries =
                await("the bus delivery of " + id, () -> events(client, id), list -> list.size() == 2);
        assertThat(entries)
                .extracting(e ->
                        e.getString("observer") + " " + e.getString("delivery") + " " + e.getBoolean("from_event_bus"))
                .containsExactlyInAnyOrder(OUTLINE + " sync false", OUTLINE + " bus true");
        assertThat(entries).extracting(e -> e.getString("time")).containsOnly(response.getString("time"));
    }

    @Test
    void anEnrollmentWhoseObserverKeepsFailingEndsInTheDeadLetterStream() {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();

        JsonObject response = client.postOk("enrollments", SampleClient.enrollment(user, COURSE, "fail-demo"));
        String id = response.getString("id");

        // DemoFailure fails on every delivery of "fail-demo", also from the bus: three attempts, then dead letter.
        String deadLetters = ENROLLMENT_STREAM + "." + GROUP + ".dead-letter";
        StreamMessage<String, byte[]> dead = awaitEntry(deadLetters, id);
        assertThat(text(dead.getBody(), "dead_letter_attempts")).isEqualTo("3");
        // A coded reason naming the failed receiver and its exception's class, not the exception's message.
        assertThat(text(dead.getBody(), "dead_letter_error"))
                .startsWith("OXE7011: 1 of ")
                .endsWith(" receivers failed: org.openedx.events.sample.observers.DemoFailure#failOnDemand threw "
                        + "java.lang.IllegalStateException; each exception is logged with OXE2009 for event " + id)
                .doesNotContain("fail on purpose");
        assertThat(text(dead.getBody(), "dead_letter_stream")).isEqualTo(ENROLLMENT_STREAM);
        assertThat(text(dead.getBody(), "dead_letter_group")).isEqualTo(GROUP);
        assertThat(text(dead.getBody(), "type")).isEqualTo("org.openedx.learning.course.enrollment.created.v1");

        List<JsonObject> busDeliveries = events(client, id).stream()
                .filter(e -> e.getBoolean("from_event_bus")
                        && e.getString("observer").equals(PREFERENCES))
                .toList();
        assertThat(busDeliveries).as("one bus delivery per attempt").hasSize(3);
        assertThat(client.preferences(user)).hasSize(1);
        await("the acknowledgement of the dead entry", () -> pendingCount(ENROLLMENT_STREAM), count -> count == 0);
    }

    private static List<JsonObject> events(SampleClient client, String id) {
        return client.get("events?id=" + id).getJsonArray("events").getValuesAs(JsonObject.class);
    }

    private static StreamMessage<String, byte[]> awaitEntry(String stream, String eventId) {
        try (StatefulRedisConnection<String, byte[]> redis =
                RedisServer.current().connect()) {
            return await(
                    "an entry of " + eventId + " in " + stream,
                    () -> redis.sync().xrange(stream, io.lettuce.core.Range.create("-", "+")).stream()
                            .filter(m -> eventId.equals(text(m.getBody(), "id")))
                            .findFirst()
                            .orElse(null),
                    entry -> entry != null);
        }
    }

    private static long pendingCount(String stream) {
        try (StatefulRedisConnection<String, byte[]> redis =
                RedisServer.current().connect()) {
            return redis.sync().xpending(stream, GROUP).getCount();
        }
    }

    private static String text(Map<String, byte[]> fields, String name) {
        byte[] value = fields.get(name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /** Polls until the condition holds, for at most {@link #PATIENCE}; fails with the last value otherwise. */
    private static <T> T await(String what, Supplier<T> value, Predicate<T> condition) {
        return Polling.await(PATIENCE, what, value, condition);
    }

    /**
     * After Arquillian has undeployed the class's WAR (its extension is registered after this one), checks that
     * the consumers stopped cleanly: no Redis error, no warning from the Redis client, no error but the expected
     * dead letter.
     */
    static final class QuietUndeploy implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            List<ServerLog.Entry> logged = ServerLog.entriesSinceMark();
            // The undeployment is in the log: both consumers (enrollments, published blocks) logged their stop.
            assertThat(logged)
                    .as("the consumers stopped with the undeployment")
                    .filteredOn(entry -> entry.contains("Stopped redis event consumer"))
                    .hasSize(2);
            // OXE7104 (an error) is the expected dead letter of the fail-demo test.
            assertThat(logged)
                    .noneMatch(entry -> entry.contains("OXE7105")
                            || (entry.isError() && !entry.contains("OXE7104"))
                            || (entry.isWarningOrError() && entry.contains("io.lettuce")));
        }
    }
}
