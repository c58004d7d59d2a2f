package org.openedx.events.bus.redis;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;

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
public record ConsumerOptions(String topic, String group, String consumerName, OpenEdxPublicSignal<?> signal,
        boolean checkBacklog, String lastReadMsgId, RetryPolicy retry) {

    private static final Set<String> KEYS = Set.of("topic", "group_id", "consumer_name", "signal", "check_backlog",
            "last_read_msg_id", "claim_msgs_older_than", "max_attempts", "retry_backoff", "retry_backoff_max");

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
            throw new OpenEdxEventException(RedisError.CONSUMER_OPTION_INVALID, option, value,
                    "a non-empty string");
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
        JsonObject object = JsonValue.EMPTY_JSON_OBJECT;
        if (extra != null && !extra.isBlank()) {
            JsonValue value = parse("extra", extra);
            if (!(value instanceof JsonObject o)) {
                throw new OpenEdxEventException(RedisError.CONSUMER_OPTION_INVALID, "extra", extra,
                        "a JSON object");
            }
            object = o;
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
        JsonValue value = parse(RedisSettings.CONSUMERS, json);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new OpenEdxEventException(RedisError.CONSUMER_OPTION_INVALID, RedisSettings.CONSUMERS, json,
                    "a JSON list of objects with topic, group_id and consumer_name");
        }
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonObject object)) {
                throw new OpenEdxEventException(RedisError.CONSUMER_OPTION_INVALID, RedisSettings.CONSUMERS,
                        item, "a JSON object with topic, group_id and consumer_name");
            }
            result.add(fromObject(string(object, "topic"), string(object, "group_id"), object, defaults));
        }
        return result;
    }

    private static JsonValue parse(String option, String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            throw new OpenEdxEventException(RedisError.CONSUMER_OPTION_INVALID, option, json,
                    "valid JSON (" + e.getMessage() + ")");
        }
    }

    private static ConsumerOptions fromObject(String topic, String group, JsonObject object, RetryPolicy defaults) {
        for (String key : object.keySet()) {
            if (!KEYS.contains(key)) {
                throw new OpenEdxEventException(RedisError.CONSUMER_OPTION_INVALID, key, object.get(key),
                        "the keys " + new java.util.TreeSet<>(KEYS));
            }
        }
        String type = string(object, "signal");
        OpenEdxPublicSignal<?> signal = null;
        if (type != null) {
            signal = OpenEdxPublicSignal.findSignalByType(type).orElseThrow(() -> new OpenEdxEventException(
                    RedisError.CONSUMER_OPTION_INVALID, "signal", type,
                    "a known event type, e.g. one of " + OpenEdxPublicSignal.closestEventTypes(type)));
        }
        RetryPolicy retry = new RetryPolicy(
                (int) number(object, "max_attempts", defaults.maxAttempts(), 1),
                Duration.ofMillis(number(object, "retry_backoff", defaults.backoff().toMillis(), 0)),
                Duration.ofMillis(number(object, "retry_backoff_max", defaults.maxBackoff().toMillis(), 0)),
                Duration.ofMillis(number(object, "claim_msgs_older_than", defaults.claimIdle().toMillis(), 0)));
        JsonValue backlog = object.get("check_backlog");
        if (backlog != null && backlog != JsonValue.TRUE && backlog != JsonValue.FALSE) {
            throw new OpenEdxEventException(RedisError.CONSUMER_OPTION_INVALID, "check_backlog", backlog,
                    "true, false");
        }
        return new ConsumerOptions(topic, group, string(object, "consumer_name"), signal,
                backlog == JsonValue.TRUE, string(object, "last_read_msg_id"), retry);
    }

    private static String string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new OpenEdxEventException(RedisError.CONSUMER_OPTION_INVALID, key, value, "a string");
    }

    private static long number(JsonObject object, String key, long fallback, long min) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= min) {
            return number.longValue();
        }
        throw new OpenEdxEventException(RedisError.CONSUMER_OPTION_INVALID, key, value,
                "a whole number of at least " + min);
    }

    @Override
    public String toString() {
        return "ConsumerOptions" + Map.of("topic", topic, "group", group, "consumer", consumerName);
    }
}
