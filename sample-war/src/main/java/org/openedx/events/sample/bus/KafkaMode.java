package org.openedx.events.sample.bus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A MicroProfile ConfigSource that turns the Kafka mode on: when {@value #SWITCH} holds the bootstrap servers of a
 * Kafka cluster, it supplies the settings of the Kafka event bus; otherwise it supplies nothing and the bus stays
 * idle (no Kafka client, no thread, no connection).
 *
 * <p>Two switches are read, each in this order, from the system property, the environment variable and the
 * application's {@code META-INF/microprofile-config.properties}:
 * <ul>
 *   <li>{@value #SWITCH} (environment {@value #SWITCH_ENV}): the bootstrap servers, e.g. {@code 127.0.0.1:9092};
 *       empty or absent leaves the mode off;</li>
 *   <li>{@value #REGISTRY_SWITCH} (environment {@value #REGISTRY_SWITCH_ENV}): the Confluent-compatible schema
 *       registry; when absent, {@value #DEFAULT_REGISTRY}, the port such registries listen on by default. It does
 *       not turn the mode on by itself.</li>
 * </ul>
 * With the mode on, this source supplies:
 * <ul>
 *   <li>{@code EVENT_BUS_KAFKA_BOOTSTRAP_SERVERS} and {@code EVENT_BUS_KAFKA_SCHEMA_REGISTRY_URL}: the switches;</li>
 *   <li>{@code EVENT_BUS_TOPIC_PREFIX} and {@code EVENT_BUS_PRODUCER_CONFIG}: as the Redis mode, so the topics are
 *       {@code sample-course-enrollment-lifecycle} and {@code sample-content-authoring-xblock-lifecycle};</li>
 *   <li>{@code EVENT_BUS_PRODUCER}: {@value #PRODUCER}, because the WAR also carries the Redis bus;</li>
 *   <li>{@code openedx.events.kafka.consumers}: one consumer of each topic, group {@code sample}, which accepts only
 *       that topic's event type and copies a record to the dead-letter topic after 3 failed attempts;</li>
 *   <li>{@code openedx.events.kafka.client-properties}: {@code auto.offset.reset=earliest}, so that a new group reads
 *       its topics from the start, as the Redis mode's {@code check_backlog} does (upstream's default, the end of
 *       the topic, would skip what was published before the consumer first joined); once the group has committed,
 *       it continues where it left off.</li>
 * </ul>
 *
 * <p>Its ordinal, {@value #ORDINAL}, is above the application's properties file (100) and {@link RedisMode}'s (200),
 * and below the environment (300) and system properties (400). So when both modes are on, the settings both supply
 * take this source's values: the events are published to Kafka only ({@code EVENT_BUS_PRODUCER=kafka}; the library
 * publishes to one back end), while the consumers of both modes run. Setting {@code EVENT_BUS_PRODUCER=redis} in the
 * environment or as a system property makes Redis the producer instead.
 */
public class KafkaMode extends BusModeSource {

    /** The switch: the bootstrap servers, e.g. {@code 127.0.0.1:9092}; empty or absent leaves the mode off. */
    public static final String SWITCH = "sample.kafka";
    /** The switch as an environment variable. */
    public static final String SWITCH_ENV = "SAMPLE_KAFKA";
    /** The schema registry's URL. */
    public static final String REGISTRY_SWITCH = "sample.kafka.registry";
    /** The registry's URL as an environment variable. */
    public static final String REGISTRY_SWITCH_ENV = "SAMPLE_KAFKA_REGISTRY";
    /** The registry when {@value #REGISTRY_SWITCH} is not set. */
    public static final String DEFAULT_REGISTRY = "http://127.0.0.1:8081";
    /** The value of {@code EVENT_BUS_PRODUCER} this mode supplies: the Kafka producer's name. */
    public static final String PRODUCER = "kafka";
    /** The ordinal of this source: above {@link RedisMode#ORDINAL}. */
    public static final int ORDINAL = 210;

    /** Reads the switches from the system properties, the environment and the application's properties file. */
    public KafkaMode() {
        this(BusModes.switches(key -> SWITCH.equals(key) ? SWITCH_ENV : REGISTRY_SWITCH_ENV));
    }

    /**
     * Reads the switches with a lookup function.
     *
     * @param lookup returns the raw value of a key ({@value #SWITCH}, {@value #REGISTRY_SWITCH}), or null
     */
    KafkaMode(Function<String, String> lookup) {
        super(
                "sample Kafka mode (" + SWITCH + ")",
                ORDINAL,
                settings(lookup.apply(SWITCH), lookup.apply(REGISTRY_SWITCH)));
    }

    /**
     * The bus settings for values of the switches.
     *
     * @param bootstrapServers the value of {@value #SWITCH}
     * @param registry the value of {@value #REGISTRY_SWITCH}
     * @return the settings; empty when the bootstrap servers are null or blank
     */
    static Map<String, String> settings(String bootstrapServers, String registry) {
        if (!BusModes.isSet(bootstrapServers)) {
            return Map.of();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("EVENT_BUS_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers.trim());
        settings.put(
                "EVENT_BUS_KAFKA_SCHEMA_REGISTRY_URL", BusModes.isSet(registry) ? registry.trim() : DEFAULT_REGISTRY);
        settings.put("EVENT_BUS_TOPIC_PREFIX", BusModes.TOPIC_PREFIX);
        settings.put("EVENT_BUS_PRODUCER_CONFIG", BusModes.producerConfig());
        settings.put(BusModes.PRODUCER, PRODUCER);
        settings.put(
                "openedx.events.kafka.consumers",
                "[" + consumer(BusModes.ENROLLMENT_TOPIC, BusModes.ENROLLMENT_TYPE) + ", "
                        + consumer(BusModes.XBLOCK_TOPIC, BusModes.XBLOCK_TYPE) + "]");
        settings.put("openedx.events.kafka.client-properties", "{\"auto.offset.reset\": \"earliest\"}");
        return Map.copyOf(settings);
    }

    private static String consumer(String topic, String eventType) {
        return "{\"topic\": \"" + topic + "\", \"group_id\": \"" + BusModes.GROUP + "\", \"signal\": \"" + eventType
                + "\", \"max_attempts\": " + BusModes.MAX_ATTEMPTS + ", \"retry_backoff\": " + BusModes.RETRY_BACKOFF
                + "}";
    }
}
