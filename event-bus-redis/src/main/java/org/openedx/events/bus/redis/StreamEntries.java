package org.openedx.events.bus.redis;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.bus.MetadataFields;
import org.openedx.events.support.IsoDateTimes;

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

    /** The W3C trace context fields an entry may carry after upstream's, when the send was traced. */
    public static final List<String> TRACE_CONTEXT_FIELDS = List.of("traceparent", "tracestate");

    private StreamEntries() {}

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
     * The fields of an entry, followed by the trace context's fields (e.g. {@code traceparent},
     * {@code tracestate}) when there are any: after upstream's, so that upstream's fields keep their order, and
     * upstream's consumer, which reads its fields by name, ignores them.
     *
     * @param metadata the event's metadata
     * @param eventData the Avro encoding of the payload
     * @param traceContext the trace context's fields, in order; empty when there is no trace
     * @return the fields
     * @throws IllegalArgumentException when a trace context field would replace one of upstream's
     */
    public static Map<String, byte[]> encode(
            EventsMetadata metadata, byte[] eventData, Map<String, String> traceContext) {
        Map<String, byte[]> fields = encode(metadata, eventData);
        for (Map.Entry<String, String> field : traceContext.entrySet()) {
            if (fields.containsKey(field.getKey())) {
                throw new IllegalArgumentException(
                        "the trace context field '" + field.getKey() + "' would replace one of upstream's fields");
            }
            fields.put(field.getKey(), utf8(field.getValue()));
        }
        return fields;
    }

    /**
     * The trace context fields of an entry ({@code traceparent} and {@code tracestate}), as text.
     *
     * @param fields the entry's fields
     * @return the fields found, possibly none; a field that is not UTF-8 is left out
     */
    public static Map<String, String> traceContext(Map<String, byte[]> fields) {
        Map<String, String> context = new LinkedHashMap<>(2);
        for (String name : TRACE_CONTEXT_FIELDS) {
            byte[] value = fields.get(name);
            if (value != null && value.length > 0) {
                try {
                    context.put(name, MetadataFields.text(name, value));
                } catch (RuntimeException e) {
                    // not UTF-8: no trace to continue, the event itself is still delivered
                }
            }
        }
        return context;
    }

    /**
     * Reads the metadata of an entry as upstream's consumer does: {@code type} is required; each other field is
     * used when present and non-empty, and otherwise takes the default of fresh metadata. Every field is read
     * strictly: UTF-8 text, {@code id} a UUID as Python's {@code UUID(text)} reads it, {@code time} a date-time with
     * an offset, {@code minorversion} and the parts of {@code sourcelib} integers in range.
     *
     * @param fields the entry's fields
     * @param fresh makes default metadata for a signal
     * @return the signal and metadata
     * @throws IllegalArgumentException naming the field, what it holds (cut to 200 characters) and what is allowed,
     *     when the entry cannot be read
     */
    public static Header readHeader(
            Map<String, byte[]> fields, Function<OpenEdxPublicSignal<?>, EventsMetadata> fresh) {
        String type = text(fields, TYPE);
        if (type == null) {
            throw new IllegalArgumentException("the field 'type' is missing");
        }
        OpenEdxPublicSignal<?> signal = MetadataFields.signal(TYPE, type);
        if (fields.get(EVENT_DATA) == null) {
            throw new IllegalArgumentException("the field 'event_data' is missing");
        }
        String id = text(fields, "id");
        String time = text(fields, "time");
        String minor = text(fields, "minorversion");
        String source = text(fields, "source");
        String host = text(fields, "sourcehost");
        String lib = text(fields, "sourcelib");
        boolean complete = id != null && time != null && minor != null && source != null && host != null && lib != null;
        EventsMetadata defaults = complete ? null : fresh.apply(signal);
        EventsMetadata metadata;
        try {
            metadata = new EventsMetadata(
                    type,
                    id == null ? defaults.id() : MetadataFields.id("id", id),
                    minor == null ? defaults.minorVersion() : MetadataFields.minorVersion("minorversion", minor),
                    source == null ? defaults.source() : source,
                    host == null ? defaults.sourceHost() : host,
                    time == null ? defaults.time() : MetadataFields.time("time", time),
                    lib == null ? defaults.sourceLib() : MetadataFields.sourceLib("sourcelib", lib));
        } catch (OpenEdxEventException e) {
            throw new IllegalArgumentException("the metadata fields are invalid: " + e.getMessage(), e);
        }
        return new Header(signal, metadata);
    }

    /**
     * A field as text.
     *
     * @param fields the fields
     * @param name the field name
     * @return the UTF-8 text, or null when absent or empty
     * @throws IllegalArgumentException naming the field when it is not UTF-8
     */
    public static String text(Map<String, byte[]> fields, String name) {
        byte[] value = fields.get(name);
        return value == null || value.length == 0 ? null : MetadataFields.text(name, value);
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
    public record Header(OpenEdxPublicSignal<?> signal, EventsMetadata metadata) {}
}
