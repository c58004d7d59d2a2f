package org.openedx.events.wire.avro;

import org.apache.avro.Schema;

import org.openedx.events.OpenEdxPublicSignal;

/**
 * Decodes the Avro binary payload of a signal's event (fastavro's {@code schemaless_reader} with the signal's own
 * schema as writer and reader schema, as upstream's Redis consumer does).
 *
 * <p><b>Decoding returns exactly what was sent.</b> Upstream's {@code AvroSignalDeserializer} drops every falsy
 * value ({@code 0}, {@code 0.0}, {@code False}, {@code ""}, empty list or map) of a field that has a default and
 * uses the default instead: {@code group_id=0} comes back as {@code None}, and
 * {@code CourseDiscussionConfigurationData.enabled=False} comes back as {@code True}. This port does not copy that
 * bug; a consumer written against upstream's behaviour may therefore see {@code 0}, {@code false} or {@code ""}
 * where a Python consumer sees the default.
 *
 * <p>Other deviations, all forced by the Java model: a date-time without an offset (a naive Python
 * {@code datetime}) is read as that wall-clock time in UTC; bytes after the end of the payload are ignored, as
 * fastavro ignores them (a producer on a newer schema may have appended top-level fields).
 *
 * <p>Instances are cheap (the codec is cached per signal), immutable and thread-safe.
 *
 * @param <T> the payload type
 */
public final class AvroSignalDeserializer<T> {

    private final OpenEdxPublicSignal<T> signal;
    private final SignalCodec codec;

    /**
     * A deserializer for one signal.
     *
     * @param signal the signal
     * @throws AvroCodecException {@code OXE6001} for an event upstream does not serialize (naming it), or
     *     {@code OXE6002} when a payload type has no Avro form
     */
    public AvroSignalDeserializer(OpenEdxPublicSignal<T> signal) {
        this.signal = signal;
        this.codec = AvroSchemas.codec(signal);
    }

    /**
     * Decodes a payload.
     *
     * @param bytes the Avro binary encoding
     * @return the payload
     * @throws AvroCodecException {@code OXE6004} naming the event type, the path of the offending value and the
     *     problem: truncated data, an invalid union index, boolean or UTF-8, a string that is not a valid key,
     *     UUID or date-time, ...
     */
    public T deserialize(byte[] bytes) {
        return deserialize(bytes, 0, bytes == null ? 0 : bytes.length);
    }

    /**
     * Decodes a payload that is part of a larger array, e.g. after the 5-byte Confluent framing of a Kafka value.
     *
     * @param bytes the array
     * @param offset where the Avro encoding starts
     * @param length how many bytes it may use
     * @return the payload
     * @throws AvroCodecException as {@link #deserialize(byte[])}
     * @throws IndexOutOfBoundsException if the range does not fit the array
     */
    public T deserialize(byte[] bytes, int offset, int length) {
        return signal.cast(codec.decode(bytes, offset, length));
    }

    /** {@return the signal} */
    public OpenEdxPublicSignal<T> signal() {
        return signal;
    }

    /** {@return the reader schema ({@link AvroSchemas#schemaFor})} */
    public Schema schema() {
        return codec.schema();
    }
}
