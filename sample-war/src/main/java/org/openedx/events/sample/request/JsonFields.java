package org.openedx.events.sample.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * Reads the fields of one JSON object, collecting a {@link FieldProblem} for every field that is missing, of the
 * wrong type or invalid, so that a client learns about all of them at once. Accessors return {@code null} after
 * recording a problem; callers build their result only when {@link #problems()} is empty.
 */
final class JsonFields {

    private final JsonObject object;
    private final String prefix;
    private final List<FieldProblem> problems;

    private JsonFields(JsonObject object, String prefix, List<FieldProblem> problems) {
        this.object = object;
        this.prefix = prefix;
        this.problems = problems;
    }

    /**
     * Parses a request body that must be one JSON object, with {@link StrictJsonReader}.
     *
     * @param body the body text, possibly null or empty
     * @return the reader of its top-level fields
     * @throws InvalidRequestException of kind {@code MALFORMED_JSON} if the body is empty or not JSON (naming the line
     *     and column of the problem and what was expected there), of kind {@code INVALID_FIELDS} if it is JSON but
     *     not an object, or repeats a field
     */
    static JsonFields parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException(
                    InvalidRequestException.Kind.MALFORMED_JSON,
                    List.of(new FieldProblem(FieldProblem.BODY, "the request body is empty; expected a JSON object")));
        }
        JsonValue value = StrictJsonReader.read(Provider.INSTANCE, body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRequestException(
                    InvalidRequestException.Kind.INVALID_FIELDS,
                    List.of(new FieldProblem(
                            FieldProblem.BODY, "must be a JSON object, was " + describe(value.getValueType()))));
        }
        return new JsonFields(value.asJsonObject(), "", new ArrayList<>());
    }

    /** The JSON-P provider, looked up once (each {@code Json.create...} call looks it up again). */
    private static final class Provider {
        static final JsonProvider INSTANCE = JsonProvider.provider();
    }

    /** The problems found so far, by this reader and its nested readers. */
    List<FieldProblem> problems() {
        return problems;
    }

    /**
     * Throws when a problem was found.
     *
     * @throws InvalidRequestException of kind {@code INVALID_FIELDS} with every problem
     */
    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(InvalidRequestException.Kind.INVALID_FIELDS, problems);
        }
    }

    /**
     * Records a problem for every field not in {@code allowed}: a misspelt field is an error, not a silent drop.
     *
     * @param allowed the field names this object may have
     */
    void rejectUnknown(Set<String> allowed) {
        for (String name : object.keySet()) {
            if (!allowed.contains(name)) {
                problems.add(new FieldProblem(path(name), "is not a known field; allowed: " + new TreeSet<>(allowed)));
            }
        }
    }

    /**
     * A required nested object.
     *
     * @param name the field name
     * @return its reader, or null after recording a problem
     */
    JsonFields object(String name) {
        JsonValue value = required(name, JsonValue.ValueType.OBJECT, "a JSON object");
        return value == null ? null : new JsonFields(value.asJsonObject(), path(name) + ".", problems);
    }

    /**
     * A required string that is not blank.
     *
     * @param name the field name
     * @param maxLength the most characters (Unicode code points, as Python and Django count them) it may have
     * @return the string, or null after recording a problem
     */
    String requiredText(String name, int maxLength) {
        JsonValue value = required(name, JsonValue.ValueType.STRING, "a string");
        if (value == null) {
            return null;
        }
        String text = ((JsonString) value).getString();
        if (!withinLength(name, text, maxLength)) {
            return null;
        }
        if (text.isBlank()) {
            problems.add(new FieldProblem(path(name), "must not be blank"));
            return null;
        }
        return text;
    }

    /**
     * An optional string.
     *
     * @param name the field name
     * @param absent the value when the field is absent or null
     * @param maxLength the most characters (Unicode code points) it may have
     * @return the string, {@code absent}, or null after recording a problem
     */
    String optionalText(String name, String absent, int maxLength) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            wrongType(name, "a string", value);
            return null;
        }
        String text = ((JsonString) value).getString();
        return withinLength(name, text, maxLength) ? text : null;
    }

    /** Records a problem when the text is longer than allowed; the reason gives the limit, not the text. */
    private boolean withinLength(String name, String text, int maxLength) {
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            problems.add(new FieldProblem(path(name), "must be at most " + maxLength + " characters, was " + length));
            return false;
        }
        return true;
    }

    /**
     * An optional boolean.
     *
     * @param name the field name
     * @param absent the value when the field is absent or null
     * @return the value, {@code absent}, or null after recording a problem
     */
    Boolean optionalBoolean(String name, boolean absent) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        wrongType(name, "true or false", value);
        return null;
    }

    /**
     * A required whole number of at least 1.
     *
     * @param name the field name
     * @return the number, or null after recording a problem
     */
    Long positiveLong(String name) {
        JsonValue value = required(name, JsonValue.ValueType.NUMBER, "a whole number");
        if (value == null) {
            return null;
        }
        JsonNumber number = (JsonNumber) value;
        long result;
        try {
            result = number.bigDecimalValue().longValueExact();
        } catch (ArithmeticException e) {
            problems.add(new FieldProblem(
                    path(name), "must be a whole number from 1 to " + Long.MAX_VALUE + ", was " + number));
            return null;
        }
        if (result < 1) {
            problems.add(new FieldProblem(path(name), "must be at least 1, was " + result));
            return null;
        }
        return result;
    }

    /**
     * A required string turned into a value by a parser; the parser's exception message becomes the reason.
     *
     * @param name the field name
     * @param maxLength the most characters (Unicode code points) it may have, checked before parsing
     * @param parser the parser, e.g. {@code CourseKey::parse}
     * @param <T> the value type
     * @return the value, or null after recording a problem
     */
    <T> T parsed(String name, int maxLength, Function<String, T> parser) {
        String text = requiredText(name, maxLength);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(path(name), e.getMessage() == null ? "is not valid" : e.getMessage()));
            return null;
        }
    }

    /**
     * Records a problem with a field the caller checked itself.
     *
     * @param name the field name
     * @param reason what is wrong
     */
    void problem(String name, String reason) {
        problems.add(new FieldProblem(path(name), reason));
    }

    private JsonValue required(String name, JsonValue.ValueType type, String expected) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            problems.add(new FieldProblem(path(name), "is required: " + expected));
            return null;
        }
        if (value.getValueType() != type) {
            wrongType(name, expected, value);
            return null;
        }
        return value;
    }

    private void wrongType(String name, String expected, JsonValue value) {
        problems.add(new FieldProblem(path(name), "must be " + expected + ", was " + describe(value.getValueType())));
    }

    /** The field's dotted path; a long name (an unknown field, say) is cut. */
    private String path(String name) {
        return prefix + StrictJsonReader.echo(name);
    }

    private static String describe(JsonValue.ValueType type) {
        return switch (type) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }
}
