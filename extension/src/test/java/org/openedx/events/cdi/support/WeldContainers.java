package org.openedx.events.cdi.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.spi.Extension;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.cdi.OpenEdxEventsExtension;

/**
 * Starts Weld SE with only the given bean classes and the extension (discovery off, as in SmallRye's test bases).
 * Settings are passed as system properties for the duration of the container's start.
 */
public final class WeldContainers {

    private WeldContainers() {}

    /**
     * Starts a container.
     *
     * @param beans the bean classes
     * @return the running container
     */
    public static WeldContainer start(Class<?>... beans) {
        return start(Map.of(), beans);
    }

    /**
     * Starts a container with settings.
     *
     * @param settings system properties to set while the container starts
     * @param beans the bean classes
     * @return the running container
     */
    public static WeldContainer start(Map<String, String> settings, Class<?>... beans) {
        return start(settings, List.of(), beans);
    }

    /**
     * Starts a container with settings and more extensions.
     *
     * @param settings system properties to set while the container starts
     * @param extensions extensions besides this library's
     * @param beans the bean classes
     * @return the running container
     */
    public static WeldContainer start(Map<String, String> settings, List<Extension> extensions, Class<?>... beans) {
        Map<String, String> previous = new HashMap<>();
        settings.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
        try {
            Weld weld = new Weld()
                    .disableDiscovery()
                    .addExtension(new OpenEdxEventsExtension())
                    .addBeanClasses(beans);
            extensions.forEach(weld::addExtension);
            WeldContainer container = weld.initialize();
            container
                    .select(OpenEdxEvents.class)
                    .get()
                    .isEnabled(org.openedx.events.learning.LearningSignals.COURSE_ENROLLMENT_CREATED);
            return container;
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }
}
