package org.openedx.events.benchmarks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.enterprise.event.Event;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/**
 * Weld SE containers for the benchmarks, with and without the extension, and the payload they deliver.
 *
 * <p>Discovery is off and the bean classes are listed, so both kinds of container hold exactly the same observers.
 * With discovery off Weld SE loads no extension from {@code META-INF/services}: the container without the extension
 * really has none, which {@link #withoutExtension} checks.
 */
final class Containers {

    /** The setting that turns Bean Validation of payloads off (scenario 1 runs with it off). */
    static final String BEAN_VALIDATION = "openedx.events.bean-validation";

    private static final AtomicInteger IDS = new AtomicInteger();

    /** Strong references: java.util.logging forgets the settings of loggers nobody holds. */
    private static final Logger WELD_LOG = Logger.getLogger("org.jboss.weld");

    private static final Logger LIBRARY_LOG = Logger.getLogger("org.openedx.events");

    private Containers() {}

    /**
     * A container with the extension.
     *
     * @param beanValidation whether payloads are validated
     * @param beans the bean classes
     * @return the running container
     */
    static WeldContainer withExtension(boolean beanValidation, Class<?>... beans) {
        String previous = System.setProperty(BEAN_VALIDATION, Boolean.toString(beanValidation));
        try {
            return weld("with-extension", beans)
                    .addExtension(new OpenEdxEventsExtension())
                    .initialize();
        } finally {
            if (previous == null) {
                System.clearProperty(BEAN_VALIDATION);
            } else {
                System.setProperty(BEAN_VALIDATION, previous);
            }
        }
    }

    /**
     * A container without the extension: plain CDI.
     *
     * @param beans the bean classes
     * @return the running container
     */
    static WeldContainer withoutExtension(Class<?>... beans) {
        WeldContainer container = weld("plain", beans).initialize();
        try {
            container.getBeanManager().getExtension(OpenEdxEventsExtension.class);
        } catch (IllegalArgumentException expected) {
            return container;
        }
        container.shutdown();
        throw new IllegalStateException("the plain container loaded the Open edX extension");
    }

    private static Weld weld(String kind, Class<?>... beans) {
        return new Weld("bench-" + kind + "-" + IDS.incrementAndGet())
                .disableDiscovery()
                .addBeanClasses(beans);
    }

    /**
     * The sender of a container with the extension.
     *
     * @param container the container
     * @return the sender
     */
    static OpenEdxEvents sender(WeldContainer container) {
        return container.select(OpenEdxEvents.class).get();
    }

    /**
     * The cached, qualified event a plain CDI application would fire COURSE_ENROLLMENT_CREATED with.
     *
     * @param container the container
     * @return the selected event
     */
    static Event<CourseEnrollmentData> enrollmentEvent(WeldContainer container) {
        return container
                .getBeanManager()
                .getEvent()
                .select(CourseEnrollmentData.class, OpenEdxEvent.Literal.of(LearningEvents.COURSE_ENROLLMENT_CREATED));
    }

    /**
     * The payload every benchmark sends: a COURSE_ENROLLMENT_CREATED with every nested record filled in.
     *
     * @return the enrollment
     */
    static CourseEnrollmentData enrollment() {
        UserData user = new UserData(42, true, new UserPersonalData("learner42", "learner42@example.com", "L"));
        return new CourseEnrollmentData(
                user,
                new CourseData(CourseKey.parse("course-v1:edX+DemoX+Demo_Course")),
                "verified",
                true,
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 6000, ZoneOffset.UTC));
    }

    /**
     * Keeps the benchmark output readable and the measurement free of console I/O: Weld's start-up messages are
     * dropped, and the library's records (the WARNING of a failed receiver) still go through {@code java.util.logging}
     * up to a handler, which discards them. The record is still created and its message formatted.
     */
    static void quietLogging() {
        WELD_LOG.setLevel(Level.WARNING);
        LIBRARY_LOG.setUseParentHandlers(false);
        for (Handler handler : LIBRARY_LOG.getHandlers()) {
            LIBRARY_LOG.removeHandler(handler);
        }
        LIBRARY_LOG.addHandler(new DiscardingHandler());
    }

    /** Accepts every record, formats its message as a handler would, and writes nothing. */
    static final class DiscardingHandler extends Handler {

        static volatile int lastLength;

        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                lastLength = record.getMessage().length();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
