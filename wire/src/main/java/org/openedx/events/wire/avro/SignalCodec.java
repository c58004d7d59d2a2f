package org.openedx.events.wire.avro;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.NameValidator;
import org.apache.avro.Schema;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.wire.WireError;
import org.openedx.events.wire.payload.PathFailure;

/**
 * Everything the Avro form of one signal needs, built once: the codec tree, upstream's schema as a JSON tree and as
 * text, and the parsed Avro {@link Schema}.
 */
final class SignalCodec {

    static final String DOC = "Avro Event Format for CloudEvents created with openedx_events/schema";

    private final OpenEdxPublicSignal<?> signal;
    private final Codec root;
    private final Map<String, Object> schemaTree;
    private final String prettyJson;
    private final Schema schema;
    private volatile int sizeHint = 64;

    private SignalCodec(OpenEdxPublicSignal<?> signal, Codec root) {
        this.signal = signal;
        this.root = root;
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", signal.dataKey());
        field.put("type", root.avroType(new HashSet<>()));
        List<Object> fields = new ArrayList<>(1);
        fields.add(field);
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", "CloudEvent");
        tree.put("type", "record");
        tree.put("doc", DOC);
        tree.put("fields", fields);
        tree.put("namespace", signal.eventType());
        this.schemaTree = tree;
        this.prettyJson = PyJson.pretty(tree);
        this.schema = new Schema.Parser(NameValidator.NO_VALIDATION).parse(prettyJson);
    }

    /**
     * Builds the codec of a signal.
     *
     * @throws AvroCodecException if upstream does not serialize the event or a payload type has no Avro form
     */
    static SignalCodec build(OpenEdxPublicSignal<?> signal) {
        if (AvroSchemas.KNOWN_UNSERIALIZABLE_EVENT_TYPES.contains(signal.eventType())) {
            throw AvroCodecException.unserializable(signal.eventType());
        }
        Codec root;
        try {
            root = new CodecBuilder().build(signal.dataType());
        } catch (CodecBuilder.UnsupportedType e) {
            throw AvroCodecException.unsupported(
                    signal.eventType(), e.path(signal.dataKey()), e.typeName(), e.problem(), null);
        } catch (PathFailure e) {
            throw AvroCodecException.of(
                    WireError.AVRO_UNSUPPORTED_TYPE, signal.eventType(), e.path(signal.dataKey()), e.problem(), e);
        }
        return new SignalCodec(signal, root);
    }

    OpenEdxPublicSignal<?> signal() {
        return signal;
    }

    Schema schema() {
        return schema;
    }

    Map<String, Object> schemaTree() {
        return schemaTree;
    }

    String prettyJson() {
        return prettyJson;
    }

    byte[] encode(Object data) {
        if (data == null) {
            throw AvroCodecException.of(
                    WireError.AVRO_ENCODE_FAILED,
                    signal.eventType(),
                    signal.dataKey(),
                    "is null; the payload is required",
                    null);
        }
        if (!signal.dataType().isInstance(data)) {
            throw AvroCodecException.of(
                    WireError.AVRO_ENCODE_FAILED,
                    signal.eventType(),
                    signal.dataKey(),
                    "is a " + data.getClass().getName() + ", but the event carries "
                            + signal.dataType().getName(),
                    null);
        }
        ByteSink sink = new ByteSink(sizeHint);
        try {
            root.write(data, sink);
        } catch (PathFailure f) {
            throw AvroCodecException.of(
                    WireError.AVRO_ENCODE_FAILED,
                    signal.eventType(),
                    f.path(signal.dataKey()),
                    f.problem(),
                    f.getCause());
        }
        int size = sink.size();
        if (size > sizeHint) {
            sizeHint = size;
        }
        return sink.toByteArray();
    }

    /** {@return a made-up valid payload, every field set (nested ones up to a depth)} */
    Object sample() {
        return root.sample(0);
    }

    /**
     * Encodes a made-up payload and decodes it again, once, so that the first real payload does not pay for loading
     * and linking the codec's classes and method handles.
     *
     * @return false when no valid payload could be made up (a payload type that validates its values beyond what
     *     the codec knows); the codec works all the same
     */
    boolean warmUp() {
        try {
            byte[] bytes = encode(sample());
            decode(bytes, 0, bytes.length);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    Object decode(byte[] bytes, int offset, int length) {
        if (bytes == null) {
            throw AvroCodecException.of(
                    WireError.AVRO_DECODE_FAILED,
                    signal.eventType(),
                    signal.dataKey(),
                    "cannot be read: no bytes (null)",
                    null);
        }
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw new IndexOutOfBoundsException(
                    "offset " + offset + " and length " + length + " do not fit " + bytes.length + " bytes");
        }
        try {
            return root.read(new ByteSource(bytes, offset, length));
        } catch (PathFailure f) {
            throw AvroCodecException.of(
                    WireError.AVRO_DECODE_FAILED,
                    signal.eventType(),
                    f.path(signal.dataKey()),
                    f.problem(),
                    f.getCause());
        }
    }
}
