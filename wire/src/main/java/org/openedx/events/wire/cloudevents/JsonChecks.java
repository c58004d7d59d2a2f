package org.openedx.events.wire.cloudevents;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openedx.events.support.Echo;
import org.openedx.events.support.IsoDateTimes;
import org.openedx.events.support.PythonUuids;
import org.openedx.events.wire.payload.PathFailure;
import org.openedx.events.wire.payload.PayloadType;

/**
 * Checks payloads against their {@link PayloadType}: Java values before JSON-B writes them, JSON values before JSON-B
 * binds them. Each check throws a {@link PathFailure} naming the offending value, so that JSON-B itself never meets
 * a value it would reject (its own messages do not say where the problem is).
 */
final class JsonChecks {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private JsonChecks() {}

    // --- Java values, before writing ----------------------------------------------------------------------------

    /** Checks a non-null Java value. */
    static void checkValue(Object value, PayloadType type) {
        if (type instanceof PayloadType.Scalar scalar) {
            checkScalar(value, scalar.kind());
        } else if (type instanceof PayloadType.ListOf list) {
            int i = 0;
            for (Object item : (List<?>) value) {
                if (item == null) {
                    throw new PathFailure("is null, but list items cannot be null").atIndex(i);
                }
                try {
                    checkValue(item, list.element());
                } catch (PathFailure f) {
                    throw f.atIndex(i);
                }
                i++;
            }
        } else if (type instanceof PayloadType.MapOf map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new PathFailure("has the key " + entry.getKey() + ", but map keys must be strings");
                }
                if (entry.getValue() == null) {
                    throw new PathFailure("is null, but map values cannot be null").atKey(key);
                }
                try {
                    checkValue(entry.getValue(), map.value());
                } catch (PathFailure f) {
                    throw f.atKey(key);
                }
            }
        } else if (type instanceof PayloadType.RecordOf record) {
            checkRecord(value, record);
        } else {
            throw unsupported((PayloadType.Unsupported) type);
        }
    }

    private static void checkScalar(Object value, PayloadType.ScalarKind kind) {
        if (kind == PayloadType.ScalarKind.DOUBLE) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new PathFailure("is " + d + ", which JSON cannot represent (only finite numbers)");
            }
        } else if (kind == PayloadType.ScalarKind.DATE_TIME) {
            try {
                IsoDateTimes.format((OffsetDateTime) value);
            } catch (DateTimeException e) {
                throw new PathFailure("cannot be written as a Python datetime: " + e.getMessage(), e);
            }
        }
        // strings, booleans, integers, bytes, UUIDs and keys have a JSON form whatever their value
    }

    private static void checkRecord(Object value, PayloadType.RecordOf record) {
        for (PayloadType.Component component : record.components()) {
            Object item;
            try {
                Method accessor = component.recordComponent().getAccessor();
                accessor.trySetAccessible();
                item = accessor.invoke(value);
            } catch (InvocationTargetException e) {
                throw new PathFailure("cannot be read: its accessor threw " + e.getCause(), e.getCause())
                        .inField(component.wireName());
            } catch (ReflectiveOperationException e) {
                throw new PathFailure("cannot be read: " + e, e).inField(component.wireName());
            }
            if (item == null) {
                if (!component.nullable()) {
                    throw new PathFailure("is null, but the field is required (only components without @NotNull "
                                    + "may be null)")
                            .inField(component.wireName());
                }
                continue;
            }
            try {
                checkValue(item, component.type());
            } catch (PathFailure f) {
                throw f.inField(component.wireName());
            }
        }
    }

    private static PathFailure unsupported(PayloadType.Unsupported type) {
        return new PathFailure("has type " + type.typeName() + ", which " + type.reason());
    }

    // --- JSON values, before binding ----------------------------------------------------------------------------

    /** Checks a non-null JSON value. */
    static void checkJson(JsonValue value, PayloadType type) {
        if (type instanceof PayloadType.Scalar scalar) {
            checkJsonScalar(value, scalar);
        } else if (type instanceof PayloadType.ListOf list) {
            if (!(value instanceof JsonArray array)) {
                throw wrong(value, "an array");
            }
            for (int i = 0; i < array.size(); i++) {
                JsonValue item = array.get(i);
                if (item.getValueType() == JsonValue.ValueType.NULL) {
                    throw new PathFailure("is null, but list items cannot be null").atIndex(i);
                }
                try {
                    checkJson(item, list.element());
                } catch (PathFailure f) {
                    throw f.atIndex(i);
                }
            }
        } else if (type instanceof PayloadType.MapOf map) {
            if (!(value instanceof JsonObject object)) {
                throw wrong(value, "an object");
            }
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
                    throw new PathFailure("is null, but map values cannot be null").atKey(entry.getKey());
                }
                try {
                    checkJson(entry.getValue(), map.value());
                } catch (PathFailure f) {
                    throw f.atKey(entry.getKey());
                }
            }
        } else if (type instanceof PayloadType.RecordOf record) {
            checkJsonRecord(value, record);
        } else {
            throw unsupported((PayloadType.Unsupported) type);
        }
    }

    private static void checkJsonScalar(JsonValue value, PayloadType.Scalar scalar) {
        switch (scalar.kind()) {
            case BOOLEAN -> {
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    throw wrong(value, "a boolean");
                }
            }
            case LONG, INT -> {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    throw wrong(value, "an integer");
                }
                BigInteger n = number.bigIntegerValue();
                boolean isInt = scalar.kind() == PayloadType.ScalarKind.INT;
                BigInteger min = isInt ? BigInteger.valueOf(Integer.MIN_VALUE) : LONG_MIN;
                BigInteger max = isInt ? BigInteger.valueOf(Integer.MAX_VALUE) : LONG_MAX;
                if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
                    throw new PathFailure(
                            "is " + n + ", which does not fit " + (isInt ? "a 32" : "a 64") + "-bit integer");
                }
            }
            case DOUBLE -> {
                if (!(value instanceof JsonNumber)) {
                    throw wrong(value, "a number");
                }
            }
            case STRING -> string(value, "a string");
            case BYTES -> {
                String text = string(value, "a base64 string");
                try {
                    Base64.getDecoder().decode(text);
                } catch (IllegalArgumentException e) {
                    throw new PathFailure("is '" + Echo.of(text) + "', which is not base64: " + e.getMessage(), e);
                }
            }
            case DATE_TIME -> {
                String text = string(value, "an ISO-8601 date-time string");
                try {
                    IsoDateTimes.parse(text);
                } catch (DateTimeParseException e) {
                    throw new PathFailure(e.getMessage(), e);
                }
            }
            case UUID -> {
                String text = string(value, "a UUID string");
                try {
                    PythonUuids.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new PathFailure(e.getMessage(), e);
                }
            }
            case KEY -> {
                Class<?> keyType = scalar.javaType();
                String text = string(value, "a " + keyType.getSimpleName() + " string");
                try {
                    scalar.parse().invoke(null, text);
                } catch (InvocationTargetException e) {
                    throw new PathFailure(
                            "is '" + Echo.of(text) + "', which is not a valid " + keyType.getSimpleName() + ": "
                                    + e.getCause().getMessage(),
                            e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new PathFailure("cannot be parsed: " + e, e);
                }
            }
            default -> throw new IllegalStateException(scalar.kind().name());
        }
    }

    private static void checkJsonRecord(JsonValue value, PayloadType.RecordOf record) {
        if (!(value instanceof JsonObject object)) {
            throw wrong(value, "an object (" + record.type().getSimpleName() + ")");
        }
        for (String name : object.keySet()) {
            if (record.component(name) == null) {
                throw new PathFailure("is not a field of " + record.type().getSimpleName() + "; its fields are "
                                + record.wireNames())
                        .inField(name);
            }
        }
        for (PayloadType.Component component : record.components()) {
            JsonValue item = object.get(component.wireName());
            if (item == null || item.getValueType() == JsonValue.ValueType.NULL) {
                if (!component.nullable()) {
                    throw new PathFailure(
                                    item == null
                                            ? "is missing, but the field is required"
                                            : "is null, but the field is required")
                            .inField(component.wireName());
                }
                continue;
            }
            try {
                checkJson(item, component.type());
            } catch (PathFailure f) {
                throw f.inField(component.wireName());
            }
        }
    }

    private static String string(JsonValue value, String expected) {
        if (!(value instanceof JsonString string)) {
            throw wrong(value, expected);
        }
        return string.getString();
    }

    static PathFailure wrong(JsonValue value, String expected) {
        return new PathFailure("is " + describe(value) + ", but must be " + expected);
    }

    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string '" + Echo.of(((JsonString) value).getString()) + "'";
            case NUMBER -> "the number " + Echo.of(value.toString());
            case TRUE, FALSE -> "the boolean " + value;
            case NULL -> "null";
        };
    }
}
