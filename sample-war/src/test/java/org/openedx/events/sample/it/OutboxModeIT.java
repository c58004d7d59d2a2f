package org.openedx.events.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.bus.redis.RedisServer;

/**
 * The Redis mode with the transactional outbox ({@code sample.outbox=true}), on the server with its own JTA
 * transaction and data source (the H2 database behind {@code java:comp/DefaultDataSource}) and a real
 * {@code redis-server}: an enrollment's event is stored in the request's transaction and published after the commit;
 * a rolled-back enrollment leaves no row and publishes nothing.
 */
@Tag("redis")
@ExtendWith({RedisServer.class, ServerLog.class, ArquillianExtension.class})
@RunAsClient
class OutboxModeIT {

    private static final String COURSE = "course-v1:edX+DemoX+Outbox_Course";
    private static final String ENROLLMENT_STREAM = "sample-course-enrollment-lifecycle";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SampleDeployment.withRedisAndOutbox(RedisServer.current().url());
    }

    @ArquillianResource
    URL base;

    @Test
    void aCommittedEnrollmentGoesThroughTheOutboxAndARolledBackOneLeavesNothing() throws Exception {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();
        assertThat(client.get("outbox").getBoolean("enabled"))
                .as("the outbox is on")
                .isTrue();
        assertThat(ServerLog.entriesSinceMark())
                .as("the outbox started at deployment, on the server's data source")
                .anySatisfy(entry -> assertThat(entry.contains("Transactional outbox on: table openedx_events_outbox"))
                        .isTrue());
        long rowsBefore = rows(client.get("outbox"));

        JsonObject committed = client.postOk("enrollments", SampleClient.enrollment(user, COURSE, "verified"));
        String committedId = committed.getString("id");

        await("the committed enrollment on the stream", () -> streamIds().contains(committedId));
        JsonObject afterCommit = await(
                "its row marked published",
                () -> client.get("outbox"),
                counts -> counts.getJsonNumber("PUBLISHED").longValue() >= 1
                        && counts.getJsonNumber("PENDING").longValue() == 0);
        assertThat(rows(afterCommit)).as("one row for the one topic").isEqualTo(rowsBefore + 1);

        HttpResponse<String> rolledBack =
                client.post("enrollments", SampleClient.enrollment(user, COURSE, "rollback-demo"));
        assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(500);
        String rolledBackId =
                SampleClient.parse(rolledBack.body()).getJsonObject("event").getString("id");
        JsonObject next = client.postOk("enrollments", SampleClient.enrollment(user + 1, COURSE, "verified"));

        await("the next enrollment on the stream", () -> streamIds().contains(next.getString("id")));
        assertThat(streamIds()).as("the rolled-back event on the stream").doesNotContain(rolledBackId);
        JsonObject afterRollback = await(
                "the next enrollment's row published",
                () -> client.get("outbox"),
                counts -> counts.getJsonNumber("PENDING").longValue() == 0);
        assertThat(rows(afterRollback))
                .as("the rolled-back enrollment's row went with its transaction")
                .isEqualTo(rowsBefore + 2);
        assertThat(afterRollback.getJsonNumber("FAILED").longValue()).isZero();
    }

    private static long rows(JsonObject counts) {
        return counts.getJsonNumber("PENDING").longValue()
                + counts.getJsonNumber("PUBLISHED").longValue()
                + counts.getJsonNumber("FAILED").longValue();
    }

    private static List<String> streamIds() {
        List<String> ids = new ArrayList<>();
        try (StatefulRedisConnection<String, byte[]> redis =
                RedisServer.current().connect()) {
            for (StreamMessage<String, byte[]> entry : redis.sync().xrange(ENROLLMENT_STREAM, Range.create("-", "+"))) {
                ids.add(new String(entry.getBody().get("id"), StandardCharsets.UTF_8));
            }
        }
        return ids;
    }

    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        await(what, condition, Boolean::booleanValue);
    }

    private static <T> T await(String what, Supplier<T> probe, java.util.function.Predicate<T> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            assertThat(System.nanoTime())
                    .as(what + " within " + PATIENCE + ", last seen " + value)
                    .isLessThan(deadline);
            Thread.sleep(100);
            value = probe.get();
        }
        return value;
    }
}
