package org.openedx.events.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Test fixture: the reference examples in {@code opaque-keys-examples.json} (verified against the upstream
 * Python code) and the parse method of each key type they are grouped by.
 */
final class KeyExamples {

    /** The parse method for each key type named in the examples file, in file order. */
    static final Map<String, Function<String, ? extends OpaqueKey>> PARSERS = parsers();

    private static final JsonObject ROOT = load();

    private KeyExamples() {}

    private static Map<String, Function<String, ? extends OpaqueKey>> parsers() {
        Map<String, Function<String, ? extends OpaqueKey>> parsers = new LinkedHashMap<>();
        parsers.put("CourseKey", CourseKey::parse);
        parsers.put("UsageKey", UsageKey::parse);
        parsers.put("CCXLocator", CCXLocator::parse);
        parsers.put("LibraryLocatorV2", LibraryLocatorV2::parse);
        parsers.put("LibraryUsageLocatorV2", LibraryUsageLocatorV2::parse);
        parsers.put("LibraryCollectionLocator", LibraryCollectionLocator::parse);
        parsers.put("LibraryContainerLocator", LibraryContainerLocator::parse);
        return parsers;
    }

    private static JsonObject load() {
        try (InputStream in = KeyExamples.class.getResourceAsStream("/opaque-keys-examples.json");
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key type names, e.g. {@code CourseKey}, in file order. */
    static List<String> keyTypes() {
        return ROOT.keySet().stream().filter(name -> !name.startsWith("_")).toList();
    }

    /** The strings of list {@code list} ("valid" or "invalid") of {@code keyType}. */
    static List<String> strings(String keyType, String list) {
        return ROOT.getJsonObject(keyType).getJsonArray(list).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** The objects of list {@code list} ("valid_normalized" or "valid_details") of {@code keyType}. */
    static List<JsonObject> objects(String keyType, String list) {
        return ROOT.getJsonObject(keyType).getJsonArray(list).getValuesAs(JsonValue::asJsonObject);
    }

    /** Makes control characters visible, for test names. */
    static String visible(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
