package org.openedx.events.bus;

import java.util.Objects;

/**
 * One topic an event type is published to (one inner entry of {@code EVENT_BUS_PRODUCER_CONFIG}).
 *
 * @param topic the topic, without the environment prefix
 * @param eventKeyField the dotted path of the payload field used as message key, e.g. {@code user.pii.username}
 *                      (Kafka uses it; Redis ignores it, as upstream's Redis back end does)
 * @param enabled whether sends are published to this topic
 */
public record TopicConfig(String topic, String eventKeyField, boolean enabled) {

    /**
     * Checks the components.
     *
     * @param topic the topic, without the environment prefix
     * @param eventKeyField the dotted path of the payload field used as message key
     * @param enabled whether sends are published to this topic
     * @throws NullPointerException if topic or eventKeyField is null
     */
    public TopicConfig {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(eventKeyField, "eventKeyField");
    }
}
