package org.openedx.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openedx.events.support.Echo;
import org.openedx.events.support.IsoDateTimes;
import org.openedx.events.support.Json;
import org.openedx.events.support.PythonUuids;

/**
 * The OEP-41 envelope of an Open edX event: who sent what, when, from where (upstream's {@code EventsMetadata}).
 *
 * <p>Normally the sender creates it ({@link OpenEdxEvents#generateSignalMetadata}); event-bus consumers rebuild it
 * from the wire and pass it to {@link OpenEdxEvents#sendWithCustomMetadata}. All components are required.
 *
 * <p>The time is always UTC and has microsecond resolution, as in upstream: a time with another offset is
 * rejected, and digits below the microsecond are dropped on construction so that the value survives the trip
 * through {@link #toJson()} and the wire formats unchanged.
 *
 * @param eventType the event type, e.g. {@code org.openedx.learning.course.enrollment.created.v1}
 * @param id the event id, a time-based (version 1) UUID when generated
 * @param minorVersion the event's minor version, 0 or more
 * @param source {@code openedx/{service}/web}
 * @param sourceHost the host name of the sending machine
 * @param time when the event happened, in UTC
 * @param sourceLib the {@code openedx-events} release the event follows, as integers, e.g. {@code [11, 2, 0]}
 */
public record EventsMetadata(
        String eventType,
        UUID id,
        int minorVersion,
        String source,
        String sourceHost,
        OffsetDateTime time,
        List<Integer> sourceLib) {

    /**
     * Validates and normalizes the components.
     *
     * @param eventType the event type, e.g. {@code org.openedx.learning.course.enrollment.created.v1}
     * @param id the event id, a time-based (version 1) UUID when generated
     * @param minorVersion the event's minor version, 0 or more
     * @param source {@code openedx/{service}/web}
     * @param sourceHost the host name of the sending machine
     * @param time when the event happened, in UTC
     * @param sourceLib the {@code openedx-events} release the event follows, as integers, e.g. {@code [11, 2, 0]}
     * @throws SenderValidationException if a component is null, the time is not UTC, the minor version is negative
     *     or the source library version holds a negative or null number
     */
    public EventsMetadata {
        String type = eventType == null ? "" : eventType;
        require(type, eventType, "event_type");
        require(type, id, "id");
        require(type, source, "source");
        require(type, sourceHost, "sourcehost");
        require(type, time, "time");
        require(type, sourceLib, "sourcelib");
        if (!ZoneOffset.UTC.equals(time.getOffset())) {
            throw new SenderValidationException(type, OpenEdxError.METADATA_TIME_NOT_UTC, time);
        }
        if (minorVersion < 0) {
            throw new SenderValidationException(type, OpenEdxError.SIGNAL_BAD_MINOR_VERSION, minorVersion);
        }
        for (Integer part : sourceLib) {
            if (part == null || part < 0) {
                throw new SenderValidationException(type, OpenEdxError.METADATA_BAD_SOURCELIB, sourceLib);
            }
        }
        time = IsoDateTimes.truncate(time);
        sourceLib = List.copyOf(sourceLib);
    }

    private static void require(String type, Object value, String field) {
        if (value == null) {
            throw new SenderValidationException(type, OpenEdxError.METADATA_MISSING_FIELD, field);
        }
    }

    /**
     * The source library version in dotted form, e.g. {@code 0.1.0}, as the Redis and Kafka buses carry it.
     *
     * @return the dotted version
     */
    public String sourceLibVersion() {
        StringBuilder out = new StringBuilder();
        for (Integer part : sourceLib) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(part);
        }
        return out.toString();
    }

    /**
     * This metadata as upstream's {@code EventsMetadata.to_json()} writes it: keys {@code event_type, id,
     * minorversion, source, sourcehost, time, sourcelib} in that order, Python's separators ({@code ", "} and
     * {@code ": "}), non-ASCII escaped, the time as {@code ...+00:00} and {@code sourcelib} as a list.
     *
     * @return the JSON text
     */
    public String toJson() {
        StringBuilder out = new StringBuilder(256);
        out.append('{');
        Json.appendKey(out, "event_type", true);
        Json.appendString(out, eventType);
        Json.appendKey(out, "id", false);
        Json.appendString(out, id.toString());
        Json.appendKey(out, "minorversion", false);
        out.append(minorVersion);
        Json.appendKey(out, "source", false);
        Json.appendString(out, source);
        Json.appendKey(out, "sourcehost", false);
        Json.appendString(out, sourceHost);
        Json.appendKey(out, "time", false);
        Json.appendString(out, IsoDateTimes.format(time));
        Json.appendKey(out, "sourcelib", false);
        out.append('[');
        for (int i = 0; i < sourceLib.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(sourceLib.get(i));
        }
        out.append("]}");
        return out.toString();
    }

    /** The longest text {@link #fromJson(String)} reads: 64 KiB characters, far more than any real metadata. */
    public static final int MAX_JSON_LENGTH = 64 * 1024;

    /**
     * Reads metadata written by {@link #toJson()} or by upstream's {@code to_json()}.
     *
     * <p>The text must be strict JSON (RFC 8259, see the {@code Errors} section of the README for the limits: at
     * most {@link #MAX_JSON_LENGTH} characters, nesting, unique member names). Unlike upstream's {@code from_json}, which ignores {@code minorversion} and always yields 0, this keeps the
     * minor version when the key is present (and uses 0 when it is absent), so that a round trip is lossless.
     *
     * @param json the JSON object text
     * @return the metadata
     * @throws SenderValidationException if the text is not a JSON object, a key is missing, a value has the wrong
     *     shape, or the time is not UTC
     */
    public static EventsMetadata fromJson(String json) {
        Map<String, Object> object;
        try {
            object = Json.parseObject(json, MAX_JSON_LENGTH);
        } catch (Json.SyntaxException e) {
            throw new SenderValidationException("", OpenEdxError.METADATA_BAD_JSON, e.getMessage());
        }
        String type = stringField(object, "event_type", "");
        String idText = stringField(object, "id", type);
        UUID id;
        try {
            id = PythonUuids.parse(idText);
        } catch (IllegalArgumentException e) {
            throw new SenderValidationException(type, OpenEdxError.METADATA_BAD_JSON, "'id' " + e.getMessage());
        }
        Object minor = object.getOrDefault("minorversion", 0L);
        if (!(minor instanceof Long n) || n < 0 || n > Integer.MAX_VALUE) {
            throw new SenderValidationException(
                    type,
                    OpenEdxError.METADATA_BAD_JSON,
                    "'minorversion' is " + Json.describe(minor) + ", but must be an integer from 0 to "
                            + Integer.MAX_VALUE);
        }
        OffsetDateTime time;
        String timeText = stringField(object, "time", type);
        try {
            time = IsoDateTimes.parseOffset(timeText);
        } catch (DateTimeParseException e) {
            throw new SenderValidationException(
                    type,
                    OpenEdxError.METADATA_BAD_JSON,
                    "'time' must be an ISO-8601 date-time with a UTC offset, was '" + Echo.of(timeText) + "'");
        }
        Object lib = object.get("sourcelib");
        if (!(lib instanceof List<?> parts)) {
            throw new SenderValidationException(type, OpenEdxError.METADATA_BAD_SOURCELIB, Json.describe(lib));
        }
        List<Integer> sourceLib = new ArrayList<>(parts.size());
        for (Object part : parts) {
            if (!(part instanceof Long p) || p < 0 || p > Integer.MAX_VALUE) {
                throw new SenderValidationException(
                        type, OpenEdxError.METADATA_BAD_SOURCELIB, Echo.of(String.valueOf(lib)));
            }
            sourceLib.add(p.intValue());
        }
        return new EventsMetadata(
                type,
                id,
                n.intValue(),
                stringField(object, "source", type),
                stringField(object, "sourcehost", type),
                time,
                sourceLib);
    }

    private static String stringField(Map<String, Object> object, String key, String type) {
        Object value = object.get(key);
        if (value == null) {
            throw new SenderValidationException(type, OpenEdxError.METADATA_MISSING_FIELD, key);
        }
        if (!(value instanceof String text)) {
            throw new SenderValidationException(
                    type,
                    OpenEdxError.METADATA_BAD_JSON,
                    "'" + key + "' must be a string, was " + Json.describe(value));
        }
        return text;
    }

    /**
     * The same metadata for another time (UTC).
     *
     * @param time the new time
     * @return a copy with the time replaced
     */
    public EventsMetadata withTime(OffsetDateTime time) {
        return new EventsMetadata(eventType, id, minorVersion, source, sourceHost, time, sourceLib);
    }
}
