package org.openedx.events.tck.dispatch.modifiers;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/**
 * Private observers, the ordinary CDI style, though not business methods for interceptors: one of logins that fails
 * for user 13, an asynchronous one of enrollment changes that fails for mode "fail", and an after-success one of
 * new enrollments.
 */
@ApplicationScoped
public class PrivateObserver {

    @Inject
    Recorder recorder;

    @SuppressWarnings("unused")
    private void onPrivate(
            @Observes @Priority(20) @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
            EventsMetadata metadata) {
        recorder.record("private", metadata, null);
        if (user.id() == 13) {
            throw new IllegalStateException("fake error");
        }
    }

    @SuppressWarnings("unused")
    private void onChanged(
            @ObservesAsync @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CHANGED) CourseEnrollmentData data,
            EventsMetadata metadata) {
        recorder.record("async-private", metadata, null);
        if (data.mode().equals("fail")) {
            throw new IllegalArgumentException("async failure");
        }
    }

    @SuppressWarnings("unused")
    private void afterSuccess(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED)
                    CourseEnrollmentData data,
            EventsMetadata metadata,
            EventDelivery delivery) {
        recorder.record("after-success-private", metadata, delivery);
    }
}
