package org.openedx.events.instrumentation;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the instrumentation once: the first that loads, or the no-op one. */
final class InstrumentationLoader {

    private static final Logger LOG = System.getLogger("org.openedx.events");
    static final EventsInstrumentation INSTANCE = load();

    private InstrumentationLoader() {}

    private static EventsInstrumentation load() {
        try {
            Iterator<EventsInstrumentation> found = ServiceLoader.load(
                            EventsInstrumentation.class, EventsInstrumentation.class.getClassLoader())
                    .iterator();
            while (found.hasNext()) {
                try {
                    EventsInstrumentation candidate = found.next();
                    LOG.log(Level.DEBUG, () -> "Open edX events instrumentation: " + candidate);
                    return candidate;
                } catch (ServiceConfigurationError | LinkageError e) {
                    LOG.log(Level.DEBUG, () -> "An Open edX events instrumentation cannot load: " + e);
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            LOG.log(Level.DEBUG, () -> "No Open edX events instrumentation: " + e);
        }
        return EventsInstrumentation.NOOP;
    }
}
