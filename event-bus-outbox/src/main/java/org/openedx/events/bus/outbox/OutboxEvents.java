package org.openedx.events.bus.outbox;

import java.lang.reflect.InvocationTargetException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.instrumentation.EventsInstrumentation;
import org.openedx.events.support.IsoDateTimes;
import org.openedx.events.wire.avro.AvroSignalDeserializer;
import org.openedx.events.wire.avro.AvroSignalSerializer;
import org.openedx.events.wire.payload.PayloadType;

/**
 * Turns an event into the content of an outbox row and back: the payload as the wire module's Avro bytes (the bytes
 * the bus carries), the metadata as its JSON, and the ordering key, the text of the payload's {@code event_key_field}.
 */
final class OutboxEvents {

    /** The longest ordering key kept; longer keys are cut (equal prefixes then share one queue). */
    static final int MAX_ORDERING_KEY = 1024;

    /** The longest trace context the column holds. */
    static final int TRACE_CONTEXT_MAX = 1024;

    private final EventsInstrumentation instrumentation = EventsInstrumentation.get();
    private final Map<OpenEdxPublicSignal<?>, AvroSignalSerializer<?>> serializers = new ConcurrentHashMap<>();
    private final Map<OpenEdxPublicSignal<?>, AvroSignalDeserializer<?>> deserializers = new ConcurrentHashMap<>();

    /**
     * The row of one event for one topic.
     *
     * @param signal the signal
     * @param topic the topic
     * @param eventKeyField the key field's dotted path, or null
     * @param data the payload
     * @param metadata the metadata
     * @return the row's content
     */
    OutboxTable.NewRow row(
            OpenEdxPublicSignal<?> signal, String topic, String eventKeyField, Object data, EventsMetadata metadata) {
        return new OutboxTable.NewRow(
                metadata.id(),
                signal.eventType(),
                topic,
                eventKeyField,
                orderingKey(signal, eventKeyField, data),
                metadata.toJson(),
                encode(signal, data),
                traceContext());
    }

    /**
     * The current trace context as the {@code trace_context} column keeps it: a {@code name=value} line per entry
     * ({@code traceparent}, {@code tracestate}); null without a trace or instrumentation.
     */
    private String traceContext() {
        if (instrumentation == EventsInstrumentation.NOOP) {
            return null;
        }
        Map<String, String> carrier = new LinkedHashMap<>(4);
        instrumentation.injectCurrent(carrier);
        if (carrier.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        carrier.forEach((name, value) -> {
            if (name.indexOf('=') < 0 && name.indexOf('\n') < 0 && value.indexOf('\n') < 0) {
                text.append(text.length() == 0 ? "" : "\n")
                        .append(name)
                        .append('=')
                        .append(value);
            }
        });
        return text.length() == 0 || text.length() > TRACE_CONTEXT_MAX ? null : text.toString();
    }

    /**
     * The trace context a row keeps, as a carrier.
     *
     * @param column the {@code trace_context} column, or null
     * @return its entries; empty for none (a line without {@code =} is skipped)
     */
    static Map<String, String> traceCarrier(String column) {
        if (column == null || column.isEmpty()) {
            return Map.of();
        }
        Map<String, String> carrier = new LinkedHashMap<>(4);
        for (String line : column.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                carrier.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return carrier;
    }

    @SuppressWarnings("unchecked")
    private <T> byte[] encode(OpenEdxPublicSignal<T> signal, Object data) {
        AvroSignalSerializer<T> serializer =
                (AvroSignalSerializer<T>) serializers.computeIfAbsent(signal, AvroSignalSerializer::new);
        return serializer.serialize(signal.cast(data));
    }

    /**
     * The event a row holds.
     *
     * @param row the row
     * @return the signal, payload and metadata
     * @throws RuntimeException when the row cannot be read (unknown event type, bytes or metadata that do not decode)
     */
    Event event(OutboxRow row) {
        OpenEdxPublicSignal<?> signal = OpenEdxPublicSignal.getSignalByType(row.eventType());
        AvroSignalDeserializer<?> deserializer = deserializers.computeIfAbsent(signal, AvroSignalDeserializer::new);
        return new Event(signal, deserializer.deserialize(row.payload()), EventsMetadata.fromJson(row.metadata()));
    }

    /**
     * The text of the value at the key field's path ({@code enrollment.user.id} reads the payload's
     * {@code user.id}), or {@code ""} when there is no key field, a value on the way is null, or the path names no
     * field: such rows share one queue per topic.
     */
    static String orderingKey(OpenEdxPublicSignal<?> signal, String eventKeyField, Object data) {
        if (eventKeyField == null || eventKeyField.isBlank()) {
            return "";
        }
        String[] parts = eventKeyField.split("\\.", -1);
        Object value = data;
        for (int i = parts[0].equals(signal.dataKey()) ? 1 : 0; i < parts.length && value != null; i++) {
            if (!(PayloadType.of(value.getClass()) instanceof PayloadType.RecordOf record)) {
                return "";
            }
            PayloadType.Component component = record.component(parts[i]);
            if (component == null) {
                return "";
            }
            try {
                value = component.recordComponent().getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                return "";
            }
        }
        if (value == null) {
            return "";
        }
        String text = value instanceof OffsetDateTime time ? IsoDateTimes.format(time) : value.toString();
        return text.length() > MAX_ORDERING_KEY ? text.substring(0, MAX_ORDERING_KEY) : text;
    }

    /**
     * An event read back from a row.
     *
     * @param signal the signal
     * @param data the payload
     * @param metadata the metadata
     */
    record Event(OpenEdxPublicSignal<?> signal, Object data, EventsMetadata metadata) {}
}
