package org.openedx.events.instrumentation;

/**
 * What an observation may know of one event on a bus: where it goes or comes from, never payload values.
 *
 * @param system the bus, as OpenTelemetry's {@code messaging.system} names it: {@code redis} or {@code kafka}
 * @param destination the stream or topic with its prefix
 * @param eventType the event type
 * @param eventId the event's id, as text
 * @param consumerGroup the consumer group when consuming, null when producing
 * @param partition the Kafka partition when known, otherwise null
 */
public record BusMessage(
        String system, String destination, String eventType, String eventId, String consumerGroup, String partition) {

    /**
     * Checks the parts.
     *
     * @param system the bus
     * @param destination the stream or topic
     * @param eventType the event type
     * @param eventId the event's id
     * @param consumerGroup the consumer group, or null
     * @param partition the partition, or null
     * @throws IllegalArgumentException when the system, destination or event type is null
     */
    public BusMessage {
        if (system == null || destination == null || eventType == null) {
            throw new IllegalArgumentException("a bus message needs its system, destination and event type, got "
                    + system + ", " + destination + " and " + eventType);
        }
    }

    /**
     * A message being written.
     *
     * @param system the bus
     * @param destination the stream or topic
     * @param eventType the event type
     * @param eventId the event's id
     * @return the message
     */
    public static BusMessage produced(String system, String destination, String eventType, String eventId) {
        return new BusMessage(system, destination, eventType, eventId, null, null);
    }
}
