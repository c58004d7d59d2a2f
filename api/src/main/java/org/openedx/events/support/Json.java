package org.openedx.events.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The library's one JSON reader, strict and bounded, and the writer of Python's {@code json.dumps} conventions.
 * Not API (see the package description).
 *
 * <p>Reading follows RFC 8259 exactly: no raw control characters inside strings, only the escapes the RFC defines
 * (<code>&#92;u</code> with exactly four hexadecimal digits), numbers without leading zeros, no {@code NaN} or
 * {@code Infinity}, no byte-order mark, nothing after the value but white space. Two limits keep hostile input
 * cheap: values nest at most {@value #MAX_DEPTH} levels (real Open edX events nest fewer than ten), and a text is at
 * most the length its caller allows. Member names must be unique within an object (Python's {@code json.loads}
 * keeps the last of duplicates silently; two values for one name are refused here, naming it). Every failure is a
 * {@link SyntaxException} naming the line, column and what was expected there, echoing at most {@link Echo#LIMIT}
 * characters of the input.
 *
 * <p>A parsed value is a {@link Map} (insertion-ordered) for an object, a {@link List} for an array, a
 * {@link String}, a {@link Long} for an integer that fits (else a {@link BigInteger}), a {@link BigDecimal} for a
 * number with a fraction or an exponent, a {@link Boolean}, or {@code null}.
 */
public final class Json {

    /** The deepest nesting of objects and arrays a text may have. */
    public static final int MAX_DEPTH = 64;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {}

    /** A text that is not JSON, or breaks a limit. */
    public static final class SyntaxException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        /** @serial the offset of the problem in the text (UTF-16 units) */
        private final int offset;

        SyntaxException(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        /** {@return the offset of the problem in the text, in UTF-16 units} */
        public int offset() {
            return offset;
        }
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /**
     * Parses a JSON text.
     *
     * @param text the text
     * @param maxLength the most characters the text may have
     * @return the value (see the class description)
     * @throws SyntaxException if the text is null, not JSON, nests deeper than {@value #MAX_DEPTH} levels or is
     *     longer than allowed
     */
    public static Object parse(String text, int maxLength) {
        Reader reader = new Reader(text, maxLength, true);
        return reader.document();
    }

    /**
     * Parses a JSON text that must be an object.
     *
     * @param text the text
     * @param maxLength the most characters the text may have
     * @return the members in document order
     * @throws SyntaxException as {@link #parse(String, int)}, or if the value is not an object
     */
    public static Map<String, Object> parseObject(String text, int maxLength) {
        Object value = parse(text, maxLength);
        if (!(value instanceof Map<?, ?>)) {
            throw new SyntaxException("expected a JSON object, found " + describe(value), 0);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        return object;
    }

    /**
     * Checks that a text is JSON within the limits, building nothing (for readers that hand the text to another
     * parser afterwards).
     *
     * @param text the text
     * @param maxLength the most characters the text may have
     * @throws SyntaxException as {@link #parse(String, int)}
     */
    public static void check(String text, int maxLength) {
        new Reader(text, maxLength, false).document();
    }

    /**
     * How a parsed value reads in a message: its JSON type, and for a string or number the (cut) value.
     *
     * @param value a parsed value
     * @return e.g. {@code an object}, {@code the string 'abc'}, {@code the number 12}
     */
    public static String describe(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof Map<?, ?>) {
            return "an object";
        } else if (value instanceof List<?>) {
            return "an array";
        } else if (value instanceof String text) {
            return "the string '" + Echo.of(text) + "'";
        } else if (value instanceof Boolean) {
            return "the boolean " + value;
        }
        return "the number " + Echo.of(value.toString());
    }

    private static final class Reader {

        private final String text;
        private final boolean build;
        private int pos;
        private int depth;

        Reader(String text, int maxLength, boolean build) {
            if (text == null) {
                throw new SyntaxException("no text (null); expected JSON", 0);
            }
            if (text.length() > maxLength) {
                throw new SyntaxException(
                        "the text has " + text.length() + " characters, more than the " + maxLength + " allowed",
                        maxLength);
            }
            this.text = text;
            this.build = build;
        }

        Object document() {
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                throw error("a byte-order mark (U+FEFF) starts the text; JSON texts have none");
            }
            skipSpace();
            Object value = value();
            skipSpace();
            if (pos < text.length()) {
                throw error("unexpected " + found() + " after the JSON value; only white space may follow it");
            }
            return value;
        }

        private Object value() {
            if (pos >= text.length()) {
                throw error("the text ends where a value was expected");
            }
            char c = text.charAt(pos);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("unexpected " + found() + " where a value was expected (an object, array, string, "
                            + "number, true, false or null)");
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, pos)) {
                throw error("unexpected " + found() + " where a value was expected (an object, array, string, "
                        + "number, true, false or null)");
            }
            pos += word.length();
            return value;
        }

        private Map<String, Object> object() {
            enter();
            pos++; // {
            Map<String, Object> map = build ? new LinkedHashMap<>() : null;
            Set<String> names = build ? null : new HashSet<>();
            skipSpace();
            if (peekIs('}')) {
                pos++;
                depth--;
                return map;
            }
            while (true) {
                skipSpace();
                if (!peekIs('"')) {
                    throw error(
                            pos >= text.length()
                                    ? "the text ends where a member name was expected"
                                    : "unexpected " + found() + " where a member name (a string) was expected");
                }
                int nameAt = pos;
                String name = (String) stringValue(true);
                skipSpace();
                expect(':', "after the member name");
                skipSpace();
                Object value = value();
                boolean fresh = build ? !map.containsKey(name) : names.add(name);
                if (!fresh) {
                    throw error(
                            "the member name '" + Echo.of(name) + "' appears twice in one object; names must be "
                                    + "unique",
                            nameAt);
                }
                if (build) {
                    map.put(name, value);
                }
                skipSpace();
                if (peekIs(',')) {
                    pos++;
                    continue;
                }
                expect('}', "or ',' after an object member");
                depth--;
                return map;
            }
        }

        private List<Object> array() {
            enter();
            pos++; // [
            List<Object> list = build ? new ArrayList<>() : null;
            skipSpace();
            if (peekIs(']')) {
                pos++;
                depth--;
                return list;
            }
            while (true) {
                skipSpace();
                Object value = value();
                if (build) {
                    list.add(value);
                }
                skipSpace();
                if (peekIs(',')) {
                    pos++;
                    continue;
                }
                expect(']', "or ',' after an array element");
                depth--;
                return list;
            }
        }

        private void enter() {
            if (++depth > MAX_DEPTH) {
                throw error("objects and arrays nest deeper than " + MAX_DEPTH + " levels");
            }
        }

        private Object string() {
            return stringValue(build);
        }

        /** Reads a string; builds it only when asked (names always are, to find duplicates). */
        private Object stringValue(boolean keep) {
            pos++; // opening quote
            StringBuilder out = keep ? new StringBuilder() : null;
            int runStart = pos;
            while (true) {
                if (pos >= text.length()) {
                    throw error("the text ends inside a string; a closing '\"' is missing");
                }
                char c = text.charAt(pos);
                if (c == '"') {
                    if (keep) {
                        out.append(text, runStart, pos);
                    }
                    pos++;
                    return keep ? out.toString() : null;
                }
                if (c < 0x20) {
                    throw error(String.format(
                            Locale.ROOT,
                            "a raw control character U+%04X inside a string; write it as an "
                                    + "escape such as \\n or \\u%04x",
                            (int) c,
                            (int) c));
                }
                if (c != '\\') {
                    pos++;
                    continue;
                }
                if (keep) {
                    out.append(text, runStart, pos);
                }
                pos++;
                if (pos >= text.length()) {
                    throw error("the text ends inside an escape sequence");
                }
                char e = text.charAt(pos);
                char decoded;
                switch (e) {
                    case '"', '\\', '/' -> decoded = e;
                    case 'n' -> decoded = '\n';
                    case 'r' -> decoded = '\r';
                    case 't' -> decoded = '\t';
                    case 'b' -> decoded = '\b';
                    case 'f' -> decoded = '\f';
                    case 'u' -> decoded = unicodeEscape();
                    default ->
                        throw error("the escape '\\" + printable(e) + "' is not JSON; the escapes are \\\", "
                                + "\\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u followed by four hexadecimal digits");
                }
                pos++;
                if (keep) {
                    out.append(decoded);
                }
                runStart = pos;
            }
        }

        /** At the 'u' of a <code>&#92;u</code> escape; leaves pos at its last digit. */
        private char unicodeEscape() {
            int value = 0;
            for (int i = 1; i <= 4; i++) {
                int at = pos + i;
                int digit = at < text.length() ? Ascii.hexDigit(text.charAt(at)) : -1;
                if (digit < 0) {
                    throw error(
                            at >= text.length()
                                    ? "the text ends inside a \\u escape; it needs four " + "hexadecimal digits"
                                    : "the \\u escape needs four hexadecimal digits, found " + found(at),
                            at);
                }
                value = value * 16 + digit;
            }
            pos += 4;
            return (char) value;
        }

        private Object number() {
            int start = pos;
            if (text.charAt(pos) == '-') {
                pos++;
            }
            if (pos >= text.length() || !Ascii.isDigit(text.charAt(pos))) {
                throw error("a number needs digits after '-'");
            }
            if (text.charAt(pos) == '0') {
                pos++;
                if (pos < text.length() && Ascii.isDigit(text.charAt(pos))) {
                    throw error("a number has a leading zero; JSON numbers do not (write 7, not 07)");
                }
            } else {
                digits();
            }
            boolean integral = true;
            if (peekIs('.')) {
                integral = false;
                pos++;
                if (pos >= text.length() || !Ascii.isDigit(text.charAt(pos))) {
                    throw error("a number needs digits after its decimal point");
                }
                digits();
            }
            if (peekIs('e') || peekIs('E')) {
                integral = false;
                pos++;
                if (peekIs('+') || peekIs('-')) {
                    pos++;
                }
                if (pos >= text.length() || !Ascii.isDigit(text.charAt(pos))) {
                    throw error("a number needs digits in its exponent");
                }
                digits();
            }
            if (!build) {
                return null;
            }
            String token = text.substring(start, pos);
            if (!integral) {
                try {
                    return new BigDecimal(token);
                } catch (NumberFormatException | ArithmeticException e) {
                    throw error("the number " + Echo.of(token) + " is out of range", start);
                }
            }
            if (pos - start <= 18) {
                return Long.parseLong(token);
            }
            BigInteger big = new BigInteger(token);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }

        private void digits() {
            while (pos < text.length() && Ascii.isDigit(text.charAt(pos))) {
                pos++;
            }
        }

        private void skipSpace() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        private boolean peekIs(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        private void expect(char c, String where) {
            if (!peekIs(c)) {
                throw error(
                        pos >= text.length()
                                ? "the text ends where '" + c + "' " + where + " was expected"
                                : "expected '" + c + "' " + where + ", found " + found());
            }
            pos++;
        }

        private String found() {
            return found(pos);
        }

        private String found(int at) {
            return at >= text.length() ? "the end of the text" : "'" + printable(text.charAt(at)) + "'";
        }

        private static String printable(char c) {
            return c < 0x20 || c == 0x7f || Character.isSurrogate(c)
                    ? String.format(Locale.ROOT, "U+%04X", (int) c)
                    : String.valueOf(c);
        }

        private SyntaxException error(String problem) {
            return error(problem, pos);
        }

        /** The problem with its line and column (both from 1; columns count UTF-16 units). */
        private SyntaxException error(String problem, int at) {
            int line = 1;
            int lineStart = 0;
            int end = Math.min(at, text.length());
            for (int i = 0; i < end; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new SyntaxException(problem + " (line " + line + ", column " + (end - lineStart + 1) + ")", at);
        }
    }

    // --- writing, as Python's json.dumps ---------------------------------------------------------------------------

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
                        out.append("\\u")
                                .append(HEX[(c >> 12) & 0xf])
                                .append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf])
                                .append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
