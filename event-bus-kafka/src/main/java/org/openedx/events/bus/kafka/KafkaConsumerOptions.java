package org.openedx.events.bus.kafka;

import java.time.Duration;
import java.util.Objects;

import org.openedx.events.OpenEdxPublicSignal;

/**
 * What one Kafka consumer reads and how it retries.
 *
 * @param topic the topic, without the prefix (upstream's {@code -t})
 * @param groupId the consumer group (upstream's {@code -g})
 * @param signal the only signal accepted, or null for any
 * @param maxAttempts attempts before a record goes to the dead-letter topic (1 means no retry)
 * @param backoff the wait after the first failed attempt, doubled for each further one
 * @param maxBackoff the longest wait between attempts
 * @param pollTimeout how long one poll waits (upstream's {@code EVENT_BUS_KAFKA_CONSUMER_POLL_TIMEOUT})
 */
public record KafkaConsumerOptions(
        String topic,
        String groupId,
        OpenEdxPublicSignal<?> signal,
        int maxAttempts,
        Duration backoff,
        Duration maxBackoff,
        Duration pollTimeout) {

    /**
     * Checks the components.
     *
     * @param topic the topic
     * @param groupId the group
     * @param signal the only signal, or null
     * @param maxAttempts the attempts, 1 or more
     * @param backoff the first wait
     * @param maxBackoff the longest wait
     * @param pollTimeout the poll timeout
     * @throws IllegalArgumentException when a part is missing or out of range
     */
    public KafkaConsumerOptions {
        if (topic == null || topic.isBlank() || groupId == null || groupId.isBlank() || maxAttempts < 1) {
            throw new IllegalArgumentException("a topic, a group id and at least one attempt are required: " + topic
                    + ", " + groupId + ", " + maxAttempts);
        }
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(pollTimeout, "pollTimeout");
    }

    /**
     * Options with the library's defaults: 5 attempts, 1 s doubling up to 60 s, polls of 1 s (upstream's).
     *
     * @param topic the topic, without the prefix
     * @param groupId the consumer group
     * @return the options
     */
    public static KafkaConsumerOptions of(String topic, String groupId) {
        return new KafkaConsumerOptions(
                topic, groupId, null, 5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(1));
    }

    /**
     * A copy with another retry policy.
     *
     * @param attempts attempts before the dead-letter topic
     * @param first the first wait
     * @param max the longest wait
     * @return the copy
     */
    public KafkaConsumerOptions withRetry(int attempts, Duration first, Duration max) {
        return new KafkaConsumerOptions(topic, groupId, signal, attempts, first, max, pollTimeout);
    }
}
