package org.openedx.events.wire.avro;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openedx.events.support.Json;

/**
 * Writes a JSON tree (insertion-ordered maps, lists, strings, booleans, numbers, null) exactly as Python's
 * {@code json.dumps} does, so that generated schema files equal upstream's byte for byte: {@code indent=2} (items
 * separated by {@code ",\n"}, keys by {@code ": "}) for the files, and the compact {@code sort_keys=True} form
 * ({@code ", "} and {@code ": "}) of upstream's {@code schema_string()}. Non-ASCII characters are escaped
 * ({@code ensure_ascii}), with the same escaping as {@link Json#appendString}.
 */
final class PyJson {

    private PyJson() {}

    /** {@code json.dumps(value, indent=2)}. */
    static String pretty(Object value) {
        StringBuilder out = new StringBuilder(1024);
        write(out, value, 0, true, false);
        return out.toString();
    }

    /** {@code json.dumps(value, sort_keys=True)}. */
    static String compactSorted(Object value) {
        StringBuilder out = new StringBuilder(512);
        write(out, value, 0, false, true);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int level, boolean indent, boolean sort) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            Json.appendString(out, text);
        } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            Map<?, ?> entries = sort ? new TreeMap<>(map) : map;
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                separator(out, first, level + 1, indent);
                first = false;
                Json.appendString(out, (String) entry.getKey());
                out.append(": ");
                write(out, entry.getValue(), level + 1, indent, sort);
            }
            close(out, level, indent);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                separator(out, first, level + 1, indent);
                first = false;
                write(out, item, level + 1, indent, sort);
            }
            close(out, level, indent);
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void separator(StringBuilder out, boolean first, int level, boolean indent) {
        if (indent) {
            if (!first) {
                out.append(',');
            }
            out.append('\n');
            out.append("  ".repeat(level));
        } else if (!first) {
            out.append(", ");
        }
    }

    private static void close(StringBuilder out, int level, boolean indent) {
        if (indent) {
            out.append('\n').append("  ".repeat(level));
        }
    }
}
