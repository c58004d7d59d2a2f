package org.openedx.events.tck.dispatch;

import java.io.IOException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.tck.Recorder;

/**
 * Three observers of enrollments in {@code @Priority} order (the second fails for mode "fail"), one that throws a
 * checked exception, and two asynchronous ones.
 */
@ApplicationScoped
public class OrderedObservers {

    @Inject
    Recorder recorder;

    String first(
            @Observes @Priority(10) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData data) {
        recorder.record("first");
        return "first:" + data.mode();
    }

    void second(
            @Observes @Priority(20) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData data) {
        recorder.record("second");
        if (data.mode().equals("fail")) {
            throw new IllegalStateException("fake error");
        }
    }

    int third(
            @Observes @Priority(30) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData data) {
        recorder.record("third");
        return 3;
    }

    void unenrolled(@Observes @OpenEdxEvent(LearningEvents.COURSE_UNENROLLMENT_COMPLETED) CourseEnrollmentData data)
            throws IOException {
        recorder.record("unenrolled");
        throw new IOException("disk full");
    }

    String asyncFirst(
            @ObservesAsync @Priority(10) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CHANGED)
                    CourseEnrollmentData data) {
        recorder.record("async-first");
        if (data.mode().equals("fail")) {
            throw new IllegalArgumentException("async failure");
        }
        return "async-ok";
    }

    String asyncSecond(
            @ObservesAsync @Priority(20) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CHANGED)
                    CourseEnrollmentData data) {
        recorder.record("async-second");
        return "async-second-ok";
    }
}
