package org.openedx.events.sample.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.openedx.events.learning.data.CourseEnrollmentData;

class EnrollmentRequestTest {

    private static final String VALID = "{\"user\": {\"id\": 42, \"username\": \"edx_learner\", \"email\": "
            + "\"learner@example.com\", \"name\": \"Learner\"}, \"course_key\": \"course-v1:edX+DemoX+Demo_Course\","
            + " \"mode\": \"verified\"}";

    @Test
    void theIssuesExampleBecomesAnActiveEnrollment() {
        EnrollmentRequest request = EnrollmentRequest.parse(VALID);
        OffsetDateTime now = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 6_000, ZoneOffset.UTC);

        CourseEnrollmentData enrollment = request.toEnrollment(now);

        assertThat(enrollment.user().id()).isEqualTo(42);
        assertThat(enrollment.user().isActive()).isTrue();
        assertThat(enrollment.user().pii().username()).isEqualTo("edx_learner");
        assertThat(enrollment.user().pii().email()).isEqualTo("learner@example.com");
        assertThat(enrollment.user().pii().name()).isEqualTo("Learner");
        assertThat(enrollment.course().courseKey()).hasToString("course-v1:edX+DemoX+Demo_Course");
        assertThat(enrollment.mode()).isEqualTo("verified");
        assertThat(enrollment.isActive()).isTrue();
        assertThat(enrollment.creationDate()).isEqualTo(now);
        assertThat(enrollment.createdBy()).isNull();
    }

    @Test
    void nameAndActiveFlagAreOptional() {
        EnrollmentRequest request = EnrollmentRequest.parse(
                "{\"user\": {\"id\": 7, \"username\": \"u\", \"email\":"
                        + " \"u@example.com\", \"is_active\": false}, \"course_key\": \"edX/DemoX/2024\", \"mode\": \"audit\"}");

        assertThat(request.user().pii().name()).isEmpty();
        assertThat(request.user().isActive()).isFalse();
        // The deprecated form is accepted and keeps its canonical text.
        assertThat(request.courseKey()).hasToString("edX/DemoX/2024");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "``|the request body is empty; expected a JSON object",
                "`   `|the request body is empty; expected a JSON object",
                "{|the request body is not valid JSON: it ends after line 1, column 1, where a field name (a string in "
                        + "double quotes) or '}' was expected",
                "{\"user\": }|the request body is not valid JSON at line 1, column 10: expected a value (an object, "
                        + "array, string, number, true, false or null), found '}'",
                "not json|the request body is not valid JSON at line 1, column 1: expected a JSON object, found 'n'",
                "{\"a\": 1} trailing|the request body is not valid JSON at line 1, column 10: expected the end of the "
                        + "body after the JSON value, found 't'"
            })
    void textThatIsNotJsonIsMalformedWithThePositionAndWhatWasExpected(String body, String reason) {
        InvalidRequestException e = refuse(body);

        assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.MALFORMED_JSON);
        assertThat(e.problems()).containsExactly(new FieldProblem(FieldProblem.BODY, reason));
    }

    @Test
    void theLocationOfASyntaxErrorIsGiven() {
        assertThat(refuse("{\"mode\": \"audit\",\n \"user\" 1}")
                        .problems()
                        .get(0)
                        .reason())
                .isEqualTo("the request body is not valid JSON at line 2, column 9: expected ':' after the field name "
                        + "'user', found '1'");
    }

    @Test
    void aMissingCommaIsReportedWhereItIsMissing() {
        String body = VALID.replace(
                "\"course_key\": \"course-v1:edX+DemoX+Demo_Course\",",
                "\"course_key\": " + "\"course-v1:edX+DemoX+Demo_Course\"");
        int column = body.indexOf("\"mode\"") + 1;

        assertThat(refuse(body).problems())
                .containsExactly(new FieldProblem(
                        FieldProblem.BODY,
                        "the request body is not valid JSON at line 1, column " + column + ": expected ',' or '}' "
                                + "after the value of 'course_key', found '\"'"));
    }

    @Test
    void aTruncatedBodyIsReportedAtItsLastCharacterNotPastIt() {
        String body = VALID.substring(0, VALID.length() - 1);

        assertThat(refuse(body).problems().get(0).reason())
                .isEqualTo("the request body is not valid JSON: it ends after line 1, column " + body.length()
                        + ", where ',' or '}' after the value of 'mode' was expected");
    }

    @Test
    void aRepeatedFieldIsRefusedByName() {
        String body = VALID.replace("\"mode\": \"verified\"", "\"mode\": \"verified\", \"mode\": \"audit\"");

        InvalidRequestException e = refuse(body);

        assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.INVALID_FIELDS);
        assertThat(e.problems())
                .containsExactly(new FieldProblem(
                        "mode",
                        "appears twice in its object (the second time at line 1, column "
                                + (body.lastIndexOf("\"mode\"") + 1) + "); a field may appear only once"));
    }

    @Test
    void aRepeatedNestedFieldIsNamedWithItsPath() {
        String body = VALID.replace("\"name\": \"Learner\"", "\"name\": \"Learner\", \"email\": \"x@example.com\"");

        assertThat(refuse(body).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("user.email"))
                .satisfies(p -> assertThat(p.reason()).startsWith("appears twice in its object"));
    }

    @Test
    void aBodyNestedAHundredThousandLevelsIsRefusedAtTheLimitQuickly() {
        long start = System.nanoTime();

        InvalidRequestException e = refuse("{\"user\": " + "[".repeat(100_000));

        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(1_000_000_000L);
        assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.MALFORMED_JSON);
        assertThat(e.problems())
                .containsExactly(new FieldProblem(
                        FieldProblem.BODY,
                        "the request body is not valid JSON at line 1, column " + (9 + StrictJsonReader.MAX_DEPTH)
                                + ": objects and arrays nest deeper than 16 levels, the most this API reads (its "
                                + "requests nest two)"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "username|150|user.username",
                "email|254|user.email",
                "name|255|user.name",
            })
    void personalFieldsHaveOpenEdxsLengthLimitsAndAreNotEchoed(String field, int limit, String path) {
        String value = field.equals("email") ? "x".repeat(limit - 11) + "@example.com" : "x".repeat(limit + 1);
        String body = VALID.replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": \"" + value + "\"");

        InvalidRequestException e = refuse(body);

        assertThat(e.problems())
                .containsExactly(
                        new FieldProblem(path, "must be at most " + limit + " characters, was " + (limit + 1)));
        assertThat(e.getMessage()).doesNotContain("xxxxxxxxxx");
    }

    @Test
    void theLimitsAreExactAndCountCharactersNotUtf16Units() {
        String emoji = new String(Character.toChars(0x1F393)); // two UTF-16 units, one character
        String body = VALID.replace("\"edx_learner\"", "\"" + emoji.repeat(Users.MAX_USERNAME_LENGTH) + "\"")
                .replace("\"Learner\"", "\"" + "n".repeat(Users.MAX_NAME_LENGTH) + "\"")
                .replace("course-v1:edX+DemoX+Demo_Course", "course-v1:edX+DemoX+" + "r".repeat(235));

        EnrollmentRequest request = EnrollmentRequest.parse(body);

        assertThat(request.user().pii().username()).hasSize(2 * Users.MAX_USERNAME_LENGTH);
        assertThat(request.courseKey().toString()).hasSize(EnrollmentRequest.MAX_COURSE_KEY_LENGTH);
    }

    @Test
    void aTooLongCourseKeyIsRefusedBeforeItIsParsed() {
        String key = "course-v1:edX+DemoX+" + "r".repeat(236);

        assertThat(refuse(VALID.replace("course-v1:edX+DemoX+Demo_Course", key)).problems())
                .containsExactly(new FieldProblem("course_key", "must be at most 255 characters, was 256"));
    }

    @Test
    void aHugeUnknownFieldNameIsCutInTheReason() {
        String name = "n".repeat(10_000);

        InvalidRequestException e = refuse(VALID.replace("\"mode\"", "\"" + name + "\": 1, \"mode\""));

        assertThat(e.problems())
                .containsExactly(new FieldProblem(
                        "n".repeat(StrictJsonReader.ECHO_LIMIT) + "… (10000 characters)",
                        "is not a known field; allowed: [course_key, mode, user]"));
    }

    @Test
    void aBodyWithThousandsOfProblemsGetsABoundedAnswer() {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 5_000; i++) {
            body.append("\"f").append(i).append("\": 1, ");
        }
        body.append("\"mode\": \"audit\"}");

        InvalidRequestException e = refuse(body.toString());

        assertThat(e.problems()).hasSize(InvalidRequestException.MAX_PROBLEMS);
        assertThat(e.total()).isEqualTo(5_002); // the unknown fields, user and course_key
        assertThat(e.getMessage()).endsWith("; and 4982 more problem(s)").hasSizeLessThan(3_000);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"[]|an array", "42|a number", "\"text\"|a string", "null|null"})
    void jsonThatIsNotAnObjectIsRefused(String body, String described) {
        InvalidRequestException e = refuse(body);

        assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.INVALID_FIELDS);
        assertThat(e.problems()).containsExactly(new FieldProblem("body", "must be a JSON object, was " + described));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"user|is required: a JSON object", "course_key|is required: a string", "mode|is required: a string"
            })
    void aMissingTopLevelFieldIsNamed(String field, String reason) {
        String body = VALID.replace("\"" + field + "\"", "\"ignored_" + field + "\"");

        InvalidRequestException e = refuse(body);

        assertThat(e.problems()).contains(new FieldProblem(field, reason));
        assertThat(e.problems())
                .contains(new FieldProblem(
                        "ignored_" + field, "is not a known field; allowed: [course_key, mode, user]"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"id\": 42|\"id\": 0|user.id|must be at least 1, was 0",
                "\"id\": 42|\"id\": 4.5|user.id|must be a whole number from 1 to 9223372036854775807, was 4.5",
                "\"id\": 42|\"id\": \"42\"|user.id|must be a whole number, was a string",
                "\"username\": \"edx_learner\"|\"username\": \" \"|user.username|must not be blank",
                "\"email\": \"learner@example.com\"|\"email\": \"learner\"|user.email|must be an e-mail address such as name@example.com",
                "\"name\": \"Learner\"|\"name\": 3|user.name|must be a string, was a number",
                "\"mode\": \"verified\"|\"mode\": null|mode|is required: a string",
                "\"mode\": \"verified\"|\"mode\": true|mode|must be a string, was a boolean"
            })
    void aBadFieldIsNamedWithItsReason(String good, String bad, String field, String reason) {
        InvalidRequestException e = refuse(VALID.replace(good, bad));

        assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.INVALID_FIELDS);
        assertThat(e.problems()).containsExactly(new FieldProblem(field, reason));
        assertThat(e.getMessage()).isEqualTo(field + ": " + reason);
    }

    @Test
    void anInvalidCourseKeyGivesTheKeyParsersReason() {
        InvalidRequestException e = refuse(VALID.replace("course-v1:edX+DemoX+Demo_Course", "course-v1:edX DemoX"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("course_key");
            assertThat(p.reason()).startsWith("OXE3001: Invalid CourseKey 'course-v1:edX DemoX': ");
        });
    }

    @Test
    void aLibraryKeyIsNotACourse() {
        InvalidRequestException e = refuse(VALID.replace("course-v1:edX+DemoX+Demo_Course", "library-v1:edX+Lib"));

        assertThat(e.problems())
                .containsExactly(
                        new FieldProblem("course_key", "names a content library ('library-v1:edX+Lib'), not a course"));
    }

    @Test
    void aTooLongModeIsRefusedWithTheLimit() {
        String mode = "m".repeat(EnrollmentRequest.MAX_MODE_LENGTH + 1);

        assertThat(refuse(VALID.replace("verified", mode)).problems())
                .containsExactly(new FieldProblem("mode", "must be at most 100 characters, was 101"));
    }

    @Test
    void everyProblemIsReportedAtOnceWithoutEchoingPersonalData() {
        InvalidRequestException e = refuse("{\"user\": {\"id\": -1, \"username\": \"secret_name\", \"email\": "
                + "\"secret-mail\", \"nick\": \"x\"}, \"course_key\": 5}");

        assertThat(e.problems())
                .containsExactly(
                        new FieldProblem(
                                "user.nick", "is not a known field; allowed: [email, id, is_active, name, username]"),
                        new FieldProblem("user.id", "must be at least 1, was -1"),
                        new FieldProblem("user.email", "must be an e-mail address such as name@example.com"),
                        new FieldProblem("course_key", "must be a string, was a number"),
                        new FieldProblem("mode", "is required: a string"));
        assertThat(e.getMessage()).doesNotContain("secret");
    }

    private static InvalidRequestException refuse(String body) {
        InvalidRequestException e =
                catchThrowableOfType(InvalidRequestException.class, () -> EnrollmentRequest.parse(body));
        assertThat(e).as("parsing %s", body).isNotNull();
        return e;
    }
}
