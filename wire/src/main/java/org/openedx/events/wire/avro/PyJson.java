package org.openedx.events.wire.avro;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a JSON tree (insertion-ordered maps, lists, strings, booleans, numbers, null) exactly as Python's
 * {@code json.dumps} does, so that generated schema files equal upstream's byte for byte: {@code indent=2} (items
 * separated by {@code ",\n"}, keys by {@code ": "}) for the files, and the compact {@code sort_keys=True} form
 * ({@code ", "} and {@code ": "}) of upstream's {@code schema_string()}. Non-ASCII characters are escaped
 * ({@code ensure_ascii}).
 */
final class PyJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyJson() {
    }

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
            string(out, text);
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
                string(out, (String) entry.getKey());
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

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
