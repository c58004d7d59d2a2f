package org.openedx.events.bus.kafka;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Adds the Kafka event-bus beans ({@link KafkaEventBusProducer}, {@link KafkaConsumers}) whether or not this jar is a
 * bean archive.
 */
public class KafkaEventBusExtension implements Extension {

    /** Creates the extension (the container does, through {@code META-INF/services}). */
    public KafkaEventBusExtension() {}

    void registerBeans(@Observes BeforeBeanDiscovery event) {
        event.addAnnotatedType(KafkaEventBusProducer.class, KafkaEventBusExtension.class.getName() + ".producer");
        event.addAnnotatedType(KafkaConsumers.class, KafkaEventBusExtension.class.getName() + ".consumers");
    }
}
