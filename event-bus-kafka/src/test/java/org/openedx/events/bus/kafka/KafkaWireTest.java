package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/**
 * What upstream's event-bus-kafka puts on the wire besides the Avro body: the Confluent frame, the key and its
 * subject, the ten headers, and librdkafka's partitioner.
 */
class KafkaWireTest {

    private static final EventsMetadata METADATA = new EventsMetadata(
            "org.openedx.learning.auth.session.login.completed.v1",
            UUID.fromString("8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"),
            0,
            "openedx/lms/web",
            "lms-1",
            OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC),
            List.of(11, 2, 0));

    @Test
    void theConfluentFrameIsMagicZeroThenTheBigEndianSchemaIdThenTheBody() {
        byte[] framed = ConfluentFraming.frame(258, new byte[] {7, 8});
        assertThat(HexFormat.of().formatHex(framed)).isEqualTo("00000001020708");
        ConfluentFraming.Framed read = ConfluentFraming.parse(framed);
        assertThat(read.schemaId()).isEqualTo(258);
        assertThat(read.body()).containsExactly(7, 8);
        assertThatThrownBy(() -> ConfluentFraming.parse(new byte[] {0, 0, 0}))
                .hasMessage("has 3 bytes, fewer than the 5 of the Confluent wire format's header (magic byte 0, then "
                        + "a 4-byte schema id)");
        assertThatThrownBy(() -> ConfluentFraming.parse(new byte[] {1, 0, 0, 0, 1}))
                .hasMessage("starts with the byte 0x01, not the magic byte 0 of the Confluent wire format");
    }

    @Test
    void keysPartitionAsLibrdkafkasConsistentRandomDoes() {
        // zlib's CRC-32 of "123456789" is 0xCBF43926 (its check value)
        byte[] key = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Crc32Partitioner.partitionOf(key, 1)).isZero();
        assertThat(Crc32Partitioner.partitionOf(key, 7)).isEqualTo((int) (0xCBF43926L % 7));
        assertThat(Crc32Partitioner.partitionOf(key, 10)).isEqualTo((int) (0xCBF43926L % 10));
        assertThat(Crc32Partitioner.partitionOf(new byte[0], 3)).isEqualTo(-1);
        assertThat(Crc32Partitioner.partitionOf(null, 3)).isEqualTo(-1);
    }

    @Test
    void theKeyFollowsEventKeyFieldAndIsRegisteredUnderItsPrimitiveType() {
        EventKeys.KeySpec username = EventKeys.of(LearningSignals.SESSION_LOGIN_COMPLETED, "user.pii.username");
        assertThat(username.avroType()).isEqualTo("string");
        assertThat(username.schema()).isEqualTo("{\"name\": \"username\", \"type\": \"string\"}");
        assertThat(username.subject("dev-user-login")).isEqualTo("dev-user-login-string");
        UserData user = new UserData(42, true, new UserPersonalData("edx", "e@example.com", "Ed"));
        assertThat(EventKeys.encode(username, user)).containsExactly(6, 'e', 'd', 'x');

        EventKeys.KeySpec id = EventKeys.of(LearningSignals.SESSION_LOGIN_COMPLETED, "user.id");
        assertThat(id.subject("dev-user-login")).isEqualTo("dev-user-login-long");
        assertThat(EventKeys.encode(id, user)).containsExactly(84); // zig-zag 42

        EventKeys.KeySpec course =
                EventKeys.of(LearningSignals.COURSE_ENROLLMENT_CREATED, "enrollment.course.course_key");
        CourseEnrollmentData enrollment = new CourseEnrollmentData(
                user,
                new CourseData(CourseKey.parse("course-v1:edX+DemoX+2024")),
                "audit",
                true,
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
        assertThat(new String(EventKeys.encode(course, enrollment), 1, 24, StandardCharsets.UTF_8))
                .isEqualTo("course-v1:edX+DemoX+2024");
    }

    @Test
    void aKeyFieldThatCannotBeAKeyIsRefusedWithTheReason() {
        assertThatThrownBy(() -> EventKeys.of(LearningSignals.SESSION_LOGIN_COMPLETED, "student.id"))
                .isInstanceOf(OpenEdxEventException.class)
                .hasMessageStartingWith("OXE7202: event_key_field 'student.id' of "
                        + "org.openedx.learning.auth.session.login.completed.v1 cannot be the Kafka message key: it "
                        + "must start with the data key 'user'");
        assertThatThrownBy(() -> EventKeys.of(LearningSignals.SESSION_LOGIN_COMPLETED, "user.pii.nickname"))
                .hasMessageContaining(
                        "UserPersonalData has no field 'nickname'; its fields are [username, email, " + "name]");
        assertThatThrownBy(() -> EventKeys.of(LearningSignals.SESSION_LOGIN_COMPLETED, "user.pii"))
                .hasMessageContaining(
                        "it leads to org.openedx.events.learning.data.UserPersonalData, not a " + "primitive value");
        assertThatThrownBy(() -> EventKeys.of(LearningSignals.COURSE_ENROLLMENT_CREATED, "enrollment.created_by.id"))
                .hasMessageContaining("'created_by' may be null");
    }

    @Test
    void theTenHeadersAreUpstreamsInUpstreamsOrderAndReadBack() {
        List<Header> headers = CloudEventHeaders.of(METADATA);
        assertThat(headers)
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
        assertThat(headers)
                .extracting(h -> new String(h.value(), StandardCharsets.UTF_8))
                .containsExactly(
                        "1.0",
                        "application/avro",
                        "application/avro",
                        "org.openedx.learning.auth.session.login.completed.v1",
                        "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e",
                        "openedx/lms/web",
                        "2024-01-02T03:04:05.123456+00:00",
                        "0",
                        "lms-1",
                        "11.2.0");
        CloudEventHeaders.Read read = CloudEventHeaders.read(new RecordHeaders(headers), s -> null);
        assertThat(read.signal()).isEqualTo(LearningSignals.SESSION_LOGIN_COMPLETED);
        assertThat(read.metadata()).isEqualTo(METADATA);
        assertThat(read.missing()).isEmpty();
    }

    @Test
    void missingOptionalHeadersTakeDefaultsAndAreReported() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(header("ce_type", METADATA.eventType()));
        headers.add(header("ce_id", METADATA.id().toString()));
        EventsMetadata fresh = new EventsMetadata(
                METADATA.eventType(), UUID.randomUUID(), 0, "openedx/x/web", "h", METADATA.time(), List.of(0, 1, 0));
        CloudEventHeaders.Read read = CloudEventHeaders.read(headers, s -> fresh);
        assertThat(read.metadata().id()).isEqualTo(METADATA.id());
        assertThat(read.metadata().source()).isEqualTo("openedx/x/web");
        assertThat(read.missing())
                .containsExactly("ce_source", "ce_time", "ce_minorversion", "sourcehost", "sourcelib");
    }

    @Test
    void unusableHeadersAreRefusedNamingTheHeader() {
        RecordHeaders noType = new RecordHeaders(CloudEventHeaders.of(METADATA));
        noType.remove("ce_type");
        assertThatThrownBy(() -> CloudEventHeaders.read(noType, s -> METADATA))
                .hasMessage("the header 'ce_type' is missing; it names the event type");
        RecordHeaders twoTypes = new RecordHeaders(CloudEventHeaders.of(METADATA));
        twoTypes.add(header("ce_type", METADATA.eventType()));
        assertThatThrownBy(() -> CloudEventHeaders.read(twoTypes, s -> METADATA))
                .hasMessage("the header 'ce_type' appears more than once; each header may appear once");
        RecordHeaders noId = new RecordHeaders(CloudEventHeaders.of(METADATA));
        noId.remove("ce_id");
        assertThatThrownBy(() -> CloudEventHeaders.read(noId, s -> METADATA))
                .hasMessage("the header 'ce_id' is missing; it carries the event id");
        RecordHeaders badId = new RecordHeaders(CloudEventHeaders.of(METADATA));
        badId.remove("ce_id");
        badId.add(header("ce_id", "1-1-1-1-1"));
        assertThatThrownBy(() -> CloudEventHeaders.read(badId, s -> METADATA))
                .hasMessageStartingWith("'ce_id' is '1-1-1-1-1', which is not a UUID");
        RecordHeaders unknown = new RecordHeaders(CloudEventHeaders.of(METADATA));
        unknown.remove("ce_type");
        unknown.add(header("ce_type", "org.openedx.learning.auth.session.login.complete.v1"));
        assertThatThrownBy(() -> CloudEventHeaders.read(unknown, s -> METADATA))
                .hasMessageContaining("which is not a known Open edX event type. Closest known types: "
                        + "[org.openedx.learning.auth.session.login.completed.v1");
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
