package org.openedx.events.wire.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.apache.avro.NameValidator;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.enterprise.EnterpriseSignals;
import org.openedx.events.learning.LearningSignals;

/**
 * Generated schemas against upstream's stored {@code .avsc} files (test_avro.py / test_schema.py), and the
 * generator's rules.
 */
class AvroSchemasTest {

    static Stream<OpenEdxPublicSignal<?>> current() {
        return TestData.currentSignals().stream();
    }

    static Stream<OpenEdxPublicSignal<?>> historical() {
        return TestData.historicalSignals().stream();
    }

    static Stream<OpenEdxPublicSignal<?>> serializable() {
        return TestData.serializableSignals().stream();
    }

    @Test
    void theCatalogHas72SerializableEventsAnd66CurrentSchemas() {
        assertThat(TestData.allSignals()).hasSize(75);
        assertThat(TestData.serializableSignals()).hasSize(72);
        assertThat(TestData.currentSignals()).hasSize(66);
        assertThat(TestData.historicalSignals()).hasSize(6);
        for (OpenEdxPublicSignal<?> signal : TestData.allSignals()) {
            boolean stored = TestData.exists("/avro-schemas/" + AvroSchemas.fileName(signal.eventType()));
            assertThat(stored)
                    .as(signal.eventType())
                    .isEqualTo(!AvroSchemas.KNOWN_UNSERIALIZABLE_EVENT_TYPES.contains(signal.eventType()));
        }
    }

    @Test
    void knownUnserializableEventsAreUpstreamsList() {
        List<String> upstream = TestData.catalog()
                .getJsonArray("known_unserializable_signals")
                .getValuesAs(jakarta.json.JsonString.class)
                .stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
        assertThat(AvroSchemas.KNOWN_UNSERIALIZABLE_EVENT_TYPES).containsExactlyInAnyOrderElementsOf(upstream);
        List<String> flagged = TestData.catalog().getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getBoolean("unserializable"))
                .map(e -> e.getString("event_type"))
                .toList();
        assertThat(flagged).containsExactlyInAnyOrderElementsOf(upstream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("current")
    void generatedSchemaIsTheStoredFileTextAndJson(OpenEdxPublicSignal<?> signal) {
        String stored = TestData.storedSchema(signal.eventType());
        String generated = AvroSchemas.schemaJson(signal);

        assertThat(TestData.json(generated)).isEqualTo(TestData.json(stored));
        // and the very same text (upstream's json.dumps(indent=2); 8 stored files end with a newline)
        assertThat(generated).isEqualTo(stored.stripTrailing());
        assertThat(AvroSchemas.schemaFor(signal)).isEqualTo(parse(stored));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("historical")
    void historicalSchemasDifferOnlyAsDocumentedAndStayCompatible(OpenEdxPublicSignal<?> signal) {
        String stored = TestData.storedSchema(signal.eventType());
        JsonObject expectedToday =
                upstreamGeneratesToday(signal.eventType(), TestData.json(stored).asJsonObject());

        assertThat(TestData.json(AvroSchemas.schemaJson(signal))).isEqualTo(expectedToday);
        assertThat(TestData.json(AvroSchemas.schemaJson(signal))).isNotEqualTo(TestData.json(stored));

        Schema current = AvroSchemas.schemaFor(signal);
        Schema old = parse(stored);
        // test_evolution_is_forward_compatible: the stored schema reads what the current one writes
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(old, current)
                        .getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        // test_evolution_is_backward_compatible: the current schema reads what the stored one wrote
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(current, old)
                        .getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    }

    /**
     * The stored file turned into what upstream's generator gives today, by the differences the README lists.
     */
    static JsonObject upstreamGeneratesToday(String eventType, JsonObject stored) {
        JsonObject payload = stored.getJsonArray("fields").getJsonObject(0).getJsonObject("type");
        JsonArray fields = payload.getJsonArray("fields");
        JsonArrayBuilder changed = Json.createArrayBuilder();
        JsonObject version = Json.createObjectBuilder()
                .add("name", "version")
                .add("type", Json.createArrayBuilder().add("null").add("string"))
                .add("default", JsonValue.NULL)
                .build();
        for (JsonObject field : fields.getValuesAs(JsonObject.class)) {
            if (eventType.endsWith("discussions.configuration.changed.v1")
                    && field.getString("name").equals("enabled")) {
                assertThat(field.get("default")).isEqualTo(JsonValue.TRUE);
                changed.add(Json.createObjectBuilder(field).remove("default"));
                continue;
            }
            changed.add(field);
            if (eventType.endsWith("xblock.duplicated.v1")
                    && field.getString("name").equals("block_type")) {
                changed.add(version);
            }
        }
        if (eventType.contains(".xblock.") && !eventType.endsWith("duplicated.v1")) {
            assertThat(fields.getJsonObject(fields.size() - 1).getString("name"))
                    .isEqualTo("block_type");
            changed.add(version);
        }
        JsonObjectBuilder newPayload = Json.createObjectBuilder(payload).add("fields", changed);
        JsonObjectBuilder field = Json.createObjectBuilder(
                        stored.getJsonArray("fields").getJsonObject(0))
                .add("type", newPayload);
        return Json.createObjectBuilder(stored)
                .add("fields", Json.createArrayBuilder().add(field))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serializable")
    void schemaIsCachedAndAgreesWithTheCodecs(OpenEdxPublicSignal<?> signal) {
        assertThat(AvroSchemas.schemaFor(signal)).isSameAs(AvroSchemas.schemaFor(signal));
        assertThat(new AvroSignalSerializer<>(signal).schema()).isSameAs(AvroSchemas.schemaFor(signal));
        assertThat(new AvroSignalDeserializer<>(signal).schema()).isSameAs(AvroSchemas.schemaFor(signal));
        assertThat(AvroSchemas.isSerializable(signal)).isTrue();
        Schema schema = AvroSchemas.schemaFor(signal);
        assertThat(schema.getName()).isEqualTo("CloudEvent");
        assertThat(schema.getNamespace()).isEqualTo(signal.eventType());
        assertThat(schema.getDoc()).isEqualTo("Avro Event Format for CloudEvents created with openedx_events/schema");
        assertThat(schema.getFields()).extracting(Schema.Field::name).containsExactly(signal.dataKey());
    }

    @Test
    void theHyphenatedNamespaceParsesOnlyWithoutNameValidation() {
        OpenEdxPublicSignal<?> signal = EnterpriseSignals.SUBSIDY_REDEMPTION_REVERSED;
        assertThat(signal.eventType()).isEqualTo("org.openedx.enterprise.subsidy.redemption-reversed.v1");

        Schema schema = AvroSchemas.schemaFor(signal);

        assertThat(schema.getNamespace()).isEqualTo("org.openedx.enterprise.subsidy.redemption-reversed.v1");
        assertThat(schema.getFullName()).isEqualTo("org.openedx.enterprise.subsidy.redemption-reversed.v1.CloudEvent");
        assertThat(new Schema.Parser(NameValidator.NO_VALIDATION).parse(AvroSchemas.schemaJson(signal)))
                .isEqualTo(schema);
        assertThatThrownBy(() -> new Schema.Parser().parse(AvroSchemas.schemaJson(signal)))
                .isInstanceOf(SchemaParseException.class)
                .hasMessageContaining("redemption-reversed");
    }

    @Test
    void nestedRecordsAreDefinedOnceAndThenReferencedByName() {
        Schema schema = AvroSchemas.schemaFor(LearningSignals.COURSE_ENROLLMENT_CREATED);
        Schema payload = schema.getField("enrollment").schema();
        Schema user = payload.getField("user").schema();
        Schema createdBy = payload.getField("created_by").schema();

        assertThat(payload.getFullName())
                .isEqualTo("org.openedx.learning.course.enrollment.created.v1.CourseEnrollmentData");
        assertThat(createdBy.getType()).isEqualTo(Schema.Type.UNION);
        assertThat(createdBy.getTypes().get(0).getType()).isEqualTo(Schema.Type.NULL);
        assertThat(createdBy.getTypes().get(1)).isSameAs(user);
        assertThat(AvroSchemas.schemaJson(LearningSignals.COURSE_ENROLLMENT_CREATED))
                .contains("\"name\": \"created_by\",\n            \"type\": [\n              \"null\",\n"
                        + "              \"UserData\"\n            ],\n            \"default\": null");
    }

    @Test
    void schemaStringIsUpstreamsSortedCompactForm() {
        String text = AvroSchemas.schemaString(LearningSignals.SESSION_LOGIN_COMPLETED);

        assertThat(text)
                .isEqualTo(
                        "{\"doc\": \"Avro Event Format for CloudEvents created with openedx_events/schema\", "
                                + "\"fields\": [{\"name\": \"user\", \"type\": {\"fields\": [{\"name\": \"id\", \"type\": \"long\"}, "
                                + "{\"name\": \"is_active\", \"type\": \"boolean\"}, {\"name\": \"pii\", \"type\": {\"fields\": "
                                + "[{\"name\": \"username\", \"type\": \"string\"}, {\"name\": \"email\", \"type\": \"string\"}, "
                                + "{\"name\": \"name\", \"type\": \"string\"}], \"name\": \"UserPersonalData\", \"type\": \"record\"}}], "
                                + "\"name\": \"UserData\", \"type\": \"record\"}}], \"name\": \"CloudEvent\", "
                                + "\"namespace\": \"org.openedx.learning.auth.session.login.completed.v1\", \"type\": \"record\"}");
    }

    @Test
    void fileNameReplacesDotsByPlus() {
        assertThat(AvroSchemas.fileName("org.openedx.learning.course.enrollment.created.v1"))
                .isEqualTo("org+openedx+learning+course+enrollment+created+v1_schema.avsc");
    }

    /**
     * Every optional component (nullable in Java: a reference type without {@code @NotNull}) is exactly a field whose
     * upstream default is None, for every data class of the catalog that has a Java record.
     */
    @Test
    void javaNullabilityIsUpstreamsDefaultNone() {
        Map<String, Map<String, Boolean>> upstream = new HashMap<>();
        for (JsonObject cls : TestData.catalog().getJsonArray("data_classes").getValuesAs(JsonObject.class)) {
            Map<String, Boolean> fields = new HashMap<>();
            for (JsonObject field : cls.getJsonArray("fields").getValuesAs(JsonObject.class)) {
                fields.put(field.getString("name"), field.getBoolean("default_is_none"));
            }
            upstream.put(javaName(cls.getString("qualified_name")), fields);
        }
        List<String> checked = new ArrayList<>();
        for (OpenEdxPublicSignal<?> signal : TestData.serializableSignals()) {
            for (RecordCodec record : records(AvroSchemas.codec(signal))) {
                Map<String, Boolean> fields = upstream.get(record.type().getName());
                assertThat(fields)
                        .as("catalog class for " + record.type().getName())
                        .isNotNull();
                assertThat(record.fields())
                        .extracting(RecordCodec.Field::wireName)
                        .as(record.type().getName())
                        .containsExactlyInAnyOrderElementsOf(fields.keySet());
                for (RecordCodec.Field field : record.fields()) {
                    assertThat(field.nullable())
                            .as(record.type().getSimpleName() + "." + field.wireName())
                            .isEqualTo(fields.get(field.wireName()));
                }
                checked.add(record.type().getName());
            }
        }
        assertThat(checked.stream().distinct().count()).isGreaterThan(40);
    }

    private static String javaName(String qualifiedName) {
        return qualifiedName
                .replace("openedx_events.", "org.openedx.events.")
                .replace("content_authoring", "contentauthoring");
    }

    private static List<RecordCodec> records(SignalCodec codec) {
        List<RecordCodec> out = new ArrayList<>();
        walk(codec.signal().dataType(), out, new java.util.HashSet<>());
        return out;
    }

    private static void walk(Class<?> type, List<RecordCodec> out, java.util.Set<String> seen) {
        if (!type.isRecord() || !seen.add(type.getName())) {
            return;
        }
        RecordCodec record = (RecordCodec) new CodecBuilder().build(type);
        out.add(record);
        for (var component : type.getRecordComponents()) {
            walkType(component.getGenericType(), out, seen);
        }
    }

    private static void walkType(java.lang.reflect.Type type, List<RecordCodec> out, java.util.Set<String> seen) {
        if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            for (var argument : parameterized.getActualTypeArguments()) {
                walkType(argument, out, seen);
            }
        } else if (type instanceof Class<?> cls) {
            walk(cls, out, seen);
        }
    }

    static Schema parse(String text) {
        return new Schema.Parser(NameValidator.NO_VALIDATION).parse(text);
    }
}
