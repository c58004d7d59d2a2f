package org.openedx.events.sample.bus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A MicroProfile ConfigSource that turns the Redis mode on: when {@value #SWITCH} holds a Redis URL, it supplies
 * the settings of the Redis event bus; otherwise it supplies nothing and the bus stays idle (no connection, no
 * thread).
 *
 * <p>The switch is read, in this order, from the system property {@value #SWITCH}, the environment variable
 * {@value #SWITCH_ENV} and the application's {@code META-INF/microprofile-config.properties}. With it set, this
 * source supplies:
 * <ul>
 *   <li>{@code EVENT_BUS_REDIS_CONNECTION_URL}: the URL;</li>
 *   <li>{@code EVENT_BUS_TOPIC_PREFIX}: {@value #TOPIC_PREFIX};</li>
 *   <li>{@code EVENT_BUS_PRODUCER_CONFIG}: COURSE_ENROLLMENT_CREATED and XBLOCK_PUBLISHED each to their topic,
 *       {@value #ENROLLMENT_TOPIC} and {@value #XBLOCK_TOPIC};</li>
 *   <li>{@code EVENT_BUS_PRODUCER}: {@value #PRODUCER}, because the WAR also carries the Kafka bus and the library
 *       then needs to be told which back end produces;</li>
 *   <li>{@code openedx.events.redis.consumers}: one consumer of each topic, group {@value #GROUP}, which continues
 *       where the group left off ({@code check_backlog}) and moves an entry to the dead-letter stream after
 *       {@value #MAX_ATTEMPTS} failed attempts;</li>
 *   <li>with {@value #OUTBOX_SWITCH} {@code true} too ({@value #OUTBOX_SWITCH_ENV}): the transactional outbox's
 *       {@code openedx.events.outbox.enabled} and {@code openedx.events.outbox.create-table}.</li>
 * </ul>
 * Its ordinal, {@value #ORDINAL}, is above the application's properties file (100) and below the environment (300)
 * and system properties (400), so any of these settings can still be overridden there. It is below
 * {@link KafkaMode}'s: with both modes on, Kafka produces (see {@link KafkaMode}).
 */
public class RedisMode extends BusModeSource {

    /** The switch: a Redis URL, e.g. {@code redis://127.0.0.1:6379/0}; empty or absent leaves the mode off. */
    public static final String SWITCH = "sample.redis";
    /** The switch as an environment variable. */
    public static final String SWITCH_ENV = "SAMPLE_REDIS";
    /** With the Redis mode on, {@code true} turns the transactional outbox on (in the application's data source). */
    public static final String OUTBOX_SWITCH = "sample.outbox";
    /** The outbox switch as an environment variable. */
    public static final String OUTBOX_SWITCH_ENV = "SAMPLE_OUTBOX";
    /** The topic prefix: stream keys are {@code sample-<topic>}. */
    public static final String TOPIC_PREFIX = BusModes.TOPIC_PREFIX;
    /** The topic of COURSE_ENROLLMENT_CREATED. */
    public static final String ENROLLMENT_TOPIC = BusModes.ENROLLMENT_TOPIC;
    /** The topic of XBLOCK_PUBLISHED. */
    public static final String XBLOCK_TOPIC = BusModes.XBLOCK_TOPIC;
    /** The consumer group of the sample's consumers. */
    public static final String GROUP = BusModes.GROUP;
    /** Attempts before an entry whose observers keep failing goes to the dead-letter stream. */
    public static final int MAX_ATTEMPTS = BusModes.MAX_ATTEMPTS;
    /** The value of {@code EVENT_BUS_PRODUCER} this mode supplies: the Redis producer's name. */
    public static final String PRODUCER = "redis";
    /** The ordinal of this source. */
    public static final int ORDINAL = 200;

    static final String ENROLLMENT_TYPE = BusModes.ENROLLMENT_TYPE;
    static final String XBLOCK_TYPE = BusModes.XBLOCK_TYPE;

    /** Reads the switch from the system properties, the environment and the application's properties file. */
    public RedisMode() {
        this(BusModes.switches(key -> key.equals(OUTBOX_SWITCH) ? OUTBOX_SWITCH_ENV : SWITCH_ENV));
    }

    /**
     * Reads the switch with a lookup function.
     *
     * @param lookup returns the raw value of a key ({@value #SWITCH}, {@value #OUTBOX_SWITCH}), or null
     */
    RedisMode(Function<String, String> lookup) {
        super(
                "sample Redis mode (" + SWITCH + ")",
                ORDINAL,
                settings(lookup.apply(SWITCH), "true".equalsIgnoreCase(trimmed(lookup.apply(OUTBOX_SWITCH)))));
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    /**
     * The bus settings for a value of the switch, without the outbox.
     *
     * @param url the switch's value
     * @return the settings; empty when the value is null or blank
     */
    static Map<String, String> settings(String url) {
        return settings(url, false);
    }

    /**
     * The bus settings for a value of the switch.
     *
     * @param url the switch's value
     * @param outbox whether the transactional outbox is on: then every event for the bus is stored in the request's
     *     transaction, in the table {@code openedx_events_outbox} of the application's data source
     *     ({@code java:comp/DefaultDataSource}, created at deployment), and published from there
     * @return the settings; empty when the value is null or blank
     */
    static Map<String, String> settings(String url, boolean outbox) {
        if (!BusModes.isSet(url)) {
            return Map.of();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("EVENT_BUS_REDIS_CONNECTION_URL", url.trim());
        settings.put("EVENT_BUS_TOPIC_PREFIX", TOPIC_PREFIX);
        settings.put("EVENT_BUS_PRODUCER_CONFIG", BusModes.producerConfig());
        settings.put(BusModes.PRODUCER, PRODUCER);
        settings.put(
                "openedx.events.redis.consumers",
                "[" + consumer(ENROLLMENT_TOPIC, ENROLLMENT_TYPE) + ", " + consumer(XBLOCK_TOPIC, XBLOCK_TYPE) + "]");
        if (outbox) {
            settings.put("openedx.events.outbox.enabled", "true");
            settings.put("openedx.events.outbox.create-table", "true");
        }
        return Map.copyOf(settings);
    }

    private static String consumer(String topic, String eventType) {
        return "{\"topic\": \"" + topic + "\", \"group_id\": \"" + GROUP + "\", \"consumer_name\": \"" + GROUP
                + "-1\", \"signal\": \"" + eventType + "\", \"check_backlog\": true, \"max_attempts\": "
                + MAX_ATTEMPTS + ", \"retry_backoff\": " + BusModes.RETRY_BACKOFF + "}";
    }
}
