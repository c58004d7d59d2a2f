package org.openedx.events.benchmarks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;

/** The one observer the bus consumers re-emit to (in Weld SE with the extension): it counts in {@link Receipts}. */
@ApplicationScoped
public class BusObserver {

    /**
     * Counts an enrollment received from the bus.
     *
     * @param enrollment the payload
     */
    public void onEnrollment(
            @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
        Receipts.INSTANCE.receive();
    }
}
