package org.openedx.events.tck.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.tck.Recorder;

/**
 * An observer of unenrollments that, while handling one, fires the very same payload object as an enrollment
 * change with a plain CDI {@code Event}, as code unaware of {@code OpenEdxEvents} might.
 */
@ApplicationScoped
public class NestingObservers {

    @Inject
    Recorder recorder;

    @Inject
    @Any
    Event<Object> cdiEvents;

    String onUnenrollment(
            @Observes @OpenEdxEvent(LearningEvents.COURSE_UNENROLLMENT_COMPLETED) CourseEnrollmentData data) {
        recorder.record("unenrolled:" + data.mode());
        try {
            cdiEvents
                    .select(OpenEdxEvent.Literal.of(LearningSignals.COURSE_ENROLLMENT_CHANGED.eventType()))
                    .fire(data);
        } catch (IllegalStateException e) {
            recorder.record("plain-fire-failed:" + e.getMessage());
        }
        return "unenrolled";
    }
}
