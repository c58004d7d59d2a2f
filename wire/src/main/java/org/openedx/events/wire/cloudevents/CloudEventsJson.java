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
 * Open edX events as CloudEvents 1.0 in the structured JSON format ({@code application/cloudevents+json}), written
 * and read with JSON-B.
 *
 * <p>A written event looks like this (one line; spaced here):
 *
 * <pre>
 * {"specversion": "1.0",
 *  "id": "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e",
 *  "type": "org.openedx.learning.course.enrollment.created.v1",
 *  "source": "openedx/lms/web",
 *  "time": "2024-01-02T03:04:05.123456+00:00",
 *  "datacontenttype": "application/json",
 *  "minorversion": 0,
 *  "sourcehost": "lms-1",
 *  "sourcelib": [0, 1, 0],
 *  "data": {"enrollment": {"user": {...}, "course": {"course_key": "course-v1:edX+DemoX+2024", ...}, ...}}}
 * </pre>
 *
 * <ul>
 *   <li>{@code id}, {@code type}, {@code source} and {@code time} are the metadata's, the time as Python's
 *       {@code isoformat()} ({@code +00:00}, microseconds only when non-zero);</li>
 *   <li>{@code minorversion}, {@code sourcehost} and {@code sourcelib} are extension attributes, {@code sourcelib}
 *       in upstream's list form ({@code EventsMetadata.to_json()});</li>
 *   <li>{@code data} is an object with one member, named by the signal's data key, holding the payload with
 *       upstream's snake_case names; opaque keys and UUIDs are strings, date-times are Python {@code isoformat()}
 *       text, {@code byte[]} is base64, optional values are {@code null}.</li>
 * </ul>
 *
 * <p>Reading is strict: the text must be strict JSON (RFC 8259, at most {@link #MAX_LENGTH} characters, nesting at
 * most {@value org.openedx.events.support.Json#MAX_DEPTH} levels, unique member names), and the document must be an
 * object with {@code specversion} "1.0", a known {@code type}, the
 * attributes above (a {@code datacontenttype} other than JSON is refused; {@code minorversion} may also be a string
 * of digits and {@code sourcelib} the dotted form {@code "0.1.0"} that the event-bus headers carry; other extension
 * attributes are ignored), and a {@code data} object whose payload has every required field, no unknown field, and
 * values of the right JSON type that parse (keys, UUIDs, date-times, base64). A date-time without an offset is read
 * as UTC. Every problem is reported as a {@link CloudEventFormatException} naming its JSON path, e.g.
 * {@code data.enrollment.course.course_key}.
 *
 * <p>Instances are thread-safe; each holds one {@link Jsonb}, so create one and reuse it, and {@link #close()} it
 * when done.
 */
public final class CloudEventsJson implements AutoCloseable {

    /** The CloudEvents version written and accepted. */
    public static final String SPEC_VERSION = "1.0";

    /** The content type of {@code data}. */
    public static final String DATA_CONTENT_TYPE = "application/json";

    /** The media type of a whole event in this format. */
    public static final String MEDIA_TYPE = "application/cloudevents+json";

    /**
     * The longest text {@link #read(String)} reads: 1 MiB characters, the size of the largest message a default
     * Kafka broker accepts, and far beyond any real Open edX event.
     */
    public static final int MAX_LENGTH = 1024 * 1024;

    private final Jsonb jsonb;
    private final JsonProvider json;

    /** Creates a reader and writer with its own {@link Jsonb} (from the JSON-B provider on the class path). */
    public CloudEventsJson() {
        this.jsonb = JsonbBuilder.create(new JsonbConfig()
                .withNullValues(true)
                .withAdapters(new PythonDateTimeAdapter())
                .withBinaryDataStrategy(BinaryDataStrategy.BASE_64));
        this.json = JsonProvider.provider();
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
    public <T> String write(EventsMetadata metadata, OpenEdxPublicSignal<T> signal, T data) {
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
        event.put("specversion", SPEC_VERSION);
        event.put("id", metadata.id().toString());
        event.put("type", type);
        event.put("source", metadata.source());
        event.put("time", IsoDateTimes.format(metadata.time()));
        event.put("datacontenttype", DATA_CONTENT_TYPE);
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
    public String write(CloudEventMessage<?> event) {
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
    public CloudEventMessage<?> read(String text) {
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
    public <T> CloudEventMessage<T> read(String text, OpenEdxPublicSignal<T> signal) {
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
        if (!SPEC_VERSION.equals(specVersion)) {
            throw CloudEventFormatException.read(
                    "specversion",
                    "is '" + Echo.of(specVersion) + "', but only CloudEvents " + SPEC_VERSION + " is supported",
                    null);
        }
        JsonValue contentType = event.get("datacontenttype");
        if (contentType != null && contentType.getValueType() != JsonValue.ValueType.NULL) {
            String media = requiredString(event, "datacontenttype");
            String base = media.split(";", 2)[0].trim();
            if (!base.equalsIgnoreCase(DATA_CONTENT_TYPE)) {
                throw CloudEventFormatException.read(
                        "datacontenttype",
                        "is '" + Echo.of(media) + "', but Open edX event " + "data must be " + DATA_CONTENT_TYPE,
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
            Json.check(text, MAX_LENGTH);
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
