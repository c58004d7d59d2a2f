package org.openedx.events.opentelemetry;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Registers the event-bus health checks ({@link ConsumersReadiness}, {@link ConsumersLiveness}, {@link ProducerReadiness}) when the MicroProfile
 * Health API is on the class path; otherwise does nothing, and their classes are never loaded.
 */
public final class HealthChecksExtension implements Extension {

    /** For the {@link java.util.ServiceLoader}. */
    public HealthChecksExtension() {}

    void registerHealthChecks(@Observes BeforeBeanDiscovery discovery, BeanManager beanManager) {
        if (!healthApiPresent()) {
            return;
        }
        discovery.addAnnotatedType(ConsumersReadiness.class, ConsumersReadiness.class.getName());
        discovery.addAnnotatedType(ConsumersLiveness.class, ConsumersLiveness.class.getName());
        discovery.addAnnotatedType(ProducerReadiness.class, ProducerReadiness.class.getName());
    }

    private static boolean healthApiPresent() {
        try {
            Class.forName(
                    "org.eclipse.microprofile.health.HealthCheck", false, HealthChecksExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
