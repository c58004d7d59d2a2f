package org.openedx.events.bus.outbox;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/** Adds the {@link TransactionalOutbox} bean whether or not this jar is a bean archive. */
public class OutboxExtension implements Extension {

    void registerBeans(@Observes BeforeBeanDiscovery event) {
        event.addAnnotatedType(TransactionalOutbox.class, OutboxExtension.class.getName() + ".outbox");
    }
}
