package org.openedx.events.tck;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/** Sample payloads. */
public final class Samples {

    /** A fixed UTC time with microseconds. */
    public static final OffsetDateTime TIME = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 6000, ZoneOffset.UTC);

    /** The course every sample enrollment is in. */
    public static final String COURSE = "course-v1:edX+DemoX+Demo_Course";

    private Samples() {}

    /**
     * A learner.
     *
     * @param id the user id
     * @return the user
     */
    public static UserData user(long id) {
        return new UserData(id, true, new UserPersonalData("learner" + id, "learner" + id + "@example.com", "L"));
    }

    /**
     * An enrollment in the demo course.
     *
     * @param userId the learner's id
     * @param mode the course mode; observers of the TCK fail on {@code "fail"}
     * @return the enrollment
     */
    public static CourseEnrollmentData enrollment(long userId, String mode) {
        return new CourseEnrollmentData(user(userId), new CourseData(CourseKey.parse(COURSE)), mode, true, TIME);
    }
}
