package org.openedx.events.wire.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.analytics.AnalyticsSignals;
import org.openedx.events.authz.AuthzSignals;
import org.openedx.events.catalog.WireSamples;
import org.openedx.events.contentauthoring.ContentAuthoringSignals;
import org.openedx.events.contentauthoring.data.CertificateConfigData;
import org.openedx.events.enterprise.EnterpriseSignals;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

class CloudEventsJsonTest {

    private static CloudEventsJson cloudEvents;

    @BeforeAll
    static void create() {
        cloudEvents = new CloudEventsJson();
    }

    @AfterAll
    static void close() {
        cloudEvents.close();
    }

    static final OffsetDateTime TIME = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC);
    static final UUID ID = UUID.fromString("8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e");

    static EventsMetadata metadata(OpenEdxPublicSignal<?> signal) {
        return new EventsMetadata(signal.eventType(), ID, 0, "openedx/lms/web", "lms-1", TIME, List.of(11, 2, 0));
    }

    static Stream<OpenEdxPublicSignal<?>> signals() {
        return OpenEdxPublicSignal.allEvents().stream();
    }

    @Test
    void all75BuiltInSignalsAreCovered() {
        List<OpenEdxPublicSignal<?>> builtIn = Stream.of(
                        AnalyticsSignals.ALL,
                        AuthzSignals.ALL,
                        ContentAuthoringSignals.ALL,
                        EnterpriseSignals.ALL,
                        LearningSignals.ALL)
                .flatMap(List::stream)
                .toList();
        assertThat(builtIn).hasSize(75);
        assertThat(OpenEdxPublicSignal.allEvents()).containsAll(builtIn);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signals")
    void everyEventRoundTripsWithAllValuesSet(OpenEdxPublicSignal<?> signal) {
        roundTrip(signal, WireSamples.full(signal.dataType()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signals")
    void everyEventRoundTripsWithNullsAndFalsyValues(OpenEdxPublicSignal<?> signal) {
        roundTrip(signal, WireSamples.minimal(signal.dataType()));
    }

    @SuppressWarnings("unchecked")
    private static <T> void roundTrip(OpenEdxPublicSignal<T> signal, Object sample) {
        T data = (T) sample;
        String json = cloudEvents.write(metadata(signal), signal, data);

        CloudEventMessage<?> back = cloudEvents.read(json);

        assertThat(back.signal()).isEqualTo(signal);
        assertThat(back.metadata()).isEqualTo(metadata(signal));
        assertThat(back.data()).as(json).isEqualTo(data);
        assertThat(cloudEvents.read(json, signal).data()).isEqualTo(data);
        // the same JSON again (map members may come back in another order)
        assertThat(parse(cloudEvents.write(back))).isEqualTo(parse(json));
        JsonObject object = parse(json);
        assertThat(object.getJsonObject("data").keySet()).containsExactly(signal.dataKey());
    }

    @Test
    void writesStructuredCloudEvents() {
        var signal = LearningSignals.COURSE_ENROLLMENT_CREATED;
        UserData user = new UserData(7, true, new UserPersonalData("bob", "bob@example.com", "Bob"));
        var data = new CourseEnrollmentData(
                user,
                new CourseData(
                        CourseKey.parse("course-v1:edX+DemoX+2024"),
                        "Demo",
                        OffsetDateTime.of(2024, 9, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                        null),
                "audit",
                true,
                TIME,
                null);

        String json = cloudEvents.write(metadata(signal), signal, data);

        JsonObject event = parse(json);
        assertThat(event.keySet())
                .containsExactly(
                        "specversion",
                        "id",
                        "type",
                        "source",
                        "time",
                        "datacontenttype",
                        "minorversion",
                        "sourcehost",
                        "sourcelib",
                        "data");
        assertThat(event.getString("specversion")).isEqualTo("1.0");
        assertThat(event.getString("id")).isEqualTo("8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e");
        assertThat(event.getString("type")).isEqualTo("org.openedx.learning.course.enrollment.created.v1");
        assertThat(event.getString("source")).isEqualTo("openedx/lms/web");
        assertThat(event.getString("time")).isEqualTo("2024-01-02T03:04:05.123456+00:00");
        assertThat(event.getString("datacontenttype")).isEqualTo("application/json");
        assertThat(event.getInt("minorversion")).isZero();
        assertThat(event.getString("sourcehost")).isEqualTo("lms-1");
        assertThat(event.getJsonArray("sourcelib").toString()).isEqualTo("[11,2,0]");
        JsonObject enrollment = event.getJsonObject("data").getJsonObject("enrollment");
        assertThat(enrollment.keySet())
                .containsExactlyInAnyOrder("user", "course", "mode", "is_active", "creation_date", "created_by");
        assertThat(enrollment.getJsonObject("course").getString("course_key")).isEqualTo("course-v1:edX+DemoX+2024");
        assertThat(enrollment.getJsonObject("course").getString("start")).isEqualTo("2024-09-01T00:00:00+00:00");
        assertThat(enrollment.getJsonObject("course").isNull("end")).isTrue();
        assertThat(enrollment.getString("creation_date")).isEqualTo("2024-01-02T03:04:05.123456+00:00");
        assertThat(enrollment.isNull("created_by")).isTrue();
        assertThat(enrollment.getJsonObject("user").getJsonObject("pii").getString("username"))
                .isEqualTo("bob");
        assertThat(enrollment.getBoolean("is_active")).isTrue();
    }

    @Test
    void bytesAreBase64InTheUnserializableInAvroEvents() {
        var signal = ContentAuthoringSignals.COURSE_CERTIFICATE_CONFIG_CHANGED;
        var data = (CertificateConfigData) WireSamples.full(CertificateConfigData.class);

        String json = cloudEvents.write(metadata(signal), signal, data);

        assertThat(parse(json)
                        .getJsonObject("data")
                        .getJsonObject("certificate_config")
                        .getJsonArray("signatories")
                        .getJsonObject(0)
                        .getString("image"))
                .isEqualTo("AQID");
        assertThat(cloudEvents.read(json).data()).isEqualTo(data);
    }

    // --- reading: what upstream-shaped producers may send ------------------------------------------------------

    static final String MINIMAL = """
            {"specversion": "1.0", "id": "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e",
             "type": "org.openedx.learning.auth.session.login.completed.v1", "source": "openedx/lms/web",
             "time": "2024-01-02T03:04:05Z", "minorversion": "0", "sourcehost": "lms-1", "sourcelib": "11.2.0",
             "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
             "data": {"user": {"id": 1, "is_active": false, "pii": {"username": "u", "email": "e", "name": ""}}}}
            """;

    @Test
    void readsZTimesDottedSourcelibStringMinorVersionAndIgnoresOtherExtensions() {
        CloudEventMessage<?> event = cloudEvents.read(MINIMAL);

        assertThat(event.signal()).isEqualTo(LearningSignals.SESSION_LOGIN_COMPLETED);
        assertThat(event.metadata())
                .isEqualTo(new EventsMetadata(
                        LearningSignals.SESSION_LOGIN_COMPLETED.eventType(),
                        ID,
                        0,
                        "openedx/lms/web",
                        "lms-1",
                        OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
                        List.of(11, 2, 0)));
        assertThat(event.data()).isEqualTo(new UserData(1, false, new UserPersonalData("u", "e", "")));
    }

    @Test
    void naivePayloadDateTimesAreReadAsUtc() {
        var signal = LearningSignals.COURSE_ENROLLMENT_CREATED;
        String json = cloudEvents
                .write(metadata(signal), signal, (CourseEnrollmentData) WireSamples.full(CourseEnrollmentData.class))
                .replace(
                        "\"creation_date\":\"2024-01-02T03:04:05.123456+00:00\"",
                        "\"creation_date\":\"2024-01-02T03:04:05.123456\"");
        assertThat(json).contains("\"creation_date\":\"2024-01-02T03:04:05.123456\"");

        CourseEnrollmentData back =
                (CourseEnrollmentData) cloudEvents.read(json).data();

        assertThat(back.creationDate()).isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC));
    }

    // --- reading: rejections, each naming its path -------------------------------------------------------------

    private static String enrollmentJson() {
        var signal = LearningSignals.COURSE_ENROLLMENT_CREATED;
        return cloudEvents.write(
                metadata(signal), signal, (CourseEnrollmentData) WireSamples.full(CourseEnrollmentData.class));
    }

    private static void assertRejected(String json, String path, String message) {
        assertThatThrownBy(() -> cloudEvents.read(json))
                .isInstanceOfSatisfying(CloudEventFormatException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.code()).isEqualTo("OXE6101");
                })
                .hasMessageContaining("'" + path + "' " + message);
    }

    @Test
    void invalidKeysNameTheirPath() {
        String json = enrollmentJson()
                .replace("\"course_key\":\"course-v1:edX+DemoX.1+2014\"", "\"course_key\":\"course-v1:edX DemoX\"");

        assertThatThrownBy(() -> cloudEvents.read(json))
                .isInstanceOf(CloudEventFormatException.class)
                .hasMessageStartingWith("OXE6101: Cannot read CloudEvent JSON: 'data.enrollment.course.course_key' "
                        + "is 'course-v1:edX DemoX', which is not a valid CourseKey: OXE3001");
    }

    /** The JSON with the value at a JSON Pointer replaced (or added, or removed when the value is null). */
    private static String edit(String json, String pointer, JsonValue value) {
        JsonObject object = parse(json);
        var at = Json.createPointer(pointer);
        JsonStructure changed = value == null
                ? at.remove(object)
                : at.containsValue(object) ? at.replace(object, value) : at.add(object, value);
        return changed.toString();
    }

    @Test
    void wrongShapesNameTheirPath() {
        String json = enrollmentJson();
        assertRejected(
                edit(json, "/data/enrollment/user/is_active", Json.createValue("yes")),
                "data.enrollment.user.is_active",
                "is the string 'yes', but must be a boolean");
        assertRejected(
                edit(json, "/data/enrollment/mode", JsonValue.NULL),
                "data.enrollment.mode",
                "is null, but the field is required");
        assertRejected(
                edit(json, "/data/enrollment/mode", null),
                "data.enrollment.mode",
                "is missing, but the field is required");
        assertRejected(
                edit(json, "/data/enrollment/extra", Json.createValue(1)),
                "data.enrollment.extra",
                "is not a field of CourseEnrollmentData; its fields are [user, course, "
                        + "mode, is_active, creation_date, created_by]");
        assertRejected(
                edit(json, "/data/enrollment/user/id", Json.createValue(1.5)),
                "data.enrollment.user.id",
                "is the number 1.5, but must be an integer");
        assertRejected(
                edit(
                        json,
                        "/data/enrollment/user/id",
                        Json.createValue(new java.math.BigInteger("9223372036854775808"))),
                "data.enrollment.user.id",
                "is 9223372036854775808, which does not fit a 64-bit integer");
        assertRejected(
                edit(json, "/data/enrollment/creation_date", Json.createValue("yesterday")),
                "data.enrollment.creation_date",
                "is 'yesterday', which is not a date-time that Python's datetime.fromisoformat reads");
        assertRejected(
                edit(json, "/data/enrollment/user", Json.createArrayBuilder().build()),
                "data.enrollment.user",
                "is an array, but must be an object (UserData)");
        assertRejected(
                edit(json, "/data/enrollment/created_by/pii/email", Json.createValue(3)),
                "data.enrollment.created_by.pii.email",
                "is the number 3, but must be a string");
    }

    @Test
    void listsAndMapsNameIndexAndKey() {
        var signal = LearningSignals.FORUM_THREAD_CREATED;
        String json =
                cloudEvents.write(metadata(signal), signal, (org.openedx.events.learning.data.DiscussionThreadData)
                        WireSamples.full(org.openedx.events.learning.data.DiscussionThreadData.class));
        assertRejected(
                edit(json, "/data/thread/user_course_roles/1", Json.createValue(7)),
                "data.thread.user_course_roles[1]",
                "is the number 7, but must be a string");
        assertRejected(
                edit(json, "/data/thread/options/a-options", JsonValue.NULL),
                "data.thread.options[\"a-options\"]",
                "is null, but map values cannot be null");
        assertRejected(
                edit(
                        json,
                        "/data/thread/options",
                        Json.createArrayBuilder().add(true).build()),
                "data.thread.options",
                "is an array, but must be an object");
    }

    @Test
    void envelopeProblemsNameTheAttribute() {
        String json = enrollmentJson();
        assertRejected("[1]", "$", "is an array, but a CloudEvent is a JSON object");
        assertRejected("{\"specversion\":", "$", "is not valid JSON");
        assertRejected(
                json.replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\""),
                "specversion",
                "is '0.3', but only CloudEvents 1.0 is supported");
        assertRejected(
                json.replace("\"id\":\"8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e\"", "\"id\":\"42\""),
                "id",
                "is '42', which is not a UUID");
        assertRejected(
                edit(json, "/time", Json.createValue("2024-01-02T03:04:05.123456+02:00")),
                "time",
                "is '2024-01-02T03:04:05.123456+02:00', but Open edX event times are UTC");
        assertRejected(
                edit(json, "/time", Json.createValue("2024-01-02T03:04:05")),
                "time",
                "is '2024-01-02T03:04:05', which has no UTC offset");
        assertRejected(
                json.replace("\"application/json\"", "\"application/xml\""),
                "datacontenttype",
                "is 'application/xml', but Open edX event data must be application/json");
        assertRejected(
                json.replace("\"sourcelib\":[11,2,0]", "\"sourcelib\":[11,-2,0]"),
                "sourcelib[1]",
                "is the number -2, but library versions are lists of non-negative integers");
        assertRejected(
                json.replace("\"sourcehost\":\"lms-1\",", ""), "sourcehost", "is missing; the attribute is required");
        assertRejected(
                json.replace("\"minorversion\":0", "\"minorversion\":-1"),
                "minorversion",
                "is the number -1, but must be a non-negative integer");
        assertRejected(
                json.replace("{\"enrollment\":", "{\"enrolment\":").replaceFirst("}$", ",\"x\":1}"),
                "data.enrolment",
                "is not the data key of org.openedx.learning.course.enrollment.created.v1, which " + "is 'enrollment'");
        assertRejected(
                json.replaceFirst("\"data\":\\{.*}$", "\"data\":\"text\"}"),
                "data",
                "is the string 'text', but must be an object holding the payload under 'enrollment'");
        assertRejected(
                json.replaceFirst("\"data\":\\{.*}$", "\"data\":{\"enrollment\":null}}"),
                "data.enrollment",
                "is null; the payload is required");
        assertRejected(
                json.replace("\"datacontenttype\"", "\"data_base64\":\"AA==\",\"datacontenttype\""),
                "data_base64",
                "is present, but Open edX event data is JSON");
    }

    @Test
    void unknownTypesAreRejectedWithTheClosestKnownTypes() {
        String json = enrollmentJson().replace("course.enrollment.created.v1", "course.enrolment.created.v1");

        assertThatThrownBy(() -> cloudEvents.read(json))
                .isInstanceOfSatisfying(CloudEventFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo("OXE6102");
                    assertThat(e.path()).isEqualTo("type");
                })
                .hasMessageContaining("'type' is 'org.openedx.learning.course.enrolment.created.v1', which is not a "
                        + "known Open edX event type. Closest known types: "
                        + "[org.openedx.learning.course.enrollment.created.v1");
        assertThatThrownBy(() -> cloudEvents.read(enrollmentJson(), LearningSignals.COURSE_ENROLLMENT_CHANGED))
                .isInstanceOf(CloudEventFormatException.class)
                .hasMessageContaining("'type' is 'org.openedx.learning.course.enrollment.created.v1', but the expected "
                        + "event type is 'org.openedx.learning.course.enrollment.changed.v1'");
    }

    // --- writing: rejections ------------------------------------------------------------------------------------

    static final OpenEdxPublicSignal<Ratio> RATIO =
            OpenEdxPublicSignal.of("test.ratio.changed.v1", "ratio", Ratio.class);

    @Test
    void writingRejectsWhatJsonCannotCarryNamingThePath() {
        var meta = new EventsMetadata(RATIO.eventType(), ID, 0, "s", "h", TIME, List.of(0));
        assertThatThrownBy(() -> cloudEvents.write(meta, RATIO, new Ratio(Double.NaN, List.of(), null)))
                .isInstanceOfSatisfying(CloudEventFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo("OXE6103");
                    assertThat(e.path()).isEqualTo("data.ratio.value");
                })
                .hasMessage("OXE6103: Cannot write event test.ratio.changed.v1 as CloudEvent JSON: 'data.ratio.value' "
                        + "is NaN, which JSON cannot represent (only finite numbers)");
        assertThatThrownBy(() -> cloudEvents.write(meta, RATIO, new Ratio(1, null, null)))
                .isInstanceOf(CloudEventFormatException.class)
                .hasMessageContaining("'data.ratio.names' is null, but the field is required");
        assertThatThrownBy(() -> cloudEvents.write(meta, RATIO, new Ratio(1, java.util.Arrays.asList("a", null), null)))
                .isInstanceOf(CloudEventFormatException.class)
                .hasMessageContaining("'data.ratio.names[1]' is null, but list items cannot be null");
        assertThatThrownBy(() -> cloudEvents.write(
                        metadata(LearningSignals.COURSE_ENROLLMENT_CREATED), RATIO, new Ratio(1, List.of(), null)))
                .isInstanceOf(CloudEventFormatException.class)
                .hasMessageContaining(
                        "'type' would be 'org.openedx.learning.course.enrollment.created.v1' from the " + "metadata");
        assertThatThrownBy(() -> cloudEvents.write(meta, RATIO, null))
                .isInstanceOf(CloudEventFormatException.class)
                .hasMessageContaining("'data.ratio' is null; the payload is required");

        Ratio ok = new Ratio(0.5, List.of("x"), Map.of("k", 2L));
        assertThat(cloudEvents.read(cloudEvents.write(meta, RATIO, ok), RATIO).data())
                .isEqualTo(ok);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
