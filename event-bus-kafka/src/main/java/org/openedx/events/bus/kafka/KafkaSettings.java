package org.openedx.events.bus.kafka;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.bus.TopicNames;
import org.openedx.events.cdi.SettingSources;
import org.openedx.events.support.Echo;
import org.openedx.events.support.Json;

/**
 * The Kafka event bus settings, with upstream's names where upstream has the setting. Values come from
 * {@link SettingSources#lookup()} (MicroProfile Config, then system properties, then the environment).
 *
 * @param bootstrapServers {@code EVENT_BUS_KAFKA_BOOTSTRAP_SERVERS} (required)
 * @param schemaRegistryUrl {@code EVENT_BUS_KAFKA_SCHEMA_REGISTRY_URL}: a Confluent-compatible registry (required)
 * @param registryApiKey {@code EVENT_BUS_KAFKA_SCHEMA_REGISTRY_API_KEY}: basic-auth user of the registry, or empty
 * @param registryApiSecret {@code EVENT_BUS_KAFKA_SCHEMA_REGISTRY_API_SECRET}: its password, or empty
 * @param apiKey {@code EVENT_BUS_KAFKA_API_KEY}: with the secret, SASL_SSL with PLAIN, or null
 * @param apiSecret {@code EVENT_BUS_KAFKA_API_SECRET}, or null
 * @param topicPrefix {@code EVENT_BUS_TOPIC_PREFIX}: topics are {@code <prefix>-<topic>}, or null
 * @param clientId the service name ({@code EVENTS_SERVICE_NAME}, else {@code SERVICE_VARIANT}), the Kafka
 *                 {@code client.id}, or null
 * @param clientProperties {@code openedx.events.kafka.client-properties}: any Kafka client property, as a JSON
 *                         object of strings, applied after this library's defaults
 */
public record KafkaSettings(
        String bootstrapServers,
        String schemaRegistryUrl,
        String registryApiKey,
        String registryApiSecret,
        String apiKey,
        String apiSecret,
        String topicPrefix,
        String clientId,
        Map<String, String> clientProperties) {

    /** Upstream: the brokers. */
    public static final String BOOTSTRAP_SERVERS = "EVENT_BUS_KAFKA_BOOTSTRAP_SERVERS";
    /** Upstream: the schema registry. */
    public static final String SCHEMA_REGISTRY_URL = "EVENT_BUS_KAFKA_SCHEMA_REGISTRY_URL";
    /** Upstream: the registry's basic-auth user. */
    public static final String SCHEMA_REGISTRY_API_KEY = "EVENT_BUS_KAFKA_SCHEMA_REGISTRY_API_KEY";
    /** Upstream: the registry's basic-auth password. */
    public static final String SCHEMA_REGISTRY_API_SECRET = "EVENT_BUS_KAFKA_SCHEMA_REGISTRY_API_SECRET";
    /** Upstream: the SASL PLAIN user. */
    public static final String API_KEY = "EVENT_BUS_KAFKA_API_KEY";
    /** Upstream: the SASL PLAIN password. */
    public static final String API_SECRET = "EVENT_BUS_KAFKA_API_SECRET";
    /** Any Kafka client property, as a JSON object of strings. */
    public static final String CLIENT_PROPERTIES = "openedx.events.kafka.client-properties";

    /** How long a send may wait for the brokers' metadata before it is logged as failed (the client's default is 60 s). */
    public static final Duration MAX_BLOCK = Duration.ofSeconds(5);

    /**
     * Copies the map.
     *
     * @param bootstrapServers the brokers
     * @param schemaRegistryUrl the registry
     * @param registryApiKey the registry user
     * @param registryApiSecret the registry password
     * @param apiKey the SASL user
     * @param apiSecret the SASL password
     * @param topicPrefix the topic prefix
     * @param clientId the client id
     * @param clientProperties further client properties
     */
    public KafkaSettings {
        clientProperties = Map.copyOf(clientProperties);
    }

    /**
     * Reads and validates the settings.
     *
     * @param lookup a setting's raw value, or null
     * @return the settings
     * @throws OpenEdxEventException ({@code OXE7203}) for a missing required setting, ({@code OXE5001}) for an invalid
     *     one
     */
    public static KafkaSettings from(Function<String, String> lookup) {
        String apiKey = blankToNull(lookup.apply(API_KEY));
        String apiSecret = blankToNull(lookup.apply(API_SECRET));
        if ((apiKey == null) != (apiSecret == null)) {
            throw new OpenEdxEventException(
                    OpenEdxError.SETTING_INVALID,
                    apiKey == null ? API_KEY : API_SECRET,
                    "",
                    "set both " + API_KEY + " and " + API_SECRET + " (SASL_SSL with PLAIN), or neither");
        }
        String service = blankToNull(lookup.apply("EVENTS_SERVICE_NAME"));
        return new KafkaSettings(
                required(lookup, BOOTSTRAP_SERVERS, "127.0.0.1:9092"),
                required(lookup, SCHEMA_REGISTRY_URL, "http://127.0.0.1:8081"),
                orEmpty(lookup.apply(SCHEMA_REGISTRY_API_KEY)),
                orEmpty(lookup.apply(SCHEMA_REGISTRY_API_SECRET)),
                apiKey,
                apiSecret,
                blankToNull(lookup.apply(TopicNames.TOPIC_PREFIX)),
                service != null ? service : blankToNull(lookup.apply("SERVICE_VARIANT")),
                clientProperties(lookup.apply(CLIENT_PROPERTIES)));
    }

    /**
     * The full name of a topic.
     *
     * @param topic the topic as configured
     * @return {@code <prefix>-<topic>}
     */
    public String fullTopic(String topic) {
        return TopicNames.fullName(topicPrefix, topic);
    }

    /**
     * The producer's configuration: byte-array serializers (the library frames keys and values itself), durable
     * defaults ({@code acks=all}, idempotence), the CRC-32 partitioner of upstream's producers, at most
     * {@link #MAX_BLOCK} of waiting for metadata, SASL_SSL PLAIN when an API key is set, then
     * {@link #clientProperties()}.
     *
     * @return the properties
     */
    public Properties producerProperties() {
        Properties properties = common();
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, Crc32Partitioner.class.getName());
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(MAX_BLOCK.toMillis()));
        properties.putAll(clientProperties);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return properties;
    }

    /**
     * A consumer's configuration: byte-array deserializers, the group, offsets committed by the consumer itself
     * ({@code enable.auto.commit=false}, as upstream), a new group starting at the end of the topic
     * ({@code auto.offset.reset=latest}, librdkafka's default, which upstream keeps), then
     * {@link #clientProperties()}.
     *
     * @param groupId the consumer group
     * @return the properties
     */
    public Properties consumerProperties(String groupId) {
        Properties properties = common();
        properties.put("auto.offset.reset", "latest");
        properties.putAll(clientProperties);
        properties.put("group.id", groupId);
        properties.put("enable.auto.commit", "false");
        properties.put("key.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        properties.put("value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        return properties;
    }

    private Properties common() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        if (clientId != null) {
            properties.put("client.id", clientId);
        }
        if (apiKey != null) {
            properties.put("security.protocol", "SASL_SSL");
            properties.put("sasl.mechanism", "PLAIN");
            properties.put(
                    "sasl.jaas.config",
                    "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + jaasEscape(apiKey)
                            + "\" password=\"" + jaasEscape(apiSecret) + "\";");
        }
        return properties;
    }

    /** The settings without secrets, for logs. */
    @Override
    public String toString() {
        return "KafkaSettings[bootstrapServers=" + bootstrapServers + ", schemaRegistryUrl=" + schemaRegistryUrl
                + ", sasl=" + (apiKey != null) + ", topicPrefix=" + topicPrefix + ", clientId=" + clientId
                + ", clientProperties=" + clientProperties.keySet() + "]";
    }

    private static String jaasEscape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static Map<String, String> clientProperties(String json) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return properties;
        }
        Map<String, Object> object;
        try {
            object = Json.parseObject(json, 64 * 1024);
        } catch (Json.SyntaxException e) {
            throw new OpenEdxEventException(
                    OpenEdxError.SETTING_INVALID,
                    CLIENT_PROPERTIES,
                    Echo.of(json),
                    "a JSON object of Kafka client properties and string values (" + e.getMessage() + ")");
        }
        for (Map.Entry<String, Object> entry : object.entrySet()) {
            if (!(entry.getValue() instanceof String value)) {
                throw new OpenEdxEventException(
                        OpenEdxError.SETTING_INVALID,
                        CLIENT_PROPERTIES + "." + entry.getKey(),
                        Json.describe(entry.getValue()),
                        "a string, as Kafka client properties are");
            }
            properties.put(entry.getKey(), value);
        }
        return properties;
    }

    private static String required(Function<String, String> lookup, String key, String example) {
        String value = blankToNull(lookup.apply(key));
        if (value == null) {
            throw new OpenEdxEventException(KafkaError.SETTING_MISSING, key, example);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
