package org.openedx.events.bus.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.support.Echo;
import org.openedx.events.support.Json;

/**
 * One consumer: upstream's {@code consume_events -t <topic> -g <group> --extra '{...}'}, plus this library's
 * retry options.
 *
 * @param topic the topic, without the prefix
 * @param group the consumer group
 * @param consumerName the consumer's name inside the group (upstream's required {@code consumer_name})
 * @param signal the only signal this consumer accepts, or null for every type on the topic (upstream)
 * @param checkBacklog upstream's {@code check_backlog}: continue where the group left off; when false (the
 *                     default, as upstream) the group skips to the end of the stream at every start
 * @param lastReadMsgId upstream's {@code last_read_msg_id}: replay from after this entry id, or null
 * @param retry attempts, backoff and claiming ({@code claim_msgs_older_than} in milliseconds overrides
 *              {@link RetryPolicy#claimIdle()})
 */
public record ConsumerOptions(
        String topic,
        String group,
        String consumerName,
        OpenEdxPublicSignal<?> signal,
        boolean checkBacklog,
        String lastReadMsgId,
        RetryPolicy retry) {

    /** The longest JSON text of the options read: 1 MiB characters. */
    static final int MAX_JSON_LENGTH = 1024 * 1024;

    /** The longest delay an option may set: one day, in milliseconds. */
    static final long MAX_MILLIS = 24L * 60 * 60 * 1000;

    private static final Set<String> KEYS = Set.of(
            "topic",
            "group_id",
            "consumer_name",
            "signal",
            "check_backlog",
            "last_read_msg_id",
            "claim_msgs_older_than",
            "max_attempts",
            "retry_backoff",
            "retry_backoff_max");

    /**
     * Checks the components.
     *
     * @param topic the topic, without the prefix
     * @param group the consumer group
     * @param consumerName the consumer's name inside the group
     * @param signal the only signal accepted, or null
     * @param checkBacklog whether to continue where the group left off
     * @param lastReadMsgId replay from after this entry id, or null
     * @param retry attempts, backoff and claiming
     * @throws OpenEdxEventException ({@code OXE7107}) when topic, group or consumer name is missing
     */
    public ConsumerOptions {
        require("topic", topic);
        require("group_id", group);
        require("consumer_name", consumerName);
        Objects.requireNonNull(retry, "retry");
    }

    private static void require(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new OpenEdxEventException(RedisError.CONSUMER_OPTION_INVALID, option, value, "a non-empty string");
        }
    }

    /**
     * Options for a topic and group with the library defaults.
     *
     * @param topic the topic
     * @param group the group
     * @param consumerName the consumer name
     * @param retry the retry policy
     * @return the options
     */
    public static ConsumerOptions of(String topic, String group, String consumerName, RetryPolicy retry) {
        return new ConsumerOptions(topic, group, consumerName, null, false, null, retry);
    }

    /**
     * A copy that only accepts one signal.
     *
     * @param only the signal
     * @return the copy
     */
    public ConsumerOptions onlySignal(OpenEdxPublicSignal<?> only) {
        return new ConsumerOptions(topic, group, consumerName, only, checkBacklog, lastReadMsgId, retry);
    }

    /**
     * A copy with another {@code check_backlog}.
     *
     * @param backlog whether to continue where the group left off
     * @return the copy
     */
    public ConsumerOptions withCheckBacklog(boolean backlog) {
        return new ConsumerOptions(topic, group, consumerName, signal, backlog, lastReadMsgId, retry);
    }

    /**
     * Reads upstream's {@code --extra} JSON object for a topic and group. Keys: {@code consumer_name} (required),
     * {@code check_backlog}, {@code last_read_msg_id}, {@code claim_msgs_older_than} (ms), and this library's
     * {@code signal} (an event type), {@code max_attempts}, {@code retry_backoff} and {@code retry_backoff_max} (ms).
     *
     * @param topic the topic
     * @param group the group
     * @param extra the JSON object text, or null
     * @param defaults the retry defaults from the settings
     * @return the options
     * @throws OpenEdxEventException ({@code OXE7107}) naming the bad option
     */
    public static ConsumerOptions fromExtra(String topic, String group, String extra, RetryPolicy defaults) {
        Map<String, Object> object = Map.of();
        if (extra != null && !extra.isBlank()) {
            Object value = parse("extra", extra);
            if (!(value instanceof Map<?, ?>)) {
                throw new OpenEdxEventException(
                        RedisError.CONSUMER_OPTION_INVALID, "extra", Echo.of(extra), "a JSON object");
            }
            object = asObject(value);
        }
        return fromObject(topic, group, object, defaults);
    }

    /**
     * Reads the setting {@code openedx.events.redis.consumers}: a JSON list of objects, each with {@code topic},
     * {@code group_id} and the keys of {@link #fromExtra}.
     *
     * @param json the JSON text, or null for none
     * @param defaults the retry defaults from the settings
     * @return the consumers' options
     * @throws OpenEdxEventException ({@code OXE7107}) naming the bad option
     */
    public static List<ConsumerOptions> listFromJson(String json, RetryPolicy defaults) {
        List<ConsumerOptions> result = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return result;
        }
        Object value = parse(RedisSettings.CONSUMERS, json);
        if (!(value instanceof List<?> items)) {
            throw new OpenEdxEventException(
                    RedisError.CONSUMER_OPTION_INVALID,
                    RedisSettings.CONSUMERS,
                    Echo.of(json),
                    "a JSON list of objects with topic, group_id and consumer_name");
        }
        for (Object item : items) {
            if (!(item instanceof Map<?, ?>)) {
                throw new OpenEdxEventException(
                        RedisError.CONSUMER_OPTION_INVALID,
                        RedisSettings.CONSUMERS,
                        Json.describe(item),
                        "a JSON object with topic, group_id and consumer_name");
            }
            Map<String, Object> object = asObject(item);
            result.add(fromObject(string(object, "topic"), string(object, "group_id"), object, defaults));
        }
        return result;
    }

    private static Object parse(String option, String json) {
        try {
            return Json.parse(json, MAX_JSON_LENGTH);
        } catch (Json.SyntaxException e) {
            throw new OpenEdxEventException(
                    RedisError.CONSUMER_OPTION_INVALID, option, Echo.of(json), "valid JSON (" + e.getMessage() + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        return (Map<String, Object>) value;
    }

    private static ConsumerOptions fromObject(
            String topic, String group, Map<String, Object> object, RetryPolicy defaults) {
        for (String key : object.keySet()) {
            if (!KEYS.contains(key)) {
                throw new OpenEdxEventException(
                        RedisError.CONSUMER_OPTION_INVALID,
                        Echo.of(key),
                        Json.describe(object.get(key)),
                        "the keys " + new java.util.TreeSet<>(KEYS));
            }
        }
        String type = string(object, "signal");
        OpenEdxPublicSignal<?> signal = null;
        if (type != null) {
            signal = OpenEdxPublicSignal.findSignalByType(type)
                    .orElseThrow(() -> new OpenEdxEventException(
                            RedisError.CONSUMER_OPTION_INVALID,
                            "signal",
                            Echo.of(type),
                            "a known event type, e.g. one of " + OpenEdxPublicSignal.closestEventTypes(type)));
        }
        RetryPolicy retry = new RetryPolicy(
                (int) number(object, "max_attempts", defaults.maxAttempts(), 1, Integer.MAX_VALUE),
                Duration.ofMillis(
                        number(object, "retry_backoff", defaults.backoff().toMillis(), 0, MAX_MILLIS)),
                Duration.ofMillis(number(
                        object, "retry_backoff_max", defaults.maxBackoff().toMillis(), 0, MAX_MILLIS)),
                Duration.ofMillis(number(
                        object, "claim_msgs_older_than", defaults.claimIdle().toMillis(), 0, MAX_MILLIS)));
        Object backlog = object.get("check_backlog");
        if (backlog != null && !(backlog instanceof Boolean)) {
            throw new OpenEdxEventException(
                    RedisError.CONSUMER_OPTION_INVALID, "check_backlog", Json.describe(backlog), "true, false");
        }
        return new ConsumerOptions(
                topic,
                group,
                string(object, "consumer_name"),
                signal,
                Boolean.TRUE.equals(backlog),
                string(object, "last_read_msg_id"),
                retry);
    }

    private static String string(Map<String, Object> object, String key) {
        Object value = object.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        throw new OpenEdxEventException(RedisError.CONSUMER_OPTION_INVALID, key, Json.describe(value), "a string");
    }

    private static long number(Map<String, Object> object, String key, long fallback, long min, long max) {
        Object value = object.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Long number && number >= min && number <= max) {
            return number;
        }
        throw new OpenEdxEventException(
                RedisError.CONSUMER_OPTION_INVALID,
                key,
                Json.describe(value),
                "a whole number from " + min + " to " + max);
    }

    @Override
    public String toString() {
        return "ConsumerOptions" + Map.of("topic", topic, "group", group, "consumer", consumerName);
    }
}
