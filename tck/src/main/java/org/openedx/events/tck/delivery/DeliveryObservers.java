package org.openedx.events.tck.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/** Observers of two event types that carry the same payload class, and of a third type. */
@ApplicationScoped
public class DeliveryObservers {

    @Inject
    Recorder recorder;

    void onCreated(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData data) {
        recorder.record("created:" + data.mode());
    }

    void onChanged(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CHANGED) CourseEnrollmentData data) {
        recorder.record("changed:" + data.mode());
        if (data.mode().equals("fail")) {
            throw new IllegalStateException("change observer failure");
        }
    }

    void onLogin(
            @Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user, EventsMetadata metadata) {
        recorder.record("login:" + user.id(), metadata, null);
    }
}
