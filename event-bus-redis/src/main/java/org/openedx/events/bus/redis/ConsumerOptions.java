package org.openedx.events.bus.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.bus.JsonOptions;

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

    /** The reader of the options' JSON, with this back end's message. */
    private static final JsonOptions OPTIONS = new JsonOptions(RedisError.CONSUMER_OPTION_INVALID);

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
        Map<String, Object> object = extra == null || extra.isBlank() ? Map.of() : OPTIONS.object("extra", extra);
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
        for (Map<String, Object> object :
                OPTIONS.objects(RedisSettings.CONSUMERS, json, "topic, group_id and consumer_name")) {
            result.add(
                    fromObject(OPTIONS.string(object, "topic"), OPTIONS.string(object, "group_id"), object, defaults));
        }
        return result;
    }

    private static ConsumerOptions fromObject(
            String topic, String group, Map<String, Object> object, RetryPolicy defaults) {
        OPTIONS.onlyKeys(object, KEYS);
        RetryPolicy retry = new RetryPolicy(
                (int) OPTIONS.number(object, "max_attempts", defaults.maxAttempts(), 1, Integer.MAX_VALUE),
                Duration.ofMillis(OPTIONS.number(
                        object, "retry_backoff", defaults.backoff().toMillis(), 0, MAX_MILLIS)),
                Duration.ofMillis(OPTIONS.number(
                        object, "retry_backoff_max", defaults.maxBackoff().toMillis(), 0, MAX_MILLIS)),
                Duration.ofMillis(OPTIONS.number(
                        object, "claim_msgs_older_than", defaults.claimIdle().toMillis(), 0, MAX_MILLIS)));
        return new ConsumerOptions(
                topic,
                group,
                OPTIONS.string(object, "consumer_name"),
                OPTIONS.signal(object, "signal"),
                OPTIONS.bool(object, "check_backlog", false),
                OPTIONS.string(object, "last_read_msg_id"),
                retry);
    }

    @Override
    public String toString() {
        return "ConsumerOptions" + Map.of("topic", topic, "group", group, "consumer", consumerName);
    }
}
