package org.openedx.events.bus.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.NameValidator;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.wire.avro.AvroSchemas;
import org.openedx.events.wire.avro.AvroSignalDeserializer;

/**
 * Reads the value of a record into the signal's payload, whatever schema the producer wrote it with: the writer's
 * schema is fetched from the registry by the id in the frame. When it equals this library's schema of the signal,
 * the fast codec reads the body; when it differs (a newer producer added an optional field, an older one lacks one),
 * Avro's schema resolution reads it with the local schema as the reader's, as upstream's consumer (fastavro) does,
 * and the fast codec reads the result. The decision is made once per schema id and signal.
 */
final class KafkaValueDecoder {

    private final SchemaRegistryClient registry;
    private final Map<OpenEdxPublicSignal<?>, AvroSignalDeserializer<?>> deserializers = new ConcurrentHashMap<>();
    private final Map<Writer, Schema> writers = new ConcurrentHashMap<>();

    KafkaValueDecoder(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    /**
     * The payload of a framed value.
     *
     * @throws IllegalArgumentException when the writer's schema cannot be resolved against the local one or the body
     *     does not match it
     */
    Object decode(OpenEdxPublicSignal<?> signal, ConfluentFraming.Framed framed) {
        AvroSignalDeserializer<?> deserializer =
                deserializers.computeIfAbsent(signal, s -> new AvroSignalDeserializer<>(s));
        Schema local = AvroSchemas.schemaFor(signal);
        Schema writer = writers.computeIfAbsent(new Writer(framed.schemaId(), signal), key -> {
            Schema parsed = new Schema.Parser(NameValidator.NO_VALIDATION).parse(registry.schema(framed.schemaId()));
            return parsed.equals(local) ? local : parsed;
        });
        byte[] body = writer == local ? framed.body() : resolve(writer, local, framed.body());
        return deserializer.deserialize(body);
    }

    /** Reads with the writer's schema resolved to the reader's, and writes the result with the reader's. */
    private static byte[] resolve(Schema writer, Schema reader, byte[] body) {
        try {
            Object datum = new GenericDatumReader<>(writer, reader)
                    .read(null, DecoderFactory.get().binaryDecoder(body, null));
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 16);
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new GenericDatumWriter<>(reader).write(datum, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "cannot be read with the writer's schema resolved to this library's: " + e.getMessage(), e);
        }
    }

    /** A writer's schema id as read for one signal: the key of the decisions already made. */
    private record Writer(int schemaId, OpenEdxPublicSignal<?> signal) {}
}
