package org.openedx.events.bus.redis;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Adds the Redis event-bus beans ({@link RedisConnections}, {@link RedisEventBusProducer},
 * {@link RedisConsumers}) whether or not this jar is a bean archive.
 */
public class RedisEventBusExtension implements Extension {

    void registerBeans(@Observes BeforeBeanDiscovery event, BeanManager beanManager) {
        event.addAnnotatedType(RedisConnections.class, RedisEventBusExtension.class.getName() + ".connections");
        event.addAnnotatedType(RedisEventBusProducer.class, RedisEventBusExtension.class.getName() + ".producer");
        event.addAnnotatedType(RedisConsumers.class, RedisEventBusExtension.class.getName() + ".consumers");
    }
}
