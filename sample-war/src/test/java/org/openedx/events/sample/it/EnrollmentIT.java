package org.openedx.events.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * {@code POST /sample/api/enrollments} (WildFly or Payara Server): the response, the preference stored in the request's
 * transaction, the audit record written after commit, and robust mode with the demonstration failure.
 */
class EnrollmentIT extends SampleIT {

    private static final String OBSERVERS = "org.openedx.events.sample.observers.";
    private static final String DEMO_FAILURE = OBSERVERS + "DemoFailure#failOnDemand";
    private static final String PREFERENCES = OBSERVERS + "NotificationPreferences#createOnEnrollment";
    private static final String AUDIT = OBSERVERS + "EnrollmentAudit#auditCommittedEnrollment";

    @Test
    void anEnrollmentAnswersWithTheEventAndEveryReceiversOutcome() {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();

        JsonObject response = client.postOk("enrollments", SampleClient.enrollment(user, COURSE, "verified"));

        assertThat(UUID.fromString(response.getString("id")).version()).isEqualTo(1);
        assertThat(OffsetDateTime.parse(response.getString("time")).getOffset().getTotalSeconds())
                .isZero();
        assertThat(response.getString("event_type")).isEqualTo("org.openedx.learning.course.enrollment.created.v1");
        assertThat(response.getString("source")).isEqualTo("openedx/sample/web");
        List<JsonObject> receivers = response.getJsonArray("receivers").getValuesAs(JsonObject.class);
        assertThat(receivers).extracting(r -> r.getString("name")).containsExactly(DEMO_FAILURE, PREFERENCES);
        assertThat(receivers).extracting(r -> r.getString("outcome")).containsExactly("ok", "ok");
        assertThat(receivers.get(1).getString("message"))
                .startsWith("stored notification preference ")
                .endsWith(" for user " + user + " in " + COURSE);
    }

    @Test
    void theEnrollmentStoresTheLearnersNotificationPreference() {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();
        assertThat(client.preferences(user)).isEmpty();

        JsonObject response = client.postOk("enrollments", SampleClient.enrollment(user, COURSE, "audit"));

        List<JsonObject> preferences = client.preferences(user);
        assertThat(preferences).hasSize(1);
        JsonObject preference = preferences.get(0);
        assertThat(preference.getJsonNumber("user_id").longValueExact()).isEqualTo(user);
        assertThat(preference.getString("course_key")).isEqualTo(COURSE);
        assertThat(preference.getBoolean("email_enabled")).isTrue();
        assertThat(preference.getBoolean("push_enabled")).isFalse();
        assertThat(preference.getString("event_id")).isEqualTo(response.getString("id"));

        // Enrolling again keeps the one preference.
        JsonObject again = client.postOk("enrollments", SampleClient.enrollment(user, COURSE, "verified"));
        assertThat(client.preferences(user)).hasSize(1);
        assertThat(again.getJsonArray("receivers").getJsonObject(1).getString("message"))
                .startsWith("kept notification preference " + preference.getJsonNumber("id"));
    }

    @Test
    void theAuditRecordIsWrittenAfterTheCommitWithTheEventOfTheSend() {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();

        JsonObject response = client.postOk("enrollments", SampleClient.enrollment(user, COURSE, "verified"));

        List<JsonObject> mine = entriesForUser(client, user);
        assertThat(mine).extracting(e -> e.getString("observer")).containsExactly(PREFERENCES, AUDIT);
        JsonObject audit = mine.get(1);
        assertThat(audit.getString("delivery")).isEqualTo("after-success");
        assertThat(audit.getString("summary"))
                .isEqualTo("committed enrollment of user " + user + " in " + COURSE + " as verified");
        assertThat(audit.getBoolean("from_event_bus")).isFalse();
        // The audit runs when the transaction completes, after the send returned: not one of its receivers.
        assertThat(response.getJsonArray("receivers").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("name"))
                .doesNotContain(AUDIT);
        assertThat(mine.get(0).getString("id")).isEqualTo(response.getString("id"));
        assertThat(audit.getString("id"))
                .as("event id seen by the AFTER_SUCCESS observer")
                .isEqualTo(response.getString("id"));
        assertThat(audit.getString("time")).isEqualTo(response.getString("time"));
    }

    @Test
    void inRobustModeTheDemonstrationFailureIsReportedAndTheOtherObserversStillRun() {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();

        JsonObject response = client.postOk("enrollments", SampleClient.enrollment(user, COURSE, "fail-demo"));

        List<JsonObject> receivers = response.getJsonArray("receivers").getValuesAs(JsonObject.class);
        assertThat(receivers).extracting(r -> r.getString("name")).containsExactly(DEMO_FAILURE, PREFERENCES);
        assertThat(receivers).extracting(r -> r.getString("outcome")).containsExactly("failed", "ok");
        assertThat(receivers.get(0).getString("message"))
                .isEqualTo("java.lang.IllegalStateException: the enrollment"
                        + " mode 'fail-demo' makes this demonstration observer fail on purpose");
        // The failure did not roll the transaction back: the preference is stored and the audit ran.
        assertThat(client.preferences(user)).hasSize(1);
        assertThat(entriesForUser(client, user))
                .extracting(e -> e.getString("observer"))
                .containsExactly(PREFERENCES, AUDIT);
    }

    @Test
    void theModeRollbackDemoRollsTheTransactionBackAfterTheSend() {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();

        HttpResponse<String> response =
                client.post("enrollments", SampleClient.enrollment(user, COURSE, "rollback-demo"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = SampleClient.parse(response.body());
        assertThat(problem.getString("type")).isEqualTo("urn:openedx-events-sample:problem:rolled-back");
        assertThat(problem.getString("title")).isEqualTo("Enrollment rolled back");
        assertThat(problem.getInt("status")).isEqualTo(500);
        assertThat(problem.getString("instance")).isEqualTo("/sample/api/enrollments");
        // The send happened, in the transaction: every observer ran, the preference observer stored a preference.
        JsonObject event = problem.getJsonObject("event");
        assertThat(event.getString("event_type")).isEqualTo("org.openedx.learning.course.enrollment.created.v1");
        List<JsonObject> receivers = event.getJsonArray("receivers").getValuesAs(JsonObject.class);
        assertThat(receivers)
                .extracting(r -> r.getString("name") + " " + r.getString("outcome"))
                .containsExactly(DEMO_FAILURE + " ok", PREFERENCES + " ok");
        assertThat(receivers.get(1).getString("message")).startsWith("stored notification preference ");
        // Then the transaction rolled back: the preference is gone and the AFTER_SUCCESS audit never ran.
        assertThat(client.preferences(user)).isEmpty();
        assertThat(entriesForUser(client, user))
                .extracting(e -> e.getString("observer") + " " + e.getString("id"))
                .containsExactly(PREFERENCES + " " + event.getString("id"));
    }

    private static List<JsonObject> entriesForUser(SampleClient client, long user) {
        return client.events().stream()
                .filter(e -> e.getString("summary").contains(" user " + user + " "))
                .toList();
    }
}
