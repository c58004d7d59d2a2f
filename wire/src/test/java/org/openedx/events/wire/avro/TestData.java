package org.openedx.events.wire.avro;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import org.openedx.events.OpenEdxPublicSignal;

/** Test resources: the stored upstream schemas and the upstream catalog (copies; tests never read outside). */
final class TestData {

    /** The six stored schemas that are historical snapshots (see avro-schemas/README.md). */
    static final Set<String> HISTORICAL = Set.of(
            "org.openedx.content_authoring.xblock.created.v1",
            "org.openedx.content_authoring.xblock.updated.v1",
            "org.openedx.content_authoring.xblock.published.v1",
            "org.openedx.content_authoring.xblock.deleted.v1",
            "org.openedx.content_authoring.xblock.duplicated.v1",
            "org.openedx.learning.discussions.configuration.changed.v1");

    private static final JsonObject CATALOG =
            json(text("/openedx-events-catalog.json")).asJsonObject();

    private TestData() {}

    static String text(String resource) {
        try (InputStream in = TestData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String resource) {
        return TestData.class.getResource(resource) != null;
    }

    static String storedSchema(String eventType) {
        return text("/avro-schemas/" + AvroSchemas.fileName(eventType));
    }

    static JsonStructure json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    static JsonObject catalog() {
        return CATALOG;
    }

    static List<OpenEdxPublicSignal<?>> allSignals() {
        return OpenEdxPublicSignal.allEvents();
    }

    static List<OpenEdxPublicSignal<?>> serializableSignals() {
        return allSignals().stream()
                .filter(s -> !AvroSchemas.KNOWN_UNSERIALIZABLE_EVENT_TYPES.contains(s.eventType()))
                .toList();
    }

    static List<OpenEdxPublicSignal<?>> currentSignals() {
        return serializableSignals().stream()
                .filter(s -> !HISTORICAL.contains(s.eventType()))
                .toList();
    }

    static List<OpenEdxPublicSignal<?>> historicalSignals() {
        return serializableSignals().stream()
                .filter(s -> HISTORICAL.contains(s.eventType()))
                .toList();
    }
}
