package org.openedx.events.sample.request;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * Reads a request body as JSON, strictly and within bounds, into JSON-P values.
 *
 * <p>The text must be RFC 8259 JSON: no raw control characters in strings, only the RFC's escapes, no leading zeros,
 * no {@code NaN}, no byte-order mark, nothing after the value but white space. Objects and arrays nest at most
 * {@value #MAX_DEPTH} levels (this API's bodies nest two), so that a body of a million {@code [} costs no more than
 * a typo; numbers have at most {@value #MAX_NUMBER_LENGTH} characters. A field may appear once in its object (RFC
 * 8259 leaves duplicates to the reader, which here refuses them instead of keeping the last).
 *
 * <p>Every failure is an {@link InvalidRequestException}: of kind {@code MALFORMED_JSON} for the body, naming the
 * line and column of the offending character (both from 1, columns counting characters) and what was expected
 * there; of kind {@code INVALID_FIELDS} for a repeated field, naming it. Reasons repeat at most
 * {@value #ECHO_LIMIT} characters of the body.
 */
final class StrictJsonReader {

    /** The deepest nesting of objects and arrays a body may have. */
    static final int MAX_DEPTH = 16;

    /** The longest number, in characters. */
    static final int MAX_NUMBER_LENGTH = 64;

    /** The most characters of the body a reason repeats (a field name, say). */
    static final int ECHO_LIMIT = 64;

    private static final String VALUE = "a value (an object, array, string, number, true, false or null)";

    private final JsonProvider json;
    private final String text;
    private int pos;
    private int depth;

    private StrictJsonReader(JsonProvider json, String text) {
        this.json = json;
        this.text = text;
    }

    /**
     * Reads a body.
     *
     * @param json the JSON-P provider that builds the values
     * @param text the body, not null
     * @return its value
     * @throws InvalidRequestException as the class description says
     */
    static JsonValue read(JsonProvider json, String text) {
        StrictJsonReader reader = new StrictJsonReader(json, text);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            throw reader.malformed("a byte-order mark (U+FEFF) starts the body; JSON texts have none");
        }
        reader.skipSpace();
        JsonValue value = reader.value("");
        reader.skipSpace();
        if (reader.pos < text.length()) {
            throw reader.malformed("expected the end of the body after the JSON value, found " + reader.found());
        }
        return value;
    }

    /** Reads the value at the current position; {@code path} is its field path, empty for the body. */
    private JsonValue value(String path) {
        if (pos >= text.length()) {
            throw endsWhere(path.isEmpty() ? "a JSON object" : VALUE);
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(path);
            case '[':
                return array(path);
            case '"':
                return json.createValue(string());
            case 't':
                return literal("true", JsonValue.TRUE, path);
            case 'f':
                return literal("false", JsonValue.FALSE, path);
            case 'n':
                return literal("null", JsonValue.NULL, path);
            default:
                if (c == '-' || isDigit(c)) {
                    return number();
                }
                throw unexpected(path);
        }
    }

    private JsonValue literal(String word, JsonValue value, String path) {
        if (!text.startsWith(word, pos)) {
            throw unexpected(path);
        }
        pos += word.length();
        return value;
    }

    private InvalidRequestException unexpected(String path) {
        return malformed("expected " + (path.isEmpty() ? "a JSON object" : VALUE) + ", found " + found());
    }

    private JsonValue object(String path) {
        enter();
        pos++; // {
        JsonObjectBuilder object = json.createObjectBuilder();
        Set<String> names = new HashSet<>();
        skipSpace();
        if (peekIs('}')) {
            pos++;
            depth--;
            return object.build();
        }
        boolean first = true;
        while (true) {
            skipSpace();
            if (!peekIs('"')) {
                String expected = first
                        ? "a field name (a string in double quotes) or '}'"
                        : "a field name (a string in double quotes) after ','";
                throw pos >= text.length()
                        ? endsWhere(expected)
                        : malformed("expected " + expected + ", found " + found());
            }
            int nameAt = pos;
            String name = string();
            String field = path.isEmpty() ? echo(name) : path + "." + echo(name);
            if (!names.add(name)) {
                throw new InvalidRequestException(
                        InvalidRequestException.Kind.INVALID_FIELDS,
                        List.of(new FieldProblem(
                                field,
                                "appears twice in its object (the second time at " + where(nameAt)
                                        + "); a field may appear only once")));
            }
            skipSpace();
            expect(':', "':' after the field name '" + echo(name) + "'");
            skipSpace();
            object.add(name, value(field));
            skipSpace();
            if (peekIs(',')) {
                pos++;
                first = false;
                continue;
            }
            expect('}', "',' or '}' after the value of '" + echo(name) + "'");
            depth--;
            return object.build();
        }
    }

    private JsonValue array(String path) {
        enter();
        pos++; // [
        JsonArrayBuilder array = json.createArrayBuilder();
        skipSpace();
        if (peekIs(']')) {
            pos++;
            depth--;
            return array.build();
        }
        for (int index = 0; ; index++) {
            skipSpace();
            array.add(value(path + "[" + index + "]"));
            skipSpace();
            if (peekIs(',')) {
                pos++;
                continue;
            }
            expect(']', "',' or ']' after an array element");
            depth--;
            return array.build();
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw malformed("objects and arrays nest deeper than " + MAX_DEPTH + " levels, the most this API reads"
                    + " (its requests nest two)");
        }
    }

    /** Reads a string literal at the opening quote. */
    private String string() {
        int start = pos;
        pos++; // the opening quote
        StringBuilder out = new StringBuilder();
        int runStart = pos;
        while (true) {
            if (pos >= text.length()) {
                throw endsWhere("the '\"' that closes the string begun at " + where(start));
            }
            char c = text.charAt(pos);
            if (c == '"') {
                out.append(text, runStart, pos);
                pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw malformed(String.format(
                        Locale.ROOT,
                        "found the raw control character U+%04X in a string; write it as an escape such as \\n or "
                                + "\\u%04x",
                        (int) c,
                        (int) c));
            }
            if (c != '\\') {
                pos++;
                continue;
            }
            out.append(text, runStart, pos);
            pos++;
            if (pos >= text.length()) {
                throw endsWhere("an escape after '\\'");
            }
            char e = text.charAt(pos);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> out.append(unicodeEscape());
                default ->
                    throw malformed("found the escape '\\" + printable(e) + "', which is not JSON; the escapes are "
                            + "\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hexadecimal digits");
            }
            pos++;
            runStart = pos;
        }
    }

    /** At the 'u' of a <code>&#92;u</code> escape; leaves pos at its last digit. */
    private char unicodeEscape() {
        int value = 0;
        for (int i = 1; i <= 4; i++) {
            int at = pos + i;
            int digit = at < text.length() ? Character.digit(text.charAt(at), 16) : -1;
            if (at < text.length() && text.charAt(at) > 0x7f) {
                digit = -1; // Character.digit also takes non-ASCII digits
            }
            if (digit < 0) {
                pos = at;
                throw at >= text.length()
                        ? endsWhere("four hexadecimal digits after \\u")
                        : malformed("expected four hexadecimal digits after \\u, found " + found());
            }
            value = value * 16 + digit;
        }
        pos += 4;
        return (char) value;
    }

    private JsonValue number() {
        int start = pos;
        if (peekIs('-')) {
            pos++;
        }
        if (!peekDigit()) {
            throw pos >= text.length()
                    ? endsWhere("a digit after '-'")
                    : malformed("expected a digit after '-', found " + found());
        }
        if (text.charAt(pos) == '0') {
            pos++;
            if (peekDigit()) {
                throw malformed("found a digit after a leading zero; JSON numbers have none (write 7, not 07)");
            }
        } else {
            digits();
        }
        boolean integral = true;
        if (peekIs('.')) {
            integral = false;
            pos++;
            if (!peekDigit()) {
                throw pos >= text.length()
                        ? endsWhere("a digit after the decimal point")
                        : malformed("expected a digit after the decimal point, found " + found());
            }
            digits();
        }
        if (peekIs('e') || peekIs('E')) {
            integral = false;
            pos++;
            if (peekIs('+') || peekIs('-')) {
                pos++;
            }
            if (!peekDigit()) {
                throw pos >= text.length()
                        ? endsWhere("a digit in the exponent")
                        : malformed("expected a digit in the exponent, found " + found());
            }
            digits();
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            pos = start;
            throw malformed(
                    "found a number of more than " + MAX_NUMBER_LENGTH + " characters, the most this API " + "reads");
        }
        String token = text.substring(start, pos);
        try {
            return integral ? json.createValue(new BigInteger(token)) : json.createValue(new BigDecimal(token));
        } catch (NumberFormatException e) {
            pos = start;
            throw malformed("found the number " + token + ", whose exponent is out of range");
        }
    }

    private void digits() {
        while (peekDigit()) {
            pos++;
        }
    }

    private boolean peekDigit() {
        return pos < text.length() && isDigit(text.charAt(pos));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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

    private void expect(char c, String expected) {
        if (peekIs(c)) {
            pos++;
            return;
        }
        throw pos >= text.length() ? endsWhere(expected) : malformed("expected " + expected + ", found " + found());
    }

    /** The character at the current position, as a reason shows it. */
    private String found() {
        int codePoint = text.codePointAt(pos);
        if (codePoint < 0x20 || codePoint == 0x7f || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return String.format(Locale.ROOT, "U+%04X", codePoint);
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f || Character.isSurrogate(c)
                ? String.format(Locale.ROOT, "U+%04X", (int) c)
                : String.valueOf(c);
    }

    /** The body ends where something else was expected: the position of its last character, never past it. */
    private InvalidRequestException endsWhere(String expected) {
        return malformedBody(
                text.isEmpty()
                        ? "the request body is empty; expected a JSON object"
                        : "the request body is not valid JSON: it ends after " + where(text.length() - 1) + ", where "
                                + expected + " was expected");
    }

    private InvalidRequestException malformed(String problem) {
        return malformedBody("the request body is not valid JSON at " + where(pos) + ": " + problem);
    }

    private static InvalidRequestException malformedBody(String reason) {
        return new InvalidRequestException(
                InvalidRequestException.Kind.MALFORMED_JSON, List.of(new FieldProblem(FieldProblem.BODY, reason)));
    }

    /** The line and column of an offset, both from 1; columns count characters (code points). */
    private String where(int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (text.codePointCount(lineStart, at) + 1);
    }

    /** A field name as a reason repeats it: at most {@value #ECHO_LIMIT} characters. */
    static String echo(String name) {
        return name.length() <= ECHO_LIMIT
                ? name
                : name.substring(0, ECHO_LIMIT) + "… (" + name.length() + " characters)";
    }
}
