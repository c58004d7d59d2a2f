package org.openedx.events.opentelemetry;

import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.openedx.events.bus.kafka.KafkaSettings;
import org.openedx.events.bus.kafka.testing.KafkaBroker;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;

/** Gives the container the Kafka settings of the running test. */
public class KafkaTestSettings {

    static volatile KafkaSettings current;

    /**
     * The settings of a test against an in-JVM broker and a registry stub: topic prefix {@code test}, source
     * {@code lms}.
     *
     * @param broker the broker
     * @param registry the schema registry
     * @param clientProperties properties of the Kafka clients
     * @return the settings
     */
    static KafkaSettings of(KafkaBroker broker, SchemaRegistryStub registry, Map<String, String> clientProperties) {
        return new KafkaSettings(
                broker.bootstrapServers(), registry.url(), "", "", null, null, "test", "lms", clientProperties);
    }

    @Produces
    @Dependent
    KafkaSettings settings() {
        return current;
    }
}
