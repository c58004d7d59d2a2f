package org.openedx.events.tck.broken;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;

/** A final class cannot be subclassed for interception. */
@Dependent
public final class FinalClassObserver {

    void onFinalClass(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData data) {
    }
}
