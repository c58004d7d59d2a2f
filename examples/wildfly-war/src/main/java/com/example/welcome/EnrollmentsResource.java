package com.example.welcome;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/** {@code POST /welcome/api/enrollments} (form fields {@code user_id}, {@code course_key}): enrolls and sends. */
@Path("enrollments")
@RequestScoped
public class EnrollmentsResource {

    @Inject
    OpenEdxEvents events;

    /**
     * Sends COURSE_ENROLLMENT_CREATED for a learner and a course.
     *
     * @param userId the learner's id
     * @param courseKey the course, e.g. {@code course-v1:edX+DemoX+Demo_Course}
     * @return the event id and how many observers received it
     */
    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String enroll(@FormParam("user_id") long userId, @FormParam("course_key") String courseKey) {
        UserData user = new UserData(
                userId, true, new UserPersonalData("learner" + userId, "learner" + userId + "@example.com", "L"));
        CourseEnrollmentData enrollment = new CourseEnrollmentData(
                user,
                new CourseData(CourseKey.parse(courseKey), "Demo course", null, null),
                "audit",
                true,
                OffsetDateTime.now(ZoneOffset.UTC),
                null);
        SendResult result = events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, enrollment);
        return result.metadata().id() + " " + result.responses().size();
    }
}
