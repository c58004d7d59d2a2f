package org.openedx.events.bus.redis;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.openedx.events.EventsMetadata;
import org.openedx.events.support.IsoDateTimes;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * The fields of a stream entry exactly as upstream's event-bus-redis writes them, in its order: {@code type},
 * {@code id}, {@code source}, {@code time} (Python {@code isoformat()}, {@code +00:00}), {@code minorversion},
 * {@code sourcehost}, {@code sourcelib} (dotted) and {@code event_data} (schemaless Avro bytes). Every value but
 * {@code event_data} is UTF-8 text.
 */
public final class StreamEntries {

    /** The field holding the event type. */
    public static final String TYPE = "type";
    /** The field holding the Avro payload. */
    public static final String EVENT_DATA = "event_data";

    private StreamEntries() {
    }

    /**
     * The fields of an entry.
     *
     * @param metadata the event's metadata
     * @param eventData the Avro encoding of the payload
     * @return the fields in upstream's order
     */
    public static Map<String, byte[]> encode(EventsMetadata metadata, byte[] eventData) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put(TYPE, utf8(metadata.eventType()));
        fields.put("id", utf8(metadata.id().toString()));
        fields.put("source", utf8(metadata.source()));
        fields.put("time", utf8(IsoDateTimes.format(metadata.time())));
        fields.put("minorversion", utf8(Integer.toString(metadata.minorVersion())));
        fields.put("sourcehost", utf8(metadata.sourceHost()));
        fields.put("sourcelib", utf8(metadata.sourceLibVersion()));
        fields.put(EVENT_DATA, eventData.clone());
        return fields;
    }

    /**
     * Reads the metadata of an entry as upstream's consumer does: {@code type} is required; each other field is
     * used when present and non-empty, and otherwise takes the default of fresh metadata.
     *
     * @param fields the entry's fields
     * @param fresh makes default metadata for a signal
     * @return the signal and metadata
     * @throws IllegalArgumentException naming the field when the entry cannot be read
     */
    public static Header readHeader(Map<String, byte[]> fields, Function<OpenEdxPublicSignal<?>, EventsMetadata> fresh) {
        String type = text(fields, TYPE);
        if (type == null) {
            throw new IllegalArgumentException("the field 'type' is missing");
        }
        OpenEdxPublicSignal<?> signal = OpenEdxPublicSignal.findSignalByType(type).orElseThrow(
                () -> new IllegalArgumentException("'type' is '" + type + "', which is not a known Open edX event "
                        + "type. Closest known types: " + OpenEdxPublicSignal.closestEventTypes(type)));
        if (fields.get(EVENT_DATA) == null) {
            throw new IllegalArgumentException("the field 'event_data' is missing");
        }
        try {
            String id = text(fields, "id");
            String time = text(fields, "time");
            String minor = text(fields, "minorversion");
            String source = text(fields, "source");
            String host = text(fields, "sourcehost");
            String lib = text(fields, "sourcelib");
            boolean complete = id != null && time != null && minor != null && source != null && host != null
                    && lib != null;
            EventsMetadata defaults = complete ? null : fresh.apply(signal);
            EventsMetadata metadata = new EventsMetadata(type,
                    id == null ? defaults.id() : UUID.fromString(id),
                    minor == null ? defaults.minorVersion() : Integer.parseInt(minor),
                    source == null ? defaults.source() : source,
                    host == null ? defaults.sourceHost() : host,
                    time == null ? defaults.time() : parseTime(time),
                    lib == null ? defaults.sourceLib() : parseLib(lib));
            return new Header(signal, metadata);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the metadata fields cannot be read: " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime parseTime(String text) {
        return IsoDateTimes.parseOffset(text);
    }

    private static List<Integer> parseLib(String text) {
        List<Integer> parts = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            parts.add(Integer.parseInt(part));
        }
        return parts;
    }

    /**
     * A field as text.
     *
     * @param fields the fields
     * @param name the field name
     * @return the UTF-8 text, or null when absent or empty
     */
    public static String text(Map<String, byte[]> fields, String name) {
        byte[] value = fields.get(name);
        return value == null || value.length == 0 ? null : new String(value, StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What an entry's metadata fields say.
     *
     * @param signal the signal named by {@code type}
     * @param metadata the metadata, as the producer sent it
     */
    public record Header(OpenEdxPublicSignal<?> signal, EventsMetadata metadata) {
    }
}
