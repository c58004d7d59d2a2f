package org.openedx.events.bus.kafka;

import java.util.Map;

/** The settings most tests use: no authentication, the client id {@code lms}, a topic prefix and client properties. */
final class KafkaTestSettings {

    private KafkaTestSettings() {}

    /**
     * Settings without registry or broker authentication.
     *
     * @param bootstrapServers the broker
     * @param registryUrl the registry
     * @param topicPrefix the topic prefix
     * @param clientProperties further client properties
     * @return the settings
     */
    static KafkaSettings of(
            String bootstrapServers, String registryUrl, String topicPrefix, Map<String, String> clientProperties) {
        return new KafkaSettings(
                bootstrapServers, registryUrl, "", "", null, null, topicPrefix, "lms", clientProperties);
    }
}
