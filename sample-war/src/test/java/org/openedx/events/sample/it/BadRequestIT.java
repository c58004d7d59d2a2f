package org.openedx.events.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Bad enrollment requests (WildFly or Payara Server): 400 with an RFC 9457 problem document naming the field and the reason, and
 * nothing sent (no observer recorded anything) or stored (no preference).
 */
class BadRequestIT extends SampleIT {

    @Test
    void malformedJson() {
        long user = SampleClient.newUserId();
        String truncated = SampleClient.enrollment(user, COURSE, "verified").replaceFirst("}$", "");

        JsonObject problem = refused(user, truncated, "urn:openedx-events-sample:problem:malformed-json");

        assertThat(problem.getString("title")).isEqualTo("Malformed JSON");
        assertThat(problem.getString("field")).isEqualTo("body");
        assertThat(problem.getString("reason")).startsWith("the request body is not valid JSON at line 1, column ");
    }

    @Test
    void aMissingField() {
        long user = SampleClient.newUserId();
        String withoutMode = "{\"user\": {\"id\": " + user + ", \"username\": \"learner\", \"email\": "
                + "\"learner@example.com\"}, \"course_key\": \"" + COURSE + "\"}";

        JsonObject problem = refused(user, withoutMode, "urn:openedx-events-sample:problem:invalid-fields");

        assertThat(problem.getString("field")).isEqualTo("mode");
        assertThat(problem.getString("reason")).isEqualTo("is required: a string");
        assertThat(problem.getString("detail")).isEqualTo("mode: is required: a string");
    }

    @Test
    void aMissingNestedField() {
        long user = SampleClient.newUserId();
        String withoutEmail = "{\"user\": {\"id\": " + user + ", \"username\": \"learner\"}, \"course_key\": \""
                + COURSE + "\", \"mode\": \"audit\"}";

        JsonObject problem = refused(user, withoutEmail, "urn:openedx-events-sample:problem:invalid-fields");

        assertThat(problem.getString("field")).isEqualTo("user.email");
        assertThat(problem.getString("reason")).isEqualTo("is required: a string");
    }

    @Test
    void anInvalidCourseKey() {
        long user = SampleClient.newUserId();

        JsonObject problem = refused(
                user,
                SampleClient.enrollment(user, "course-v1:edX DemoX", "verified"),
                "urn:openedx-events-sample:problem:invalid-fields");

        assertThat(problem.getString("field")).isEqualTo("course_key");
        assertThat(problem.getString("reason"))
                .startsWith("OXE3001: Invalid CourseKey 'course-v1:edX DemoX': ")
                .contains("Expected course-v1:{org}+{course}+{run}");
        assertThat(problem.getJsonArray("errors")).hasSize(1);
    }

    @Test
    void everyBadFieldIsListedAndNoPersonalDataIsEchoed() {
        long user = SampleClient.newUserId();
        String body = "{\"user\": {\"id\": " + user + ", \"username\": \"secret_name\", \"email\": \"not-an-email\"},"
                + " \"course_key\": 42, \"mode\": \"audit\", \"courseKey\": \"x\"}";

        JsonObject problem = refused(user, body, "urn:openedx-events-sample:problem:invalid-fields");

        List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
        assertThat(fields).containsExactlyInAnyOrder("courseKey", "user.email", "course_key");
        assertThat(problem.toString()).doesNotContain("secret_name").doesNotContain("not-an-email");
    }

    /** Posts a bad enrollment and checks the problem document and that nothing was sent or stored. */
    private JsonObject refused(long user, String body, String type) {
        SampleClient client = new SampleClient(base);
        int entriesBefore = client.events().size();

        HttpResponse<String> response = client.post("enrollments", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonObject problem = SampleClient.parse(response.body());
        assertThat(problem.getString("type")).isEqualTo(type);
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("instance")).isEqualTo("/sample/api/enrollments");
        assertThat(problem.getString("field")).isNotBlank();
        assertThat(problem.getString("reason")).isNotBlank();
        assertThat(client.events()).as("observer log after a refused request").hasSize(entriesBefore);
        assertThat(client.preferences(user))
                .as("preferences after a refused request")
                .isEmpty();
        return problem;
    }
}
