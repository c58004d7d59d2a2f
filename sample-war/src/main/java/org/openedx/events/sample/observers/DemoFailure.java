package org.openedx.events.sample.observers;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;

/**
 * Fails on purpose when an enrollment has the mode {@value #FAILING_MODE}, and does nothing otherwise. It runs
 * first, so the response of such a request shows its failure followed by the other observers, which still ran:
 * that is robust mode.
 */
@ApplicationScoped
public class DemoFailure {

    /** The enrollment mode that makes this observer fail. */
    public static final String FAILING_MODE = "fail-demo";

    /** The receiver name of {@link #failOnDemand}. */
    public static final String RECEIVER = Receivers.name(DemoFailure.class, "failOnDemand");

    /**
     * Fails for the mode {@value #FAILING_MODE}.
     *
     * @param enrollment the enrollment
     * @return what was checked, shown as this receiver's message
     * @throws IllegalStateException for the mode {@value #FAILING_MODE}
     */
    String failOnDemand(
            @Observes
                    @Priority(Interceptor.Priority.APPLICATION)
                    @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED)
                    CourseEnrollmentData enrollment) {
        if (FAILING_MODE.equals(enrollment.mode())) {
            throw new IllegalStateException(
                    "the enrollment mode '" + FAILING_MODE + "' makes this demonstration observer fail on purpose");
        }
        return "mode '" + enrollment.mode() + "' is not '" + FAILING_MODE + "': nothing to do";
    }
}
