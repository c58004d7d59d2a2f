package org.openedx.events.bus.kafka;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.bus.JsonOptions;
import org.openedx.events.support.Echo;
import org.openedx.events.support.IsoDateTimes;

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
 * @param consecutiveErrorsLimit after this many records in a row went to the dead-letter topic, the consumer stops
 *                               (upstream's {@code EVENT_BUS_KAFKA_CONSUMER_CONSECUTIVE_ERRORS_LIMIT}); 0 for no limit
 * @param offsetTime replay mode (upstream's {@code offset_time}): the group's offsets are set to this time and the
 *                   consumer then idles, consuming nothing, until it is restarted without it; null for normal mode
 */
public record KafkaConsumerOptions(
        String topic,
        String groupId,
        OpenEdxPublicSignal<?> signal,
        int maxAttempts,
        Duration backoff,
        Duration maxBackoff,
        Duration pollTimeout,
        int consecutiveErrorsLimit,
        OffsetDateTime offsetTime) {

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
     * @param consecutiveErrorsLimit the consecutive dead letters that stop the consumer, or 0
     * @param offsetTime the replay time, or null
     * @throws IllegalArgumentException when a part is missing or out of range
     */
    public KafkaConsumerOptions {
        if (topic == null
                || topic.isBlank()
                || groupId == null
                || groupId.isBlank()
                || maxAttempts < 1
                || consecutiveErrorsLimit < 0) {
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
                topic, groupId, null, 5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(1), 0, null);
    }

    /** Upstream: seconds one poll waits. */
    public static final String POLL_TIMEOUT = "EVENT_BUS_KAFKA_CONSUMER_POLL_TIMEOUT";
    /** Upstream: records in a row that stop a consumer when they all went to the dead-letter topic. */
    public static final String CONSECUTIVE_ERRORS_LIMIT = "EVENT_BUS_KAFKA_CONSUMER_CONSECUTIVE_ERRORS_LIMIT";
    /** Upstream: the consumers' kill switch. */
    public static final String CONSUMERS_ENABLED = "EVENT_BUS_KAFKA_CONSUMERS_ENABLED";
    /** The consumers the application starts, as a JSON list of objects. */
    public static final String CONSUMERS = "openedx.events.kafka.consumers";

    private static final JsonOptions OPTIONS = new JsonOptions(KafkaError.CONSUMER_OPTION_INVALID);
    private static final Set<String> EXTRA_KEYS =
            Set.of("signal", "max_attempts", "retry_backoff", "retry_backoff_max");
    private static final Set<String> KEYS =
            Set.of("topic", "group_id", "signal", "max_attempts", "retry_backoff", "retry_backoff_max");
    private static final long MAX_MILLIS = Duration.ofDays(1).toMillis();

    /**
     * Reads the setting {@value #CONSUMERS}: a JSON list of objects with {@code topic}, {@code group_id} and
     * optionally {@code signal} (an event type), {@code max_attempts}, {@code retry_backoff} and
     * {@code retry_backoff_max} (milliseconds).
     *
     * @param json the JSON text, or null for none
     * @param pollTimeout how long one poll waits
     * @return the consumers' options
     * @throws org.openedx.events.OpenEdxEventException ({@code OXE7208}) naming the bad option
     */
    public static List<KafkaConsumerOptions> listFromJson(String json, Duration pollTimeout) {
        List<KafkaConsumerOptions> result = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return result;
        }
        for (Map<String, Object> object : OPTIONS.objects(CONSUMERS, json, "topic and group_id")) {
            OPTIONS.onlyKeys(object, KEYS);
            result.add(build(OPTIONS.string(object, "topic"), OPTIONS.string(object, "group_id"), object, pollTimeout));
        }
        return result;
    }

    /**
     * The options of a consumer named by topic and group, with upstream's {@code --extra} JSON object for the rest:
     * {@code signal}, {@code max_attempts}, {@code retry_backoff} and {@code retry_backoff_max} (milliseconds),
     * {@code consecutive_errors_limit}, and upstream's {@code offset_time} (replay mode).
     *
     * @param topic the topic, without the prefix
     * @param group the consumer group
     * @param extra the JSON object text, or null
     * @param pollTimeout how long one poll waits
     * @return the options
     * @throws org.openedx.events.OpenEdxEventException ({@code OXE7208}) naming the bad option
     */
    public static KafkaConsumerOptions fromExtra(String topic, String group, String extra, Duration pollTimeout) {
        Map<String, Object> object = extra == null || extra.isBlank() ? Map.of() : OPTIONS.object("extra", extra);
        OPTIONS.onlyKeys(object, EXTRA_KEYS);
        return build(topic, group, object, pollTimeout);
    }

    private static KafkaConsumerOptions build(
            String topic, String group, Map<String, Object> object, Duration pollTimeout) {
        if (topic == null || topic.isBlank() || group == null || group.isBlank()) {
            throw new org.openedx.events.OpenEdxEventException(
                    KafkaError.CONSUMER_OPTION_INVALID,
                    topic == null || topic.isBlank() ? "topic" : "group_id",
                    "",
                    "a non-empty string");
        }
        KafkaConsumerOptions defaults = of(topic, group);
        return new KafkaConsumerOptions(
                topic,
                group,
                OPTIONS.signal(object, "signal"),
                (int) OPTIONS.number(object, "max_attempts", defaults.maxAttempts(), 1, Integer.MAX_VALUE),
                Duration.ofMillis(OPTIONS.number(
                        object, "retry_backoff", defaults.backoff().toMillis(), 0, MAX_MILLIS)),
                Duration.ofMillis(OPTIONS.number(
                        object, "retry_backoff_max", defaults.maxBackoff().toMillis(), 0, MAX_MILLIS)),
                pollTimeout,
                (int) OPTIONS.number(object, "consecutive_errors_limit", 0, 0, Integer.MAX_VALUE),
                offsetTime(OPTIONS.string(object, "offset_time")));
    }

    private static OffsetDateTime offsetTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            return IsoDateTimes.parseOffset(text);
        } catch (DateTimeParseException e) {
            throw new org.openedx.events.OpenEdxEventException(
                    KafkaError.CONSUMER_OPTION_INVALID,
                    "offset_time",
                    Echo.of(text),
                    "an ISO-8601 date-time with an offset, e.g. 2024-01-02T03:04:05+00:00 (" + e.getMessage() + ")");
        }
    }

    /**
     * A copy with another consecutive-errors limit.
     *
     * @param limit the dead letters in a row that stop the consumer, or 0 for no limit
     * @return the copy
     */
    public KafkaConsumerOptions withConsecutiveErrorsLimit(int limit) {
        return new KafkaConsumerOptions(
                topic, groupId, signal, maxAttempts, backoff, maxBackoff, pollTimeout, limit, offsetTime);
    }

    /**
     * A copy in replay mode.
     *
     * @param time the time the group's offsets are set to
     * @return the copy
     */
    public KafkaConsumerOptions withOffsetTime(OffsetDateTime time) {
        return new KafkaConsumerOptions(
                topic, groupId, signal, maxAttempts, backoff, maxBackoff, pollTimeout, consecutiveErrorsLimit, time);
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
        return new KafkaConsumerOptions(
                topic, groupId, signal, attempts, first, max, pollTimeout, consecutiveErrorsLimit, offsetTime);
    }
}
