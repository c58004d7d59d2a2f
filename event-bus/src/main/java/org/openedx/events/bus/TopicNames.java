package org.openedx.events.bus;

/**
 * Topic names as every upstream back end forms them: {@code EVENT_BUS_TOPIC_PREFIX} joined to the topic with a
 * hyphen, e.g. prefix {@code dev} and topic {@code xblock-status} give {@code dev-xblock-status}. The Redis stream
 * key and the Kafka topic are this full name.
 */
public final class TopicNames {

    /** Upstream's setting for the prefix (default: none). */
    public static final String TOPIC_PREFIX = "EVENT_BUS_TOPIC_PREFIX";

    private TopicNames() {}

    /**
     * The full name of a topic.
     *
     * @param prefix the prefix, or null or empty for none
     * @param topic the topic as configured
     * @return {@code prefix-topic}, or the topic alone without a prefix
     */
    public static String fullName(String prefix, String topic) {
        return prefix == null || prefix.isEmpty() ? topic : prefix + "-" + topic;
    }
}
