package com.example.seats;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;

/** Enrolls learners in courses, and tells every observer of {@code COURSE_ENROLLMENT_CREATED}. */
@ApplicationScoped
public class Enrollments {

    @Inject
    OpenEdxEvents events;

    /**
     * Enrolls a learner in a course in the audit mode.
     *
     * @param user the learner
     * @param course the course
     * @return what every observer did; a robust send collects an observer's failure here
     */
    public SendResult enroll(UserData user, CourseKey course) {
        var data = new CourseEnrollmentData(
                user, new CourseData(course), "audit", true, OffsetDateTime.now(ZoneOffset.UTC));
        return events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, data);
    }
}
