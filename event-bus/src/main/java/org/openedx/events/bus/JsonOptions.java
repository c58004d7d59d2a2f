package org.openedx.events.bus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.openedx.events.CodedMessage;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.support.Echo;
import org.openedx.events.support.Json;

/**
 * The reading of a back end's consumer options written as JSON (a setting, or upstream's {@code --extra}): strict
 * JSON within {@link #MAX_JSON_LENGTH}, known keys only, values of the right type and range. Every problem is the
 * back end's "invalid option" message, whose template takes the option, the value (cut) and what is allowed.
 */
public final class JsonOptions {

    /** The longest options text read: 1 MiB characters. */
    public static final int MAX_JSON_LENGTH = 1024 * 1024;

    private final CodedMessage invalid;

    /**
     * Creates a reader.
     *
     * @param invalid the back end's message for an invalid option (arguments: option, value, allowed)
     */
    public JsonOptions(CodedMessage invalid) {
        this.invalid = invalid;
    }

    /**
     * Reads a JSON object.
     *
     * @param option the option or setting, for messages
     * @param json the text
     * @return the members
     */
    public Map<String, Object> object(String option, String json) {
        Object value = parse(option, json);
        if (!(value instanceof Map<?, ?>)) {
            throw invalid(option, Echo.of(json), "a JSON object");
        }
        return asObject(value);
    }

    /**
     * Reads a JSON list of objects.
     *
     * @param option the option or setting, for messages
     * @param json the text
     * @param what what each object holds, for messages, e.g. {@code topic and group_id}
     * @return the objects
     */
    public List<Map<String, Object>> objects(String option, String json, String what) {
        Object value = parse(option, json);
        if (!(value instanceof List<?> items)) {
            throw invalid(option, Echo.of(json), "a JSON list of objects with " + what);
        }
        List<Map<String, Object>> objects = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Map<?, ?>)) {
                throw invalid(option, Json.describe(item), "a JSON object with " + what);
            }
            objects.add(asObject(item));
        }
        return objects;
    }

    /**
     * Refuses keys outside a set.
     *
     * @param object the members
     * @param keys the keys allowed
     */
    public void onlyKeys(Map<String, Object> object, Set<String> keys) {
        for (String key : object.keySet()) {
            if (!keys.contains(key)) {
                throw invalid(Echo.of(key), Json.describe(object.get(key)), "the keys " + new TreeSet<>(keys));
            }
        }
    }

    /**
     * A string member.
     *
     * @param object the members
     * @param key the key
     * @return the string, or null when absent or null
     */
    public String string(Map<String, Object> object, String key) {
        Object value = object.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw invalid(key, Json.describe(value), "a string");
    }

    /**
     * A whole-number member in a range.
     *
     * @param object the members
     * @param key the key
     * @param fallback the value when absent or null
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return the number
     */
    public long number(Map<String, Object> object, String key, long fallback, long min, long max) {
        Object value = object.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Long number && number >= min && number <= max) {
            return number;
        }
        throw invalid(key, Json.describe(value), "a whole number from " + min + " to " + max);
    }

    /**
     * A boolean member.
     *
     * @param object the members
     * @param key the key
     * @param fallback the value when absent or null
     * @return the boolean
     */
    public boolean bool(Map<String, Object> object, String key, boolean fallback) {
        Object value = object.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw invalid(key, Json.describe(value), "true, false");
    }

    /**
     * A member naming an event type: its signal.
     *
     * @param object the members
     * @param key the key
     * @return the signal, or null when absent
     */
    public OpenEdxPublicSignal<?> signal(Map<String, Object> object, String key) {
        String type = string(object, key);
        if (type == null) {
            return null;
        }
        return OpenEdxPublicSignal.findSignalByType(type)
                .orElseThrow(() -> invalid(
                        key,
                        Echo.of(type),
                        "a known event type, e.g. one of " + OpenEdxPublicSignal.closestEventTypes(type)));
    }

    private Object parse(String option, String json) {
        try {
            return Json.parse(json, MAX_JSON_LENGTH);
        } catch (Json.SyntaxException e) {
            throw invalid(option, Echo.of(json), "valid JSON (" + e.getMessage() + ")");
        }
    }

    private OpenEdxEventException invalid(String option, String value, String allowed) {
        return new OpenEdxEventException(invalid, option, value, allowed);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        return (Map<String, Object>) value;
    }
}
