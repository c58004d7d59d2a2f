package org.openedx.events.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for {@link org.openedx.events.EventsMetadata}: writing with Python's {@code json.dumps}
 * conventions and reading a flat object. The api module has no JSON provider to rely on, and metadata is small and
 * flat. Not API (see the package description).
 */
public final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /**
     * Appends an object key and its separator, preceded by {@code ", "} unless it is the first.
     *
     * @param out where to append
     * @param key the key
     * @param first whether it is the object's first key
     */
    public static void appendKey(StringBuilder out, String key, boolean first) {
        if (!first) {
            out.append(", ");
        }
        appendString(out, key);
        out.append(": ");
    }

    /**
     * Appends a string literal escaped as Python's {@code json.dumps} does (ASCII only).
     *
     * @param out where to append
     * @param value the string
     */
    public static void appendString(StringBuilder out, String value) {
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

    /**
     * Parses a JSON object whose values are strings, integers, booleans, null or arrays of those.
     *
     * @param text the JSON text
     * @return the members in document order
     * @throws IllegalArgumentException naming the position and the problem
     */
    public static Map<String, Object> parseObject(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no text (null)");
        }
        Reader reader = new Reader(text);
        reader.skipSpace();
        Object value = reader.value();
        reader.skipSpace();
        if (!reader.atEnd()) {
            throw reader.error("unexpected text after the object");
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("expected a JSON object, found " + describe(value));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        return object;
    }

    private static String describe(Object value) {
        return value instanceof List<?> ? "an array" : value instanceof String ? "a string" : String.valueOf(value);
    }

    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(problem + " at offset " + pos);
        }

        void skipSpace() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        char peek() {
            if (atEnd()) {
                throw error("unexpected end of text");
            }
            return text.charAt(pos);
        }

        void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        Object value() {
            char c = peek();
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, pos)) {
                throw error("unexpected character '" + text.charAt(pos) + "'");
            }
            pos += word.length();
            return value;
        }

        private Map<String, Object> object() {
            expect('{');
            Map<String, Object> map = new LinkedHashMap<>();
            skipSpace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                skipSpace();
                map.put(key, value());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect('}');
                return map;
            }
        }

        private List<Object> array() {
            expect('[');
            List<Object> list = new ArrayList<>();
            skipSpace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                skipSpace();
                list.add(value());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect(']');
                return list;
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = peek();
                pos++;
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = peek();
                pos++;
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("truncated \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        pos += 4;
                    }
                    default -> throw error("bad escape '\\" + e + "'");
                }
            }
        }

        private Object number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            boolean fraction = false;
            while (pos < text.length() && ".eE+-".indexOf(text.charAt(pos)) >= 0
                    || pos < text.length() && fraction && Character.isDigit(text.charAt(pos))) {
                fraction = true;
                pos++;
            }
            String number = text.substring(start, pos);
            if (number.isEmpty() || number.equals("-")) {
                throw error("unexpected character");
            }
            try {
                return fraction ? (Object) Double.parseDouble(number) : (Object) Long.parseLong(number);
            } catch (NumberFormatException e) {
                throw error("bad number '" + number + "'");
            }
        }
    }
}
