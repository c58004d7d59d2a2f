package org.openedx.events.bus.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the outbox table: an event stored for one topic, and where its publication stands.
 *
 * @param id the row's number, in the order rows were stored
 * @param eventId the event's id, the same on every publication of the row (consumers de-duplicate on it)
 * @param eventType the event type
 * @param topic the topic without the environment prefix
 * @param eventKeyField the dotted path of the key field, or null
 * @param orderingKey the key value the row is ordered by within its topic ({@code ""} without a key field)
 * @param metadata the send's metadata as JSON ({@code EventsMetadata.toJson()})
 * @param payload the payload as the wire module encodes it (schemaless Avro, as on the bus)
 * @param status where the row stands
 * @param attempts the failed publication attempts so far
 * @param lastError the last attempt's problem, or null
 * @param createdAt when the row was stored
 * @param publishedAt when the bus acknowledged it, or null
 * @param claimedBy the token of the claim on it ({@code <node>#<n>}), or null
 */
public record OutboxRow(
        long id,
        UUID eventId,
        String eventType,
        String topic,
        String eventKeyField,
        String orderingKey,
        String metadata,
        byte[] payload,
        Status status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant publishedAt,
        String claimedBy,
        String traceContext) {

    /**
     * Copies the payload.
     *
     * @param id the id
     * @param eventId the eventId
     * @param eventType the eventType
     * @param topic the topic
     * @param eventKeyField the eventKeyField
     * @param orderingKey the orderingKey
     * @param metadata the metadata
     * @param payload the payload
     * @param status the status
     * @param attempts the attempts
     * @param lastError the lastError
     * @param createdAt the createdAt
     * @param publishedAt the publishedAt
     * @param claimedBy the claimedBy
     * @param traceContext the send's trace context, or null
     */
    public OutboxRow {
        payload = payload.clone();
    }

    /** {@return a copy of the payload} */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Where a row stands. */
    public enum Status {
        /** Not published yet; the relay (re)tries it when it is due. */
        PENDING,
        /** Acknowledged by the bus; deleted after the retention period. */
        PUBLISHED,
        /** Given up after the last attempt; waits for an operator to re-queue it. */
        FAILED
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutboxRow row
                && id == row.id
                && eventId.equals(row.eventId)
                && topic.equals(row.topic)
                && status == row.status
                && attempts == row.attempts
                && java.util.Arrays.equals(payload, row.payload);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    /** {@return the row without its payload and metadata (which may hold personal data)} */
    @Override
    public String toString() {
        return "OutboxRow[id=" + id + ", eventId=" + eventId + ", eventType=" + eventType + ", topic=" + topic
                + ", status=" + status + ", attempts=" + attempts + "]";
    }
}
