package org.openedx.events.cdi.support;

import java.util.HashMap;
import java.util.Map;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.cdi.OpenEdxEventsExtension;

/**
 * Starts Weld SE with only the given bean classes and the extension (discovery off, as in SmallRye's test bases).
 * Settings are passed as system properties for the duration of the container's start.
 */
public final class WeldContainers {

    private WeldContainers() {
    }

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
        Map<String, String> previous = new HashMap<>();
        settings.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
        try {
            WeldContainer container = new Weld()
                    .disableDiscovery()
                    .addExtension(new OpenEdxEventsExtension())
                    .addBeanClasses(beans)
                    .initialize();
            container.select(OpenEdxEvents.class).get().isEnabled(
                    org.openedx.events.learning.LearningSignals.COURSE_ENROLLMENT_CREATED);
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
