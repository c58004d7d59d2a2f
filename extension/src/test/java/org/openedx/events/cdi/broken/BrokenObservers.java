package org.openedx.events.cdi.broken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;

/** Observers the extension must refuse at deployment, one problem each. */
public final class BrokenObservers {

    private BrokenObservers() {}

    /** A typo in the event type. */
    @ApplicationScoped
    public static class UnknownType {
        void typo(
                @Observes @OpenEdxEvent("org.openedx.learning.course.enrollment.create.v1")
                        CourseEnrollmentData data) {}
    }

    /** The event carries CourseEnrollmentData, not UserData. */
    @ApplicationScoped
    public static class WrongPayload {
        void wrong(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) UserData user) {}
    }
}
