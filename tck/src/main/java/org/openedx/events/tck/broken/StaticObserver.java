package org.openedx.events.tck.broken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;

/** Static: there is no instance to intercept. */
@ApplicationScoped
public class StaticObserver {

    static void onStatic(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData data) {
    }
}
