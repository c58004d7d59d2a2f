package org.openedx.events.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
        assertThat(problem.getString("reason"))
                .isEqualTo("the request body is not valid JSON: it ends after line 1, column " + truncated.length()
                        + ", where ',' or '}' after the value of 'mode' was expected");
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

    @Test
    void jsonNestedAHundredThousandLevelsIsRefusedAndLoggedInOneLine() throws Exception {
        long user = SampleClient.newUserId();
        String deep = "{\"user\": " + "[".repeat(100_000);

        JsonObject problem = refused(user, deep, "urn:openedx-events-sample:problem:malformed-json");

        assertThat(problem.getString("reason"))
                .isEqualTo("the request body is not valid JSON at line 1, column 25: objects and arrays nest deeper "
                        + "than 16 levels, the most this API reads (its requests nest two)");
        List<ServerLog.Entry> logged = ServerLog.entriesSinceMark().stream()
                .filter(entry -> entry.contains("nest deeper than 16 levels"))
                .toList();
        assertThat(logged).singleElement().satisfies(entry -> {
            // One line of message (Payara's log format wraps each record in lines of its own), no trace.
            assertThat(entry.text().lines().filter(line -> line.contains("Refused POST")))
                    .as("the message on one line")
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("Refused POST /sample/api/enrollments: 400 "
                            + "urn:openedx-events-sample:problem:malformed-json: body: ")
                    .contains("nest deeper than 16 levels");
            assertThat(entry.text()).as("no stack trace").doesNotContain("\tat ", "Exception");
        });
        assertThat(logged.get(0).isWarningOrError()).isFalse();
    }

    @Test
    void aMissingCommaIsReportedWhereItIsMissing() {
        long user = SampleClient.newUserId();
        String body = SampleClient.enrollment(user, COURSE, "verified").replace(", \"mode\"", " \"mode\"");

        JsonObject problem = refused(user, body, "urn:openedx-events-sample:problem:malformed-json");

        assertThat(problem.getString("reason"))
                .isEqualTo("the request body is not valid JSON at line 1, column " + (body.indexOf("\"mode\"") + 1)
                        + ": expected ',' or '}' after the value of 'course_key', found '\"'");
    }

    @Test
    void aRepeatedFieldIsRefusedByName() {
        long user = SampleClient.newUserId();
        String body = SampleClient.enrollment(user, COURSE, "verified").replaceFirst("}$", ", \"mode\": \"audit\"}");

        JsonObject problem = refused(user, body, "urn:openedx-events-sample:problem:invalid-fields");

        assertThat(problem.getString("field")).isEqualTo("mode");
        assertThat(problem.getString("reason")).startsWith("appears twice in its object (the second time at line 1, ");
    }

    @Test
    void aTooLongNameIsRefusedWithTheLimitAndWithoutTheName() {
        long user = SampleClient.newUserId();
        String body = SampleClient.enrollment(user, COURSE, "verified")
                .replace("\"Learner " + user + "\"", "\"" + "N".repeat(256) + "\"");

        JsonObject problem = refused(user, body, "urn:openedx-events-sample:problem:invalid-fields");

        assertThat(problem.getString("field")).isEqualTo("user.name");
        assertThat(problem.getString("reason")).isEqualTo("must be at most 255 characters, was 256");
        assertThat(problem.toString()).doesNotContain("NNNNNNNNNN");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() {
        long user = SampleClient.newUserId();
        String padded = SampleClient.enrollment(user, COURSE, "verified") + " ".repeat(1024 * 1024);
        SampleClient client = new SampleClient(base);

        HttpResponse<String> declared =
                client.request("POST", "enrollments", "application/json", HttpRequest.BodyPublishers.ofString(padded));
        HttpResponse<String> chunked = client.request(
                "POST",
                "enrollments",
                "application/json",
                HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8))));

        JsonObject first = problem(declared, 413, "urn:openedx-events-sample:problem:body-too-large");
        assertThat(first.getString("reason"))
                .isEqualTo("has " + padded.length() + " bytes; this API accepts at most 1048576 bytes (1 MiB)");
        JsonObject second = problem(chunked, 413, "urn:openedx-events-sample:problem:body-too-large");
        assertThat(second.getString("reason"))
                .isEqualTo("has more than 1048576 bytes; this API accepts at most 1048576 bytes (1 MiB)");
        assertThat(client.preferences(user)).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonByItsContentTypeIsRefusedWith415() {
        long user = SampleClient.newUserId();
        SampleClient client = new SampleClient(base);

        HttpResponse<String> response = client.request(
                "POST",
                "enrollments",
                "text/plain",
                HttpRequest.BodyPublishers.ofString(SampleClient.enrollment(user, COURSE, "verified")));

        JsonObject problem = problem(response, 415, "urn:openedx-events-sample:problem:unsupported-media-type");
        assertThat(problem.getString("field")).isEqualTo("Content-Type");
        assertThat(problem.getString("reason")).isEqualTo("is 'text/plain'; this endpoint accepts application/json");
        assertThat(client.preferences(user)).isEmpty();
    }

    @Test
    void aBadQueryParameterIsNamed() {
        HttpResponse<String> response = new SampleClient(base)
                .request("GET", "preferences?user_id=abc", null, HttpRequest.BodyPublishers.noBody());

        JsonObject problem = problem(response, 400, "urn:openedx-events-sample:problem:invalid-query-parameter");
        assertThat(problem.getString("title")).isEqualTo("Invalid query parameter");
        assertThat(problem.getString("field")).isEqualTo("user_id");
        assertThat(problem.getString("reason"))
                .isEqualTo("must be a whole number from 1 to 9223372036854775807, was 'abc'");
        assertThat(problem.getString("instance")).isEqualTo("/sample/api/preferences");
    }

    @Test
    void anUnknownPathAndAWrongMethodGetProblemDocumentsToo() {
        SampleClient client = new SampleClient(base);

        HttpResponse<String> notFound =
                client.request("GET", "nothing-here", null, HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> notAllowed =
                client.request("GET", "enrollments", null, HttpRequest.BodyPublishers.noBody());

        assertThat(problem(notFound, 404, "about:blank").getString("detail"))
                .startsWith("No resource of this API is at /sample/api/nothing-here; its resources are ");
        assertThat(problem(notAllowed, 405, "about:blank").getString("detail"))
                .startsWith("GET is not allowed on /sample/api/enrollments; allowed: ")
                .contains("POST");
        assertThat(notAllowed.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    /** Checks the status, the media type and the standard members of a problem document, and returns it. */
    private static JsonObject problem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonObject problem = SampleClient.parse(response.body());
        assertThat(problem.getString("type")).isEqualTo(type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getString("instance")).startsWith("/sample/api/");
        return problem;
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
