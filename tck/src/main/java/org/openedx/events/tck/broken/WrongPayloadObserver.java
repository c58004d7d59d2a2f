package org.openedx.events.tck.broken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;

/** Enrollment events carry CourseEnrollmentData, not UserData. */
@ApplicationScoped
public class WrongPayloadObserver {

    void wrong(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) UserData user) {}
}
