package org.openedx.events.tck.broken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;

/** Private: not a business method, so interceptors do not portably apply. */
@ApplicationScoped
public class PrivateObserver {

    @SuppressWarnings("unused")
    private void onPrivate(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED)
            CourseEnrollmentData data) {
    }
}
