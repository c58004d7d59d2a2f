package org.openedx.events.bus.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.bus.MetadataFields;
import org.openedx.events.support.IsoDateTimes;

/**
 * The headers of a Kafka record exactly as upstream's event-bus-kafka writes them, in its order, each value UTF-8
 * text: {@code ce_specversion} {@code 1.0}, {@code content-type} and {@code ce_datacontenttype}
 * {@code application/avro}, {@code ce_type}, {@code ce_id}, {@code ce_source}, {@code ce_time} (Python
 * {@code isoformat()}, {@code +00:00}), {@code ce_minorversion}, {@code sourcehost} and {@code sourcelib} (dotted).
 *
 * <p>Reading follows upstream's consumer: the signal comes from exactly one {@code ce_type}, {@code ce_id} is
 * required, a missing optional header takes the default of fresh metadata (and is reported, for a warning), and a
 * header present more than once is an error. Every value is read strictly (UTF-8, a UUID as Python reads it, a
 * date-time with an offset, integers in range).
 */
public final class CloudEventHeaders {

    /** The CloudEvents version header. */
    public static final String SPEC_VERSION = "ce_specversion";
    /** The content type header (both forms are sent, as upstream does). */
    public static final String CONTENT_TYPE = "content-type";
    /** The CloudEvents data content type header. */
    public static final String DATA_CONTENT_TYPE = "ce_datacontenttype";
    /** The event type header. */
    public static final String TYPE = "ce_type";
    /** The event id header. */
    public static final String ID = "ce_id";
    /** The source header. */
    public static final String SOURCE = "ce_source";
    /** The time header. */
    public static final String TIME = "ce_time";
    /** The minor version header. */
    public static final String MINOR_VERSION = "ce_minorversion";
    /** The host header (not a CloudEvents attribute, so without the prefix). */
    public static final String SOURCE_HOST = "sourcehost";
    /** The library version header (not a CloudEvents attribute, so without the prefix). */
    public static final String SOURCE_LIB = "sourcelib";

    /** The media type of the value. */
    public static final String AVRO = "application/avro";

    /** The W3C trace context headers a record may carry after upstream's ten, when the send was traced. */
    public static final List<String> TRACE_CONTEXT = List.of("traceparent", "tracestate");

    private CloudEventHeaders() {}

    /**
     * The trace context headers of a record ({@code traceparent}, {@code tracestate}; the last of each name), as text.
     *
     * @param headers the record's headers
     * @return the headers found, possibly none; one that is not UTF-8 is left out
     */
    public static Map<String, String> traceContext(Headers headers) {
        Map<String, String> context = new LinkedHashMap<>(2);
        for (String name : TRACE_CONTEXT) {
            Header header = headers.lastHeader(name);
            if (header != null && header.value() != null && header.value().length > 0) {
                try {
                    context.put(name, MetadataFields.text(name, header.value()));
                } catch (RuntimeException e) {
                    // not UTF-8: no trace to continue, the event itself is still delivered
                }
            }
        }
        return context;
    }

    /**
     * The headers of an event, in upstream's order.
     *
     * @param metadata the event's metadata
     * @return the ten headers
     */
    public static List<Header> of(EventsMetadata metadata) {
        List<Header> headers = new ArrayList<>(10);
        add(headers, SPEC_VERSION, "1.0");
        add(headers, CONTENT_TYPE, AVRO);
        add(headers, DATA_CONTENT_TYPE, AVRO);
        add(headers, TYPE, metadata.eventType());
        add(headers, ID, metadata.id().toString());
        add(headers, SOURCE, metadata.source());
        add(headers, TIME, IsoDateTimes.format(metadata.time()));
        add(headers, MINOR_VERSION, Integer.toString(metadata.minorVersion()));
        add(headers, SOURCE_HOST, metadata.sourceHost());
        add(headers, SOURCE_LIB, metadata.sourceLibVersion());
        return headers;
    }

    private static void add(List<Header> headers, String name, String value) {
        headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What the headers of a record say.
     *
     * @param signal the signal named by {@code ce_type}
     * @param metadata the producer's metadata (defaults where an optional header is missing)
     * @param missing the optional headers that were missing, in upstream's order (the consumer warns about them)
     */
    public record Read(OpenEdxPublicSignal<?> signal, EventsMetadata metadata, List<String> missing) {

        /**
         * Copies the list.
         *
         * @param signal the signal
         * @param metadata the metadata
         * @param missing the missing optional headers
         */
        public Read {
            missing = List.copyOf(missing);
        }
    }

    /**
     * Reads the signal and metadata of a record.
     *
     * @param headers the record's headers
     * @param fresh makes default metadata for a signal
     * @return the signal, the metadata and the missing optional headers
     * @throws IllegalArgumentException naming the header, what it held (cut) and what is allowed
     */
    public static Read read(Headers headers, Function<OpenEdxPublicSignal<?>, EventsMetadata> fresh) {
        String type = single(headers, TYPE);
        if (type == null) {
            throw new IllegalArgumentException("the header '" + TYPE + "' is missing; it names the event type");
        }
        OpenEdxPublicSignal<?> signal = MetadataFields.signal(TYPE, type);
        String id = single(headers, ID);
        if (id == null) {
            throw new IllegalArgumentException("the header '" + ID + "' is missing; it carries the event id");
        }
        List<String> missing = new ArrayList<>();
        String source = optional(headers, SOURCE, missing);
        String time = optional(headers, TIME, missing);
        String minor = optional(headers, MINOR_VERSION, missing);
        String host = optional(headers, SOURCE_HOST, missing);
        String lib = optional(headers, SOURCE_LIB, missing);
        EventsMetadata defaults = missing.isEmpty() ? null : fresh.apply(signal);
        try {
            EventsMetadata metadata = new EventsMetadata(
                    type,
                    MetadataFields.id(ID, id),
                    minor == null ? defaults.minorVersion() : MetadataFields.minorVersion(MINOR_VERSION, minor),
                    source == null ? defaults.source() : source,
                    host == null ? defaults.sourceHost() : host,
                    time == null ? defaults.time() : MetadataFields.time(TIME, time),
                    lib == null ? defaults.sourceLib() : MetadataFields.sourceLib(SOURCE_LIB, lib));
            return new Read(signal, metadata, missing);
        } catch (OpenEdxEventException e) {
            throw new IllegalArgumentException("the metadata headers are invalid: " + e.getMessage(), e);
        }
    }

    /** The one value of a header, or null when absent; two or more is an error. */
    private static String single(Headers headers, String name) {
        String value = null;
        int count = 0;
        for (Header header : headers.headers(name)) {
            count++;
            if (count > 1) {
                throw new IllegalArgumentException(
                        "the header '" + name + "' appears more than once; each header " + "may appear once");
            }
            value = MetadataFields.text(name, header.value());
        }
        return value;
    }

    private static String optional(Headers headers, String name, List<String> missing) {
        String value = single(headers, name);
        if (value == null) {
            missing.add(name);
        }
        return value;
    }
}
