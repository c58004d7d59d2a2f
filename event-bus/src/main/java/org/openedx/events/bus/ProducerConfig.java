package org.openedx.events.bus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.support.Json;

/**
 * Which events are published to which topics: upstream's {@code EVENT_BUS_PRODUCER_CONFIG},
 * {@code {event_type: {topic: {"event_key_field": "a.b", "enabled": bool}}}}, in configuration order.
 *
 * <p>{@link #validate(Object)} applies upstream's checks ({@code OpenedxEventsConfig.ready()}) in upstream's order,
 * stopping at the first problem, with upstream's messages: the whole value must be a mapping; each event type's
 * value a mapping, checked before the type is looked up; the type must name a known signal; each topic's value a
 * mapping holding {@code event_key_field} (a string) and then {@code enabled} (a boolean; {@code 1} is not one).
 * Topic names and extra keys are not checked, as upstream.
 *
 * @param eventTypes every configured event type with its topics, in configuration order (unmodifiable)
 */
public record ProducerConfig(Map<String, List<TopicConfig>> eventTypes) {

    /** Upstream's setting name. */
    public static final String SETTING = "EVENT_BUS_PRODUCER_CONFIG";

    /** The longest setting text read: 1 MiB characters. */
    public static final int MAX_JSON_LENGTH = 1024 * 1024;

    private static final String EVENT_KEY_FIELD = "event_key_field";
    private static final String ENABLED = "enabled";

    /**
     * Copies the map, keeping its order.
     *
     * @param eventTypes the event types and their topics
     */
    public ProducerConfig {
        Map<String, List<TopicConfig>> copy = new LinkedHashMap<>();
        eventTypes.forEach((type, topics) -> copy.put(type, List.copyOf(topics)));
        eventTypes = Collections.unmodifiableMap(copy);
    }

    /** {@return a configuration that publishes nothing (upstream's default <code>{}</code>)} */
    public static ProducerConfig empty() {
        return new ProducerConfig(Map.of());
    }

    /**
     * The topics an event type is published to: its enabled topics, in configuration order.
     *
     * @param eventType the event type
     * @return the enabled topics, empty when the type is not configured
     */
    public List<TopicConfig> enabledTopics(String eventType) {
        List<TopicConfig> topics = eventTypes.getOrDefault(eventType, List.of());
        return topics.stream().filter(TopicConfig::enabled).toList();
    }

    /**
     * Reads the setting's JSON text; a null or blank text is the empty configuration.
     *
     * @param json the JSON text
     * @return the validated configuration
     * @throws ProducerConfigurationException if the text is not JSON or breaks one of upstream's rules
     */
    public static ProducerConfig fromJson(String json) {
        if (json == null || json.isBlank()) {
            return empty();
        }
        Object value;
        try {
            value = Json.parse(json, MAX_JSON_LENGTH);
        } catch (Json.SyntaxException e) {
            throw new ProducerConfigurationException("", BusError.PRODUCER_CONFIG_BAD_JSON, e.getMessage());
        }
        return validate(value);
    }

    /**
     * Validates a configuration given as a tree of maps, lists, strings, booleans, numbers and nulls (what a JSON
     * or YAML reader returns).
     *
     * @param raw the configuration
     * @return the validated configuration
     * @throws ProducerConfigurationException at the first rule broken, with upstream's message
     */
    public static ProducerConfig validate(Object raw) {
        if (!(raw instanceof Map<?, ?> config)) {
            throw new ProducerConfigurationException("", BusError.PRODUCER_CONFIG_NOT_A_DICT);
        }
        Map<String, List<TopicConfig>> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : config.entrySet()) {
            String eventType = String.valueOf(entry.getKey());
            if (!(entry.getValue() instanceof Map<?, ?> topics)) {
                throw new ProducerConfigurationException(eventType, BusError.PRODUCER_CONFIG_TOPICS_NOT_A_DICT);
            }
            if (OpenEdxPublicSignal.findSignalByType(eventType).isEmpty()) {
                throw new ProducerConfigurationException("", BusError.PRODUCER_CONFIG_UNKNOWN_TYPE, eventType);
            }
            List<TopicConfig> topicConfigs = new ArrayList<>();
            for (Map.Entry<?, ?> topic : topics.entrySet()) {
                if (!(topic.getValue() instanceof Map<?, ?> values)) {
                    throw new ProducerConfigurationException(eventType, BusError.PRODUCER_CONFIG_TOPIC_NOT_A_DICT);
                }
                String keyField = (String) require(eventType, values, EVENT_KEY_FIELD, String.class, "str");
                boolean enabled = (Boolean) require(eventType, values, ENABLED, Boolean.class, "bool");
                topicConfigs.add(new TopicConfig(String.valueOf(topic.getKey()), keyField, enabled));
            }
            result.put(eventType, topicConfigs);
        }
        return new ProducerConfig(result);
    }

    private static Object require(String eventType, Map<?, ?> values, String key, Class<?> type, String pyType) {
        if (!values.containsKey(key)) {
            throw new ProducerConfigurationException(eventType, BusError.PRODUCER_CONFIG_MISSING_KEY, key);
        }
        Object value = values.get(key);
        if (!type.isInstance(value)) {
            throw new ProducerConfigurationException(
                    eventType,
                    BusError.PRODUCER_CONFIG_WRONG_TYPE,
                    pyClass(pyType),
                    key,
                    pyClass(pythonTypeName(value)));
        }
        return value;
    }

    private static String pyClass(String name) {
        return "<class '" + name + "'>";
    }

    /** The Python type name the same value would have after {@code json.loads}. */
    static String pythonTypeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof BigDecimal) {
            return "float"; // the strict reader gives a BigDecimal only for a fraction or an exponent, as json.loads
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return "int";
        }
        if (value instanceof Number) {
            return "float";
        }
        if (value instanceof Map) {
            return "dict";
        }
        if (value instanceof List) {
            return "list";
        }
        return value.getClass().getSimpleName();
    }
}
