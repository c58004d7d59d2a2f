package org.openedx.events.opentelemetry;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.openedx.events.bus.kafka.KafkaSettings;

/** Gives the container the Kafka settings of the running test. */
public class KafkaTestSettings {

    static volatile KafkaSettings current;

    @Produces
    @Dependent
    KafkaSettings settings() {
        return current;
    }
}
