package org.openedx.events.wire.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.catalog.WireSamples;
import org.openedx.events.contentauthoring.ContentAuthoringSignals;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseDiscussionConfigurationData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.DiscussionThreadData;
import org.openedx.events.learning.data.DiscussionTopicContext;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;
import org.openedx.events.wire.WireError;

/** Round trips of every serializable event, checked against Apache Avro's own reader and writer, and the errors. */
class AvroCodecTest {

    static Stream<OpenEdxPublicSignal<?>> serializable() {
        return TestData.serializableSignals().stream();
    }

    static Stream<OpenEdxPublicSignal<?>> historical() {
        return TestData.historicalSignals().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serializable")
    void everyEventRoundTripsWithAllValuesSet(OpenEdxPublicSignal<?> signal) throws IOException {
        roundTrip(signal, WireSamples.full(signal.dataType()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serializable")
    void everyEventRoundTripsWithNullsAndFalsyValues(OpenEdxPublicSignal<?> signal) throws IOException {
        roundTrip(signal, WireSamples.minimal(signal.dataType()));
    }

    @SuppressWarnings("unchecked")
    private static <T> void roundTrip(OpenEdxPublicSignal<T> signal, Object sample) throws IOException {
        T data = (T) sample;
        byte[] bytes = new AvroSignalSerializer<>(signal).serialize(data);

        assertThat(new AvroSignalDeserializer<>(signal).deserialize(bytes)).isEqualTo(data);

        // Apache Avro reads the bytes with the generated schema, consuming all of them, and writes them back the same
        Schema schema = AvroSchemas.schemaFor(signal);
        Schema payload = schema.getField(signal.dataKey()).schema();
        var decoder = DecoderFactory.get().binaryDecoder(bytes, null);
        Object generic = new GenericDatumReader<>(payload).read(null, decoder);
        assertThat(decoder.isEnd()).as("all bytes consumed").isTrue();
        assertThat(avroWrite(payload, sortMaps(generic))).isEqualTo(bytes);
    }

    /** Avro's reader gives hash maps; upstream writes maps sorted by key (Utf8 compares bytes: code-point order). */
    static Object sortMaps(Object datum) {
        if (datum instanceof org.apache.avro.generic.GenericRecord record) {
            for (Schema.Field field : record.getSchema().getFields()) {
                record.put(field.pos(), sortMaps(record.get(field.pos())));
            }
            return record;
        }
        if (datum instanceof Map<?, ?> map) {
            Map<Object, Object> sorted = new java.util.TreeMap<>();
            map.forEach((k, v) -> sorted.put(k, sortMaps(v)));
            return sorted;
        }
        if (datum instanceof List<?> list) {
            return list.stream().map(AvroCodecTest::sortMaps).toList();
        }
        return datum;
    }

    static byte[] avroWrite(Schema schema, Object datum) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<>(schema).write(datum, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    /**
     * test_avro.py's evolution tests with data: what the current schema writes is read by the stored (older) schema,
     * and what the stored schema writes is read by the current one (the new optional field comes back null).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("historical")
    void historicalSchemasReadCurrentDataAndBack(OpenEdxPublicSignal<?> signal) throws IOException {
        Object sample = WireSamples.full(signal.dataType());
        @SuppressWarnings({"unchecked", "rawtypes"})
        byte[] bytes = new AvroSignalSerializer(signal).serialize(sample);
        Schema current = AvroSchemas.schemaFor(signal);
        Schema stored = AvroSchemasTest.parse(TestData.storedSchema(signal.eventType()));

        Object asStored = new GenericDatumReader<>(current, stored)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, null));
        byte[] storedBytes = avroWrite(stored, asStored);
        Object back = new GenericDatumReader<>(stored, current)
                .read(null, DecoderFactory.get().binaryDecoder(storedBytes, null));
        Object decoded = new AvroSignalDeserializer<>(signal).deserialize(avroWrite(current, back));

        if (signal.eventType().contains(".xblock.")) {
            assertThat(decoded).hasFieldOrPropertyWithValue("version", null);
            assertThat(decoded)
                    .usingRecursiveComparison()
                    .ignoringFields("version")
                    .isEqualTo(sample);
        } else {
            assertThat(decoded).isEqualTo(sample);
        }
    }

    /** The values upstream's deserializer replaces by defaults come back as sent (the bug is not copied). */
    @Test
    void falsyValuesComeBackAsSent() {
        var signal = LearningSignals.COURSE_DISCUSSIONS_CHANGED;
        var config = new CourseDiscussionConfigurationData(
                CourseKey.parse("course-v1:edX+DemoX+2024"),
                "",
                false,
                false,
                false,
                false,
                Map.of(),
                List.of(new DiscussionTopicContext("", null, 0L, "", 0L, Map.of())));

        var back =
                new AvroSignalDeserializer<>(signal).deserialize(new AvroSignalSerializer<>(signal).serialize(config));

        assertThat(back).isEqualTo(config);
        assertThat(back.enabled()).isFalse();
        assertThat(back.enableInContext()).isFalse();
        assertThat(back.contexts().get(0).groupId()).isZero();
    }

    @Test
    void serializersForUnserializableEventsFailNamingTheEvent() {
        for (String type : AvroSchemas.KNOWN_UNSERIALIZABLE_EVENT_TYPES) {
            OpenEdxPublicSignal<?> signal = OpenEdxPublicSignal.getSignalByType(type);
            assertThat(AvroSchemas.isSerializable(signal)).isFalse();
            for (Runnable call : List.<Runnable>of(
                    () -> AvroSchemas.schemaFor(signal),
                    () -> AvroSchemas.schemaJson(signal),
                    () -> new AvroSignalSerializer<>(signal),
                    () -> new AvroSignalDeserializer<>(signal))) {
                assertThatThrownBy(call::run)
                        .isInstanceOfSatisfying(AvroCodecException.class, e -> {
                            assertThat(e.error()).isEqualTo(WireError.WIRE_UNSERIALIZABLE_EVENT);
                            assertThat(e.code()).isEqualTo("OXE6001");
                            assertThat(e.eventType()).isEqualTo(type);
                        })
                        .hasMessageStartingWith("OXE6001: Open edX event " + type + " cannot be serialized");
            }
        }
        assertThat(ContentAuthoringSignals.COURSE_CERTIFICATE_CONFIG_CHANGED.eventType())
                .isIn(AvroSchemas.KNOWN_UNSERIALIZABLE_EVENT_TYPES);
    }

    // --- encoding errors ----------------------------------------------------------------------------------------

    static final UserData USER = new UserData(7, true, new UserPersonalData("bob", "bob@example.com", "Bob"));

    static CourseEnrollmentData enrollment(CourseData course, UserData createdBy) {
        return new CourseEnrollmentData(
                USER, course, "audit", true, OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.UTC), createdBy);
    }

    @Test
    void nullInARequiredFieldNamesThePath() {
        var signal = LearningSignals.COURSE_ENROLLMENT_CREATED;
        var data = enrollment(new CourseData(null, "Demo", null, null), null);

        assertThatThrownBy(() -> new AvroSignalSerializer<>(signal).serialize(data))
                .isInstanceOfSatisfying(AvroCodecException.class, e -> {
                    assertThat(e.code()).isEqualTo("OXE6003");
                    assertThat(e.path()).isEqualTo("enrollment.course.course_key");
                    assertThat(e.eventType()).isEqualTo(signal.eventType());
                })
                .hasMessage("OXE6003: Cannot encode event org.openedx.learning.course.enrollment.created.v1 as Avro: "
                        + "'enrollment.course.course_key' is null, but the field is required (it is nullable only "
                        + "when upstream's default is None; mark optional components by leaving out @NotNull)");
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void nullPayloadAndWrongClassAreClearErrors() {
        AvroSignalSerializer raw = new AvroSignalSerializer(LearningSignals.COURSE_ENROLLMENT_CREATED);

        assertThatThrownBy(() -> raw.serialize(null))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'enrollment' is null; the payload is required");
        assertThatThrownBy(() -> raw.serialize("text"))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'enrollment' is a java.lang.String, but the event carries "
                        + CourseEnrollmentData.class.getName());
    }

    @Test
    void nullListItemsAndMapValuesNameTheirIndexAndKey() {
        var signal = LearningSignals.FORUM_THREAD_CREATED;
        DiscussionThreadData sample = (DiscussionThreadData) WireSamples.full(DiscussionThreadData.class);
        var roles = Arrays.asList("student", null);
        var withNullItem = copy(sample, 17, roles);
        var options = new java.util.HashMap<String, Boolean>();
        options.put("pinned", null);
        var withNullValue = copy(sample, 19, options);

        assertThatThrownBy(() -> new AvroSignalSerializer<>(signal).serialize(withNullItem))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'thread.user_course_roles[1]' is null, but list items cannot be null");
        assertThatThrownBy(() -> new AvroSignalSerializer<>(signal).serialize(withNullValue))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'thread.options[\"pinned\"]' is null, but map values cannot be null");
    }

    private static DiscussionThreadData copy(DiscussionThreadData sample, int index, Object value) {
        var components = DiscussionThreadData.class.getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                arguments[i] = components[i].getAccessor().invoke(sample);
                types[i] = components[i].getType();
            }
            arguments[index] = value;
            return DiscussionThreadData.class.getDeclaredConstructor(types).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void unpairedSurrogatesCannotBeEncoded() {
        var signal = LearningSignals.SESSION_LOGIN_COMPLETED;
        var user = new UserData(1, true, new UserPersonalData("bob\uD800", "e", "n"));

        assertThatThrownBy(() -> new AvroSignalSerializer<>(signal).serialize(user))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'user.pii.username' holds an unpaired surrogate U+D800 at index 3");
    }

    // --- decoding errors ----------------------------------------------------------------------------------------

    @Test
    void truncatedDataNamesTheFieldAndTheOffset() {
        var signal = LearningSignals.SESSION_LOGIN_COMPLETED;
        byte[] bytes = new AvroSignalSerializer<>(signal).serialize(USER);

        assertThatThrownBy(() -> new AvroSignalDeserializer<>(signal).deserialize(Arrays.copyOf(bytes, 5)))
                .isInstanceOfSatisfying(AvroCodecException.class, e -> {
                    assertThat(e.code()).isEqualTo("OXE6004");
                    assertThat(e.path()).isEqualTo("user.pii.username");
                })
                .hasMessageContaining("the data ends after 5 bytes");
        assertThatThrownBy(() -> new AvroSignalDeserializer<>(signal).deserialize(new byte[0]))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'user.id' cannot be read");
        assertThatThrownBy(() -> new AvroSignalDeserializer<>(signal).deserialize(null))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("no bytes (null)");
    }

    @Test
    void invalidKeysUuidsAndDatesNameThePath() {
        var signal = LearningSignals.COURSE_ENROLLMENT_CREATED;
        byte[] good = new AvroSignalSerializer<>(signal)
                .serialize(
                        enrollment(new CourseData(CourseKey.parse("course-v1:edX+DemoX+2024"), "D", null, null), null));
        byte[] badKey = replace(good, "course-v1:edX+DemoX+2024", "course-v1:edX+DemoX@2024");
        byte[] badDate = replace(good, "2024-05-06T07:08:09+00:00", "2024-13-06T07:08:09+00:00");

        assertThatThrownBy(() -> new AvroSignalDeserializer<>(signal).deserialize(badKey))
                .isInstanceOfSatisfying(
                        AvroCodecException.class, e -> assertThat(e.path()).isEqualTo("enrollment.course.course_key"))
                .hasMessageContaining("is 'course-v1:edX+DemoX@2024', which is not a valid CourseKey");
        assertThatThrownBy(() -> new AvroSignalDeserializer<>(signal).deserialize(badDate))
                .isInstanceOfSatisfying(
                        AvroCodecException.class, e -> assertThat(e.path()).isEqualTo("enrollment.creation_date"))
                .hasMessageContaining(
                        "is '2024-13-06T07:08:09+00:00', which is not a date-time that Python's datetime.fromisoformat reads");
    }

    @Test
    void badUnionIndexBooleanAndUtf8AreReported() {
        var signal = LearningSignals.SESSION_LOGIN_COMPLETED;
        // id 1, is_active = 2 (not a boolean)
        assertThatThrownBy(() -> new AvroSignalDeserializer<>(signal).deserialize(new byte[] {2, 2}))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'user.is_active' cannot be read: the boolean at byte 1 is 2");
        // id 1, true, username = 1 byte 0xFF (not UTF-8)
        assertThatThrownBy(() -> new AvroSignalDeserializer<>(signal).deserialize(new byte[] {2, 1, 2, (byte) 0xFF}))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'user.pii.username' cannot be read: the string at byte 3 is not valid UTF-8");

        var enrollment = LearningSignals.COURSE_ENROLLMENT_CREATED;
        byte[] good = new AvroSignalSerializer<>(enrollment)
                .serialize(
                        enrollment(new CourseData(CourseKey.parse("course-v1:edX+DemoX+2024"), "D", null, null), null));
        byte[] badUnion = good.clone();
        badUnion[badUnion.length - 1] = 4; // created_by: union index 2
        assertThatThrownBy(() -> new AvroSignalDeserializer<>(enrollment).deserialize(badUnion))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'enrollment.created_by' cannot be read: union index 2");
    }

    @Test
    void trailingBytesAreIgnoredLikeFastavro() {
        var signal = LearningSignals.SESSION_LOGIN_COMPLETED;
        byte[] bytes = new AvroSignalSerializer<>(signal).serialize(USER);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);

        assertThat(new AvroSignalDeserializer<>(signal).deserialize(longer)).isEqualTo(USER);
    }

    @Test
    void deserializeReadsASliceAfterFraming() {
        var signal = LearningSignals.SESSION_LOGIN_COMPLETED;
        byte[] bytes = new AvroSignalSerializer<>(signal).serialize(USER);
        byte[] framed = new byte[bytes.length + 5];
        System.arraycopy(bytes, 0, framed, 5, bytes.length);

        assertThat(new AvroSignalDeserializer<>(signal).deserialize(framed, 5, bytes.length))
                .isEqualTo(USER);
        assertThatThrownBy(() -> new AvroSignalDeserializer<>(signal).deserialize(framed, 5, bytes.length + 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    static byte[] replace(byte[] bytes, String from, String to) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).contains(from);
        assertThat(to.length()).isEqualTo(from.length());
        return text.replace(from, to).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
