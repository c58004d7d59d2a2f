package org.openedx.events.bus.kafka;

import java.nio.ByteBuffer;

/**
 * The Confluent wire format of Kafka values and keys, as upstream's producer (confluent-kafka's
 * {@code AvroSerializer}) writes them: the magic byte {@code 0}, the schema id as a 4-byte big-endian integer, then
 * the Avro binary body.
 */
public final class ConfluentFraming {

    /** The first byte of every framed value. */
    public static final byte MAGIC = 0;

    /** The bytes before the body. */
    public static final int HEADER_LENGTH = 5;

    private ConfluentFraming() {}

    /**
     * A framed value, read back.
     *
     * @param schemaId the id of the writer's schema in the registry
     * @param body the Avro binary body (a copy)
     */
    public record Framed(int schemaId, byte[] body) {

        /**
         * Copies the body.
         *
         * @param schemaId the schema id
         * @param body the body
         */
        public Framed {
            body = body.clone();
        }

        /** {@return a copy of the Avro binary body} */
        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    /**
     * Frames an Avro body.
     *
     * @param schemaId the schema id the registry gave the writer's schema
     * @param body the Avro binary body
     * @return the framed bytes
     */
    public static byte[] frame(int schemaId, byte[] body) {
        return ByteBuffer.allocate(HEADER_LENGTH + body.length)
                .put(MAGIC)
                .putInt(schemaId)
                .put(body)
                .array();
    }

    /**
     * Reads a framed value.
     *
     * @param bytes the value
     * @return the schema id and body
     * @throws IllegalArgumentException if the bytes are not framed, with a message that can follow the field's name
     */
    public static Framed parse(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("is missing (null); expected the Confluent wire format");
        }
        if (bytes.length < HEADER_LENGTH) {
            throw new IllegalArgumentException("has " + bytes.length + " bytes, fewer than the " + HEADER_LENGTH
                    + " of the Confluent wire format's header (magic byte 0, then a 4-byte schema id)");
        }
        if (bytes[0] != MAGIC) {
            throw new IllegalArgumentException(String.format(
                    "starts with the byte 0x%02x, not the magic byte 0 of the Confluent wire format", bytes[0] & 0xff));
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.get();
        int schemaId = buffer.getInt();
        byte[] body = new byte[buffer.remaining()];
        buffer.get(body);
        return new Framed(schemaId, body);
    }
}
