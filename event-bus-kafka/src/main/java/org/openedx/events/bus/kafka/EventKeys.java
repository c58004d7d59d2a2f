package org.openedx.events.bus.kafka;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.support.IsoDateTimes;
import org.openedx.events.support.Json;
import org.openedx.events.wire.payload.PayloadType;

/**
 * The Kafka message key of an event, as upstream's producer makes it: the payload field that the configuration's
 * {@code event_key_field} names (a dotted path of wire names from the signal's data key, e.g.
 * {@code user.pii.username}), converted as the payload's Avro conversion does (opaque keys, UUIDs and date-times as
 * strings), encoded as Avro of its primitive type, and registered under {@code <topic>-<type>} ({@code string},
 * {@code long}, ...) with the field definition as its schema: confluent-kafka names the key schema after the
 * primitive type, because the field definition it is given is no named type.
 */
public final class EventKeys {

    private EventKeys() {}

    /**
     * How to take the key of one signal's events.
     *
     * @param eventKeyField the configured path
     * @param components the record components to follow, from the payload to the key field
     * @param avroType the key's Avro primitive type: {@code string}, {@code long}, {@code boolean} or {@code double}
     */
    public record KeySpec(String eventKeyField, List<PayloadType.Component> components, String avroType) {

        /**
         * Copies the list.
         *
         * @param eventKeyField the path
         * @param components the components
         * @param avroType the Avro type
         */
        public KeySpec {
            components = List.copyOf(components);
        }

        /**
         * The key schema text exactly as upstream's producer registers it: the Avro field definition the path ends
         * at, as {@code json.dumps(field, sort_keys=True)}, e.g. {@code {"name": "username", "type": "string"}}
         * (which Avro reads as the primitive {@code "string"}). The same text gets the same id from the registry, so
         * Java and Python producers frame (and partition) equal keys the same way.
         *
         * @return the schema text
         */
        public String schema() {
            StringBuilder out = new StringBuilder("{");
            Json.appendKey(out, "name", true);
            Json.appendString(out, components.get(components.size() - 1).wireName());
            Json.appendKey(out, "type", false);
            Json.appendString(out, avroType);
            return out.append('}').toString();
        }

        /**
         * The registry subject of the key schema on a topic.
         *
         * @param fullTopic the topic with its prefix
         * @return e.g. {@code dev-user-login-string}
         */
        public String subject(String fullTopic) {
            return fullTopic + "-" + avroType;
        }
    }

    /**
     * Resolves an {@code event_key_field} against a signal's payload type.
     *
     * @param signal the signal
     * @param eventKeyField the dotted path, starting with the signal's data key
     * @return how to take the key
     * @throws OpenEdxEventException ({@code OXE7202}) when the path does not lead to a required primitive field
     */
    public static KeySpec of(OpenEdxPublicSignal<?> signal, String eventKeyField) {
        String[] parts = eventKeyField == null ? new String[0] : eventKeyField.split("\\.", -1);
        if (parts.length < 2 || !parts[0].equals(signal.dataKey())) {
            throw invalid(
                    signal,
                    eventKeyField,
                    "it must start with the data key '" + signal.dataKey() + "' and name a field below it");
        }
        PayloadType type = PayloadType.of(signal.dataType());
        List<PayloadType.Component> path = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (!(type instanceof PayloadType.RecordOf record)) {
                throw invalid(signal, eventKeyField, "'" + parts[i - 1] + "' is not a record");
            }
            PayloadType.Component component = record.component(parts[i]);
            if (component == null) {
                throw invalid(
                        signal,
                        eventKeyField,
                        record.type().getSimpleName() + " has no field '" + parts[i] + "'; its fields are "
                                + record.wireNames());
            }
            if (component.nullable()) {
                throw invalid(
                        signal,
                        eventKeyField,
                        "'" + parts[i] + "' may be null (upstream's key schema would " + "be a union)");
            }
            path.add(component);
            type = component.type();
        }
        if (!(type instanceof PayloadType.Scalar scalar) || scalar.kind() == PayloadType.ScalarKind.BYTES) {
            throw invalid(signal, eventKeyField, "it leads to " + type.typeName() + ", not a primitive value");
        }
        String avroType = switch (scalar.kind()) {
            case LONG, INT -> "long";
            case BOOLEAN -> "boolean";
            case DOUBLE -> "double";
            default -> "string";
        };
        return new KeySpec(eventKeyField, path, avroType);
    }

    private static OpenEdxEventException invalid(OpenEdxPublicSignal<?> signal, String field, String problem) {
        return new OpenEdxEventException(KafkaError.KEY_FIELD_INVALID, field, signal.eventType(), problem);
    }

    /**
     * The key of one payload, as the Avro binary encoding of its primitive value.
     *
     * @param spec how to take the key
     * @param payload the payload
     * @return the Avro bytes of the key (not yet framed)
     * @throws IllegalArgumentException when a field on the path is null or cannot be read
     */
    public static byte[] encode(KeySpec spec, Object payload) {
        Object value = payload;
        for (PayloadType.Component component : spec.components()) {
            try {
                value = component.recordComponent().getAccessor().invoke(value);
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException(
                        "the key field '" + spec.eventKeyField() + "' cannot be read: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(
                        "the key field '" + spec.eventKeyField() + "' cannot be read: " + e, e);
            }
            if (value == null) {
                throw new IllegalArgumentException(
                        "the key field '" + spec.eventKeyField() + "' is null at '" + component.wireName() + "'");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        switch (spec.avroType()) {
            case "long" -> writeLong(out, ((Number) value).longValue());
            case "boolean" -> out.write(Boolean.TRUE.equals(value) ? 1 : 0);
            case "double" -> {
                long bits = Double.doubleToLongBits(((Number) value).doubleValue());
                for (int i = 0; i < 8; i++) {
                    out.write((int) (bits >>> (8 * i)));
                }
            }
            default -> {
                String text = value instanceof OffsetDateTime time ? IsoDateTimes.format(time) : value.toString();
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                writeLong(out, utf8.length);
                out.writeBytes(utf8);
            }
        }
        return out.toByteArray();
    }

    /** Avro's zig-zag variable-length encoding of a long. */
    private static void writeLong(ByteArrayOutputStream out, long value) {
        long n = (value << 1) ^ (value >> 63);
        while ((n & ~0x7FL) != 0) {
            out.write((int) ((n & 0x7F) | 0x80));
            n >>>= 7;
        }
        out.write((int) n);
    }
}
