package org.openedx.events.tck.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/** Records every delivery, so that tests can check that invalid sends deliver nothing. */
@ApplicationScoped
public class ValidationObservers {

    @Inject
    Recorder recorder;

    void onRegistration(@Observes @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED) UserData user) {
        recorder.record("registered:" + user.id());
    }

    void onEnrollment(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData data) {
        recorder.record("enrolled:" + data.user().id());
    }
}
