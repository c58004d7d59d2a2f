package org.openedx.events.sample.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import org.openedx.events.sample.request.FieldProblem;
import org.openedx.events.sample.request.InvalidRequestException;
import org.openedx.events.sample.request.RequestBody;

/** The problem documents, without a container: type, title and status per kind, and the culprits. */
class ProblemsTest {

    private static final String INSTANCE = "/sample/api/enrollments";

    @Test
    void eachKindHasItsTypeTitleAndStatus() {
        assertThat(members(InvalidRequestException.Kind.MALFORMED_JSON))
                .containsExactly("urn:openedx-events-sample:problem:malformed-json", "Malformed JSON", "400");
        assertThat(members(InvalidRequestException.Kind.INVALID_FIELDS))
                .containsExactly("urn:openedx-events-sample:problem:invalid-fields", "Invalid request fields", "400");
        assertThat(members(InvalidRequestException.Kind.INVALID_QUERY_PARAMETER))
                .containsExactly(
                        "urn:openedx-events-sample:problem:invalid-query-parameter", "Invalid query parameter", "400");
        assertThat(members(InvalidRequestException.Kind.BODY_TOO_LARGE))
                .containsExactly("urn:openedx-events-sample:problem:body-too-large", "Request body too large", "413");
    }

    @Test
    void aTooLargeBodyIsNamedWithTheLimit() {
        JsonObject document = Problems.document(RequestBody.tooLarge("2097152"), INSTANCE);

        assertThat(document.toString())
                .isEqualTo(
                        "{\"type\":\"urn:openedx-events-sample:problem:body-too-large\",\"title\":\"Request body too "
                                + "large\",\"status\":413,\"detail\":\"body: has 2097152 bytes; this API accepts at most "
                                + "1048576 bytes (1 MiB)\",\"instance\":\"/sample/api/enrollments\",\"field\":\"body\","
                                + "\"reason\":\"has 2097152 bytes; this API accepts at most 1048576 bytes (1 MiB)\","
                                + "\"errors\":[{\"field\":\"body\",\"reason\":\"has 2097152 bytes; this API accepts at most "
                                + "1048576 bytes (1 MiB)\"}]}");
    }

    @Test
    void aWrongContentTypeNamesTheHeaderAndWhatIsAccepted() {
        JsonObject document = Problems.unsupportedMediaType("text/plain;charset=UTF-8", INSTANCE);

        assertThat(document.getString("type")).isEqualTo("urn:openedx-events-sample:problem:unsupported-media-type");
        assertThat(document.getInt("status")).isEqualTo(415);
        assertThat(document.getString("field")).isEqualTo("Content-Type");
        assertThat(document.getString("reason"))
                .isEqualTo("is 'text/plain;charset=UTF-8'; this endpoint accepts application/json");
        assertThat(Problems.unsupportedMediaType(null, INSTANCE).getString("reason"))
                .isEqualTo("is missing; this endpoint accepts application/json");
    }

    @Test
    void manyProblemsAreListedUpToTheLimitAndCountedInTheDetail() {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            problems.add(new FieldProblem("f" + i, "is not a known field"));
        }

        JsonObject document = Problems.document(
                new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELDS, problems), INSTANCE);

        assertThat(document.getJsonArray("errors")).hasSize(InvalidRequestException.MAX_PROBLEMS);
        assertThat(document.getString("detail")).endsWith("; and 5 more problem(s)");
    }

    @Test
    void logLinesCannotBeBrokenByTheRequest() {
        assertThat(RequestLog.printable("a\nb\u2028c\td")).isEqualTo("aU+000AbU+2028cU+0009d");
    }

    private static List<String> members(InvalidRequestException.Kind kind) {
        JsonObject document = Problems.document(
                new InvalidRequestException(kind, List.of(new FieldProblem("body", "is wrong"))), INSTANCE);
        assertThat(document.getString("instance")).isEqualTo(INSTANCE);
        assertThat(document.getString("field")).isEqualTo("body");
        assertThat(document.getString("reason")).isEqualTo("is wrong");
        return List.of(
                document.getString("type"), document.getString("title"), Integer.toString(document.getInt("status")));
    }
}
