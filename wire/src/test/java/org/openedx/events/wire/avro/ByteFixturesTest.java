package org.openedx.events.wire.avro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/**
 * Hand-written byte fixtures, derived from the Avro specification (binary encoding), that pin each tricky case.
 *
 * <p>Reminders: a {@code long} is zig-zag encoded ({@code (n << 1) ^ (n >> 63)}: 0→0, -1→1, 1→2, -2→3, ...) then
 * written as a little-endian base-128 varint (7 bits per byte, high bit set on every byte but the last); a string or
 * bytes value is its byte count (a long) followed by the UTF-8 bytes; a boolean is one byte 0 or 1; a double is 8
 * bytes little-endian; a union is the branch index (a long) then the value; an array or map is a block count (a long),
 * the items (for maps: key string then value), and the count 0 that ends it.
 */
class ByteFixturesTest {

    // --- upstream's pinned bytes (test_serializer.py::test_serialize_event_data_to_bytes) -----------------------

    record SubTestData0(
            @JsonbProperty("sub_name") @NotNull String subName,
            @JsonbProperty("course_id") @NotNull String courseId) {}

    record SubTestData1(
            @JsonbProperty("sub_name") @NotNull String subName,
            @JsonbProperty("course_id") @NotNull String courseId) {}

    record EventData(
            @JsonbProperty("sub_name") @NotNull String subName,
            @JsonbProperty("course_id") @NotNull String courseId,
            @JsonbProperty("sub_test_0") @NotNull SubTestData0 subTest0,
            @JsonbProperty("sub_test_1") @NotNull SubTestData1 subTest1) {}

    static final OpenEdxPublicSignal<EventData> SIMPLE =
            OpenEdxPublicSignal.of("simple.signal", "test_data", EventData.class);

    @Test
    void upstreamsPinnedBytes() {
        EventData data = new EventData(
                "foo",
                "bar.course",
                new SubTestData0("a.sub.name", "a.nother.course"),
                new SubTestData1("b.uber.sub.name", "b.uber.another.course"));
        // b'\x06foo\x14bar.course\x14a.sub.name\x1ea.nother.course\x1eb.uber.sub.name*b.uber.another.course'
        byte[] expected = bytes(
                0x06,
                "foo",
                0x14,
                "bar.course",
                0x14,
                "a.sub.name",
                0x1e,
                "a.nother.course",
                0x1e,
                "b.uber.sub.name",
                '*',
                "b.uber.another.course");

        assertCodes(SIMPLE, data, expected);
        assertThat(AvroSchemas.schemaJson(SIMPLE)).isEqualTo("""
                {
                  "name": "CloudEvent",
                  "type": "record",
                  "doc": "Avro Event Format for CloudEvents created with openedx_events/schema",
                  "fields": [
                    {
                      "name": "test_data",
                      "type": {
                        "name": "EventData",
                        "type": "record",
                        "fields": [
                          {
                            "name": "sub_name",
                            "type": "string"
                          },
                          {
                            "name": "course_id",
                            "type": "string"
                          },
                          {
                            "name": "sub_test_0",
                            "type": {
                              "name": "SubTestData0",
                              "type": "record",
                              "fields": [
                                {
                                  "name": "sub_name",
                                  "type": "string"
                                },
                                {
                                  "name": "course_id",
                                  "type": "string"
                                }
                              ]
                            }
                          },
                          {
                            "name": "sub_test_1",
                            "type": {
                              "name": "SubTestData1",
                              "type": "record",
                              "fields": [
                                {
                                  "name": "sub_name",
                                  "type": "string"
                                },
                                {
                                  "name": "course_id",
                                  "type": "string"
                                }
                              ]
                            }
                          }
                        ]
                      }
                    }
                  ],
                  "namespace": "simple.signal"
                }""");
    }

    /** event-bus-redis test_message.py: user 123, active, foobob / bob@foo.example / Bob Foo. */
    @Test
    void eventBusRedisLoginFixture() {
        UserData user = new UserData(123, true, new UserPersonalData("foobob", "bob@foo.example", "Bob Foo"));
        // 123 → zig-zag 246 = 0xF6 0x01; true; then three strings of 6, 15, 7 bytes (zig-zag 12, 30, 14)
        byte[] expected = bytes(0xF6, 0x01, 0x01, 0x0C, "foobob", 0x1E, "bob@foo.example", 0x0E, "Bob Foo");

        assertCodes(LearningSignals.SESSION_LOGIN_COMPLETED, user, expected);
    }

    // --- maps ---------------------------------------------------------------------------------------------------

    record Labels(@NotNull Map<String, Long> labels) {}

    static final OpenEdxPublicSignal<Labels> LABELS = OpenEdxPublicSignal.of("test.labels", "labels", Labels.class);

    @Test
    void mapKeysAreWrittenInCodePointOrder() {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put("b", 1L);
        map.put("\uFFFD", 4L); // U+FFFD sorts before U+1F600 by code point (but after it in UTF-16 order)
        map.put("\uD83D\uDE00", 5L); // U+1F600 😀
        map.put("a", 2L);
        map.put("é", 3L);
        byte[] expected = bytes(
                0x0A, // block of 5 entries (zig-zag 10)
                0x02, "a", 0x04, // "a" → 2
                0x02, "b", 0x02, // "b" → 1
                0x04, 0xC3, 0xA9, 0x06, // "é" (2 bytes) → 3
                0x06, 0xEF, 0xBF, 0xBD, 0x08, // U+FFFD (3 bytes) → 4
                0x08, 0xF0, 0x9F, 0x98, 0x80, 0x0A, // U+1F600 (4 bytes) → 5
                0x00); // end of map

        assertCodes(LABELS, new Labels(map), expected);
        assertThat(decode(LABELS, expected).labels())
                .containsExactly(
                        Map.entry("a", 2L),
                        Map.entry("b", 1L),
                        Map.entry("é", 3L),
                        Map.entry("\uFFFD", 4L),
                        Map.entry("\uD83D\uDE00", 5L));
    }

    @Test
    void emptyMapIsOnlyTheEndMarker() {
        assertCodes(LABELS, new Labels(Map.of()), bytes(0x00));
    }

    @Test
    void negativeBlockCountsWithByteSizesAreRead() {
        // another writer may use a negative count followed by the block's byte size: -1 → 0x01, size 3 → 0x06
        byte[] blocked = bytes(0x01, 0x06, 0x02, "a", 0x04, 0x00);
        assertThat(decode(LABELS, blocked).labels()).containsExactly(Map.entry("a", 2L));
    }

    // --- unions -------------------------------------------------------------------------------------------------

    record Optionals(
            String text,
            Long number,
            Boolean flag,
            @JsonbProperty("when") OffsetDateTime when) {}

    static final OpenEdxPublicSignal<Optionals> OPTIONALS =
            OpenEdxPublicSignal.of("test.optionals", "optionals", Optionals.class);

    @Test
    void nullIsUnionBranchZeroAndAValueBranchOne() {
        assertCodes(OPTIONALS, new Optionals(null, null, null, null), bytes(0x00, 0x00, 0x00, 0x00));
        assertCodes(
                OPTIONALS,
                new Optionals("", 0L, false, null),
                bytes(
                        0x02, 0x00, // branch 1, empty string
                        0x02, 0x00, // branch 1, long 0
                        0x02, 0x00, // branch 1, false
                        0x00)); // null
        assertThat(AvroSchemas.schemaJson(OPTIONALS))
                .contains(
                        "\"name\": \"number\",\n            \"type\": [\n"
                                + "              \"null\",\n              \"long\"\n            ],\n            \"default\": null");
    }

    // --- date-times ---------------------------------------------------------------------------------------------

    record Times(@NotNull OffsetDateTime at) {}

    static final OpenEdxPublicSignal<Times> TIMES = OpenEdxPublicSignal.of("test.times", "times", Times.class);

    @Test
    void dateTimesArePythonIsoformat() {
        // 25 characters without microseconds (zig-zag 50 = 0x32), 32 with them (zig-zag 64 = 0x40)
        assertCodes(
                TIMES,
                new Times(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)),
                bytes(0x32, "2024-01-02T03:04:05+00:00"));
        assertCodes(
                TIMES,
                new Times(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 120_000, ZoneOffset.UTC)),
                bytes(0x40, "2024-01-02T03:04:05.000120+00:00"));
        assertCodes(
                TIMES,
                new Times(OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.ofHoursMinutes(-5, -30))),
                bytes(0x40, "1999-12-31T23:59:59.999999-05:30"));
    }

    @Test
    void naiveDateTimesAreReadAsUtcAndZIsAccepted() {
        // Python's isoformat() of a naive datetime: no offset (19 or 26 characters)
        assertThat(decode(TIMES, bytes(0x26, "2024-01-02T03:04:05")).at())
                .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
        assertThat(decode(TIMES, bytes(0x34, "2024-01-02T03:04:05.000007")).at())
                .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 7_000, ZoneOffset.UTC));
        assertThat(decode(TIMES, bytes(0x28, "2024-01-02T03:04:05Z")).at())
                .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
    }

    // --- strings ------------------------------------------------------------------------------------------------

    record Texts(@NotNull String text) {}

    static final OpenEdxPublicSignal<Texts> TEXTS = OpenEdxPublicSignal.of("test.texts", "texts", Texts.class);

    @Test
    void stringsAreUtf8WithTheirByteCount() {
        // "é" 2 bytes, "€" 3 bytes, "😀" 4 bytes: 9 UTF-8 bytes (zig-zag 18) for 4 UTF-16 chars
        assertCodes(
                TEXTS, new Texts("é€\uD83D\uDE00"), bytes(0x12, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80));
        assertCodes(TEXTS, new Texts(""), bytes(0x00));
        // a 64-byte string needs a two-byte length: zig-zag 128 = 0x80 0x01
        String text = "x".repeat(64);
        assertCodes(TEXTS, new Texts(text), bytes(0x80, 0x01, text));
    }

    // --- numbers ------------------------------------------------------------------------------------------------

    record Numbers(long big, int small, double ratio, boolean flag) {}

    static final OpenEdxPublicSignal<Numbers> NUMBERS =
            OpenEdxPublicSignal.of("test.numbers", "numbers", Numbers.class);

    @Test
    void longsUseZigZagVarintsOfOneToTenBytes() {
        assertCodes(NUMBERS, new Numbers(0, 0, 0.0, false), bytes(0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x00));
        assertCodes(NUMBERS, new Numbers(-1, 1, 1.5, true), bytes(0x01, 0x02, 0, 0, 0, 0, 0, 0, 0xF8, 0x3F, 0x01));
        assertCodes(NUMBERS, new Numbers(63, -64, -2.0, false), bytes(0x7E, 0x7F, 0, 0, 0, 0, 0, 0, 0, 0xC0, 0x00));
        assertCodes(
                NUMBERS,
                new Numbers(64, -65, 0.1, false),
                bytes(0x80, 0x01, 0x81, 0x01, 0x9A, 0x99, 0x99, 0x99, 0x99, 0x99, 0xB9, 0x3F, 0x00));
        // Python int is Avro long even in a Java int: Integer.MAX_VALUE → zig-zag 2^32-2, 5 bytes
        assertCodes(
                NUMBERS,
                new Numbers(Long.MAX_VALUE, Integer.MAX_VALUE, 0.0, false),
                bytes(
                        0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0xFE, 0xFF, 0xFF, 0xFF, 0x0F, 0, 0,
                        0, 0, 0, 0, 0, 0, 0x00));
        assertCodes(
                NUMBERS,
                new Numbers(Long.MIN_VALUE, Integer.MIN_VALUE, 0.0, false),
                bytes(
                        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0, 0,
                        0, 0, 0, 0, 0, 0, 0x00));
        assertThat(AvroSchemas.schemaJson(NUMBERS)).contains("\"name\": \"small\",\n            \"type\": \"long\"");
    }

    @Test
    void aLongThatDoesNotFitAnIntComponentIsAnError() {
        byte[] tooBig = bytes(0x00, 0x80, 0x80, 0x80, 0x80, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0x00); // small = 2^31
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decode(NUMBERS, tooBig))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'numbers.small' is 2147483648, which does not fit the Java int");
    }

    // --- nested records: reuse by name, lists of records -------------------------------------------------------

    record Point(long x, long y) {}

    record Shape(
            @NotNull Point origin,
            Point center,
            @NotNull List<Point> corners,
            @NotNull Map<String, Point> named) {}

    static final OpenEdxPublicSignal<Shape> SHAPES = OpenEdxPublicSignal.of("test.shapes", "shape", Shape.class);

    @Test
    void aRecordIsDefinedOnceThenNamedAndListsOfRecordsAreBlocks() {
        Shape shape = new Shape(
                new Point(1, 2), null, List.of(new Point(3, 4), new Point(-1, -2)), Map.of("p", new Point(5, 6)));
        byte[] expected = bytes(
                0x02, 0x04, // origin (1, 2)
                0x00, // center: null
                0x04, 0x06, 0x08, 0x01, 0x03, 0x00, // corners: 2 items (3, 4), (-1, -2), end
                0x02, 0x02, "p", 0x0A, 0x0C, 0x00); // named: 1 entry "p" → (5, 6), end

        assertCodes(SHAPES, shape, expected);
        String json = AvroSchemas.schemaJson(SHAPES);
        assertThat(json).containsOnlyOnce("\"name\": \"Point\"");
        assertThat(json).contains("\"null\",\n              \"Point\"");
        assertThat(json).contains("\"items\": \"Point\"").contains("\"values\": \"Point\"");
        assertThat(AvroSchemas.schemaFor(SHAPES)
                        .getField("shape")
                        .schema()
                        .getField("corners")
                        .schema()
                        .getElementType()
                        .getFullName())
                .isEqualTo("test.shapes.Point");
    }

    @Test
    void enrollmentWithTheUserReusedForCreatedBy() {
        UserData user = new UserData(1, false, new UserPersonalData("u", "e", ""));
        CourseEnrollmentData data = new CourseEnrollmentData(
                user,
                new CourseData(
                        CourseKey.parse("course-v1:a+b+c"),
                        "",
                        null,
                        OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
                "audit",
                true,
                OffsetDateTime.of(2024, 2, 3, 4, 5, 6, 700_000_000, ZoneOffset.UTC),
                user);
        byte[] userBytes = bytes(0x02, 0x00, 0x02, "u", 0x02, "e", 0x00);
        byte[] expected = bytes(
                userBytes, // user
                0x1E,
                "course-v1:a+b+c", // course.course_key (15 bytes)
                0x00, // course.display_name ""
                0x00, // course.start: null
                0x02,
                0x32,
                "2025-01-01T00:00:00+00:00", // course.end: branch 1, 25 characters
                0x0A,
                "audit", // mode
                0x01, // is_active
                0x40,
                "2024-02-03T04:05:06.700000+00:00", // creation_date, 32 characters
                0x02,
                userBytes); // created_by: branch 1, the same UserData

        assertCodes(LearningSignals.COURSE_ENROLLMENT_CREATED, data, expected);
    }

    @Test
    void uuidsAreCanonicalStringsAndPythonFormsAreRead() {
        record Ids(@NotNull UUID id) {}
        OpenEdxPublicSignal<Ids> ids = OpenEdxPublicSignal.of("test.ids", "ids", Ids.class);
        UUID id = UUID.fromString("8A2C6F1E-3B1D-4C55-9D8E-0F1A2B3C4D5E");
        assertCodes(ids, new Ids(id), bytes(0x48, "8a2c6f1e-3b1d-4c55-9d8e-0f1a2b3c4d5e"));
        assertThat(decode(ids, bytes(0x40, "8a2c6f1e3b1d4c559d8e0f1a2b3c4d5e")).id())
                .isEqualTo(id);
        assertThat(decode(ids, bytes(0x5A, "urn:uuid:8a2c6f1e-3b1d-4c55-9d8e-0f1a2b3c4d5e"))
                        .id())
                .isEqualTo(id);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decode(ids, bytes(0x06, "abc")))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'ids.id' is 'abc', which is not a UUID");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static <T> void assertCodes(OpenEdxPublicSignal<T> signal, T data, byte[] expected) {
        assertThat(hex(new AvroSignalSerializer<>(signal).serialize(data))).isEqualTo(hex(expected));
        assertThat(new AvroSignalDeserializer<>(signal).deserialize(expected)).isEqualTo(data);
    }

    private static <T> T decode(OpenEdxPublicSignal<T> signal, byte[] bytes) {
        return new AvroSignalDeserializer<>(signal).deserialize(bytes);
    }

    /** Bytes from ints (0-255), chars, ASCII/UTF-8 strings and byte arrays. */
    static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer n) {
                out.write(n);
            } else if (part instanceof Character c) {
                out.write(c);
            } else if (part instanceof String s) {
                out.writeBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else if (part instanceof byte[] b) {
                out.writeBytes(b);
            } else {
                throw new IllegalArgumentException(String.valueOf(part));
            }
        }
        return out.toByteArray();
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X ", b));
        }
        return out.toString().trim();
    }
}
