package org.openedx.events.tck.broken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;

/** A final method cannot be overridden by the interceptor's subclass. */
@ApplicationScoped
public class FinalMethodObserver {

    final void onFinal(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData data) {
    }
}
