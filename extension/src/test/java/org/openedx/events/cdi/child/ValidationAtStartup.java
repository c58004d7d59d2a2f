package org.openedx.events.cdi.child;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.event.Observes;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseEnrollmentData;

/**
 * A one-class application for a child JVM whose class path the test chooses: it starts Weld SE with the extension,
 * prints {@value #STARTED} to {@code System.err} (where {@code java.util.logging} writes too, so the order of the
 * lines is the order of the events), then sends an enrollment without its required {@code user} and prints what
 * became of it: {@code SENT <observer calls>}, or {@code REFUSED <exception>}.
 */
public class ValidationAtStartup {

    /** Printed once the container has started, before anything is sent. */
    public static final String STARTED = "CONTAINER STARTED";

    private static final AtomicInteger CALLS = new AtomicInteger();

    void onEnrollment(
            @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
        CALLS.incrementAndGet();
    }

    /**
     * Runs the application.
     *
     * @param args none
     */
    public static void main(String[] args) {
        Weld weld = new Weld()
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addBeanClass(ValidationAtStartup.class);
        try (WeldContainer container = weld.initialize()) {
            System.err.println(STARTED);
            CourseEnrollmentData withoutUser = new CourseEnrollmentData(
                    null,
                    new CourseData(CourseKey.parse("course-v1:edX+DemoX+Demo_Course")),
                    "audit",
                    true,
                    java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            try {
                SendResult result = container
                        .select(OpenEdxEvents.class)
                        .get()
                        .send(LearningSignals.COURSE_ENROLLMENT_CREATED, withoutUser);
                System.err.println(
                        "SENT " + CALLS.get() + " " + result.responses().size());
            } catch (RuntimeException e) {
                System.err.println("REFUSED " + e);
            }
        }
    }
}
