package com.example.enrollment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(Enrollments.class.getName());

    @Inject
    OpenEdxEvents events;

    /**
     * Enrolls a learner in a course in the verified mode.
     *
     * @param user the learner
     * @param course the course
     * @return what every observer did
     */
    public SendResult enroll(UserData user, CourseKey course) {
        var data = new CourseEnrollmentData(
                user, new CourseData(course), "verified", true, OffsetDateTime.now(ZoneOffset.UTC));
        SendResult result = events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, data);
        result.failures().forEach(f -> LOG.warning(f.receiver() + " failed")); // robust: the others still ran
        return result;
    }
}
