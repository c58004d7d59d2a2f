package org.openedx.events.wire.cloudevents;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.BinaryDataStrategy;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.support.Echo;
import org.openedx.events.support.IsoDateTimes;
import org.openedx.events.support.Json;
import org.openedx.events.support.PythonUuids;
import org.openedx.events.wire.payload.PathFailure;
import org.openedx.events.wire.payload.PayloadType;

/**
 * What {@link CloudEventsJson} does, with JSON-B and JSON-P: a class of its own, so that {@link CloudEventsJson} loads
 * without them and can say which is missing.
 */
final class JsonbCloudEvents implements AutoCloseable {

    private final Jsonb jsonb;
    private final JsonProvider json;

    /**
     * Creates a reader and writer with its own {@link Jsonb}.
     *
     * @throws OpenEdxEventException {@code OXE6104} when no JSON-B or JSON-P implementation is on the class path
     */
    JsonbCloudEvents() {
        List<String> missing = new ArrayList<>();
        JsonProvider provider = null;
        try {
            provider = JsonProvider.provider();
        } catch (JsonException e) {
            missing.add("no JSON-P implementation was found (" + e.getMessage() + ")");
        }
        Jsonb binding = null;
        try {
            binding = JsonbBuilder.create(new JsonbConfig()
                    .withNullValues(true)
                    .withAdapters(new PythonDateTimeAdapter())
                    .withBinaryDataStrategy(BinaryDataStrategy.BASE_64));
        } catch (JsonbException | JsonException e) {
            missing.add("no JSON-B implementation was found (" + e.getMessage() + ")");
        }
        if (!missing.isEmpty()) {
            throw CloudEventsJson.unavailable(String.join(", and ", missing));
        }
        this.json = provider;
        this.jsonb = binding;
    }

    /**
     * Writes an event.
     *
     * @param metadata the metadata, for the signal's event type
     * @param signal the signal
     * @param data the payload
     * @param <T> the payload type
     * @return the CloudEvent as JSON text
     * @throws CloudEventFormatException {@code OXE6103} naming the JSON path when the metadata is for another event
     *     type, the payload is null or of the wrong class, a required field is null, a list or map holds null, a
     *     double is not finite, or a type has no JSON form
     */
    <T> String write(EventsMetadata metadata, OpenEdxPublicSignal<T> signal, T data) {
        String type = signal.eventType();
        if (metadata == null) {
            throw CloudEventFormatException.write(type, "$", "has no metadata (null)", null);
        }
        if (!metadata.eventType().equals(type)) {
            throw CloudEventFormatException.write(
                    type,
                    "type",
                    "would be '" + metadata.eventType()
                            + "' from the metadata; metadata must carry the signal's own event type",
                    null);
        }
        String path = "data." + signal.dataKey();
        if (data == null) {
            throw CloudEventFormatException.write(type, path, "is null; the payload is required", null);
        }
        if (!signal.dataType().isInstance(data)) {
            throw CloudEventFormatException.write(
                    type,
                    path,
                    "is a " + data.getClass().getName() + ", but the event carries "
                            + signal.dataType().getName(),
                    null);
        }
        try {
            JsonChecks.checkValue(data, PayloadType.of(signal.dataType()));
        } catch (PathFailure f) {
            throw CloudEventFormatException.write(type, f.path(path), f.problem(), f.getCause());
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", CloudEventsJson.SPEC_VERSION);
        event.put("id", metadata.id().toString());
        event.put("type", type);
        event.put("source", metadata.source());
        event.put("time", IsoDateTimes.format(metadata.time()));
        event.put("datacontenttype", CloudEventsJson.DATA_CONTENT_TYPE);
        event.put("minorversion", metadata.minorVersion());
        event.put("sourcehost", metadata.sourceHost());
        event.put("sourcelib", metadata.sourceLib());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(signal.dataKey(), data);
        event.put("data", payload);
        try {
            return jsonb.toJson(event);
        } catch (JsonbException e) {
            throw CloudEventFormatException.write(type, path, "cannot be written by JSON-B: " + e.getMessage(), e);
        }
    }

    /**
     * Writes an event.
     *
     * @param event the event
     * @return the CloudEvent as JSON text
     * @throws CloudEventFormatException as {@link #write(EventsMetadata, OpenEdxPublicSignal, Object)}
     */
    String write(CloudEventMessage<?> event) {
        return writeTyped(event);
    }

    private <T> String writeTyped(CloudEventMessage<T> event) {
        return write(event.metadata(), event.signal(), event.data());
    }

    /**
     * Reads an event of any known type.
     *
     * @param text the CloudEvent as JSON text
     * @return the event, with the signal its {@code type} names
     * @throws CloudEventFormatException {@code OXE6102} for an unknown type; {@code OXE6101} naming the JSON path of
     *     anything else that is wrong
     */
    CloudEventMessage<?> read(String text) {
        JsonObject event = parse(text);
        String type = requiredString(event, "type");
        Optional<OpenEdxPublicSignal<?>> signal = OpenEdxPublicSignal.findSignalByType(type);
        if (signal.isEmpty()) {
            throw CloudEventFormatException.unknownType(type, OpenEdxPublicSignal.closestEventTypes(type));
        }
        return read(event, signal.get());
    }

    /**
     * Reads an event that must be of one signal's type.
     *
     * @param text the CloudEvent as JSON text
     * @param signal the expected signal
     * @param <T> the payload type
     * @return the event
     * @throws CloudEventFormatException {@code OXE6101} naming the JSON path of what is wrong, including a
     *     {@code type} other than the signal's
     */
    <T> CloudEventMessage<T> read(String text, OpenEdxPublicSignal<T> signal) {
        JsonObject event = parse(text);
        String type = requiredString(event, "type");
        if (!type.equals(signal.eventType())) {
            throw CloudEventFormatException.read(
                    "type",
                    "is '" + Echo.of(type) + "', but the expected event type is '" + signal.eventType() + "'",
                    null);
        }
        return read(event, signal);
    }

    private <T> CloudEventMessage<T> read(JsonObject event, OpenEdxPublicSignal<T> signal) {
        String specVersion = requiredString(event, "specversion");
        if (!CloudEventsJson.SPEC_VERSION.equals(specVersion)) {
            throw CloudEventFormatException.read(
                    "specversion",
                    "is '" + Echo.of(specVersion) + "', but only CloudEvents " + CloudEventsJson.SPEC_VERSION
                            + " is supported",
                    null);
        }
        JsonValue contentType = event.get("datacontenttype");
        if (contentType != null && contentType.getValueType() != JsonValue.ValueType.NULL) {
            String media = requiredString(event, "datacontenttype");
            String base = media.split(";", 2)[0].trim();
            if (!base.equalsIgnoreCase(CloudEventsJson.DATA_CONTENT_TYPE)) {
                throw CloudEventFormatException.read(
                        "datacontenttype",
                        "is '" + Echo.of(media) + "', but Open edX event " + "data must be "
                                + CloudEventsJson.DATA_CONTENT_TYPE,
                        null);
            }
        }
        if (event.containsKey("data_base64")) {
            throw CloudEventFormatException.read(
                    "data_base64", "is present, but Open edX event data is JSON " + "('data'), not binary", null);
        }
        EventsMetadata metadata = metadata(event, signal.eventType());
        T data = data(event, signal);
        return new CloudEventMessage<>(metadata, signal, data);
    }

    private JsonObject parse(String text) {
        if (text == null) {
            throw CloudEventFormatException.read("$", "is null; expected a CloudEvent JSON object", null);
        }
        try {
            Json.check(text, CloudEventsJson.MAX_LENGTH);
        } catch (Json.SyntaxException e) {
            throw CloudEventFormatException.read("$", "is not valid JSON: " + e.getMessage(), e);
        }
        JsonStructure structure;
        try (JsonReader reader = json.createReader(new StringReader(text))) {
            structure = reader.read();
        } catch (JsonParsingException e) {
            throw CloudEventFormatException.read("$", "is not valid JSON: " + e.getMessage(), e);
        } catch (JsonException e) {
            throw CloudEventFormatException.read("$", "cannot be read as JSON: " + e.getMessage(), e);
        }
        if (!(structure instanceof JsonObject object)) {
            throw CloudEventFormatException.read(
                    "$", "is " + JsonChecks.describe(structure) + ", but a CloudEvent is a JSON object", null);
        }
        return object;
    }

    private static EventsMetadata metadata(JsonObject event, String type) {
        String idText = requiredString(event, "id");
        UUID id;
        try {
            id = PythonUuids.parse(idText);
        } catch (IllegalArgumentException e) {
            throw CloudEventFormatException.read("id", e.getMessage(), e);
        }
        String source = requiredString(event, "source");
        String timeText = requiredString(event, "time");
        OffsetDateTime time;
        try {
            time = IsoDateTimes.parseOffset(timeText);
        } catch (DateTimeParseException e) {
            throw CloudEventFormatException.read("time", e.getMessage(), e);
        }
        if (!ZoneOffset.UTC.equals(time.getOffset())) {
            throw CloudEventFormatException.read(
                    "time", "is '" + Echo.of(timeText) + "', but Open edX event times are UTC " + "(+00:00)", null);
        }
        int minorVersion = minorVersion(event);
        String sourceHost = requiredString(event, "sourcehost");
        List<Integer> sourceLib = sourceLib(event);
        try {
            return new EventsMetadata(type, id, minorVersion, source, sourceHost, time, sourceLib);
        } catch (OpenEdxEventException e) {
            throw CloudEventFormatException.read("$", "has invalid metadata: " + e.getMessage(), e);
        }
    }

    private static int minorVersion(JsonObject event) {
        JsonValue value = required(event, "minorversion");
        if (value instanceof JsonNumber number
                && number.isIntegral()
                && number.bigIntegerValue().signum() >= 0
                && number.bigIntegerValue().bitLength() < 32) {
            return number.intValue();
        }
        if (value instanceof JsonString string && string.getString().matches("[0-9]{1,9}")) {
            return Integer.parseInt(string.getString());
        }
        throw CloudEventFormatException.read(
                "minorversion", "is " + JsonChecks.describe(value) + ", but must be a non-negative integer", null);
    }

    private static List<Integer> sourceLib(JsonObject event) {
        JsonValue value = required(event, "sourcelib");
        List<Integer> parts = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                JsonValue part = array.get(i);
                if (!(part instanceof JsonNumber number)
                        || !number.isIntegral()
                        || number.bigIntegerValue().signum() < 0
                        || number.bigIntegerValue().bitLength() >= 32) {
                    throw CloudEventFormatException.read(
                            "sourcelib[" + i + "]",
                            "is " + JsonChecks.describe(part)
                                    + ", but library versions are lists of non-negative integers such as [11, 2, 0]",
                            null);
                }
                parts.add(number.intValue());
            }
            return parts;
        }
        if (value instanceof JsonString string && string.getString().matches("[0-9]{1,9}(\\.[0-9]{1,9})*")) {
            for (String part : string.getString().split("\\.")) {
                parts.add(Integer.parseInt(part));
            }
            return parts;
        }
        throw CloudEventFormatException.read(
                "sourcelib",
                "is " + JsonChecks.describe(value) + ", but must be a "
                        + "list of non-negative integers such as [11, 2, 0] (or the dotted form \"11.2.0\")",
                null);
    }

    private <T> T data(JsonObject event, OpenEdxPublicSignal<T> signal) {
        JsonValue value = required(event, "data");
        if (!(value instanceof JsonObject data)) {
            throw CloudEventFormatException.read(
                    "data",
                    "is " + JsonChecks.describe(value) + ", but must be an " + "object holding the payload under '"
                            + signal.dataKey() + "'",
                    null);
        }
        for (String key : data.keySet()) {
            if (!key.equals(signal.dataKey())) {
                throw CloudEventFormatException.read(
                        "data." + key,
                        "is not the data key of " + signal.eventType() + ", which is '" + signal.dataKey() + "'",
                        null);
            }
        }
        String path = "data." + signal.dataKey();
        JsonValue payload = data.get(signal.dataKey());
        if (payload == null || payload.getValueType() == JsonValue.ValueType.NULL) {
            throw CloudEventFormatException.read(
                    path,
                    payload == null ? "is missing; the payload is required" : "is null; the payload is required",
                    null);
        }
        try {
            JsonChecks.checkJson(payload, PayloadType.of(signal.dataType()));
        } catch (PathFailure f) {
            throw CloudEventFormatException.read(f.path(path), f.problem(), f.getCause());
        }
        try {
            return signal.cast(jsonb.fromJson(payload.toString(), signal.dataType()));
        } catch (JsonbException | IllegalArgumentException | ClassCastException e) {
            throw CloudEventFormatException.read(
                    path, "cannot be bound to " + signal.dataType().getName() + " by JSON-B: " + e.getMessage(), e);
        }
    }

    private static JsonValue required(JsonObject event, String name) {
        JsonValue value = event.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw CloudEventFormatException.read(
                    name,
                    value == null ? "is missing; the attribute is required" : "is null; the attribute is required",
                    null);
        }
        return value;
    }

    private static String requiredString(JsonObject event, String name) {
        JsonValue value = required(event, name);
        if (!(value instanceof JsonString string)) {
            throw CloudEventFormatException.read(
                    name, "is " + JsonChecks.describe(value) + ", but must be a " + "string", null);
        }
        return string.getString();
    }

    /** Closes the {@link Jsonb}. */
    @Override
    public void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // nothing useful to do: Jsonb.close() releases caches only
        }
    }
}
