package org.openedx.events.wire.avro;

import org.apache.avro.Schema;

import org.openedx.events.OpenEdxPublicSignal;

/**
 * Encodes a signal's payload as upstream's event bus carries it: plain Avro binary of the payload record, with no
 * container header, schema id or fingerprint (fastavro's {@code schemaless_writer}, as in
 * {@code serialize_event_data_to_bytes}).
 *
 * <p>The bytes equal upstream's for the same values: fields in schema order, map entries in key order (upstream
 * sorts keys: {@code json.dumps(..., sort_keys=True)}), date-times as Python's {@code isoformat()} (microseconds
 * only when non-zero, the offset as {@code +HH:MM}), UUIDs and opaque keys as their canonical strings, optional
 * values as the union branch 0 (null) or 1 (value).
 *
 * <p>Instances are cheap (the schema and codec are cached per signal), immutable and thread-safe.
 *
 * @param <T> the payload type
 */
public final class AvroSignalSerializer<T> {

    private final OpenEdxPublicSignal<T> signal;
    private final SignalCodec codec;

    /**
     * A serializer for one signal.
     *
     * @param signal the signal
     * @throws AvroCodecException {@code OXE6001} for an event upstream does not serialize (naming it), or
     *     {@code OXE6002} when a payload type has no Avro form
     */
    public AvroSignalSerializer(OpenEdxPublicSignal<T> signal) {
        this.signal = signal;
        this.codec = AvroSchemas.codec(signal);
    }

    /**
     * Encodes a payload.
     *
     * @param data the payload
     * @return the Avro binary encoding
     * @throws AvroCodecException {@code OXE6003} naming the event type, the path of the offending value and the
     *     problem: a null payload, null in a required field or in a list or map, a string with an unpaired
     *     surrogate, a date-time outside what Python can hold, ...
     */
    public byte[] serialize(T data) {
        return codec.encode(data);
    }

    /** {@return the signal} */
    public OpenEdxPublicSignal<T> signal() {
        return signal;
    }

    /** {@return the writer schema ({@link AvroSchemas#schemaFor})} */
    public Schema schema() {
        return codec.schema();
    }
}
