package org.openedx.events.cdi.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/** Sample payloads. */
public final class Payloads {

    /** A fixed time with microseconds. */
    public static final OffsetDateTime TIME = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 6000, ZoneOffset.UTC);

    private Payloads() {}

    /** A learner. */
    public static UserData user(long id) {
        return new UserData(id, true, new UserPersonalData("learner" + id, "learner" + id + "@example.com", "L"));
    }

    /** An enrollment of a learner in the demo course. */
    public static CourseEnrollmentData enrollment(long userId) {
        return new CourseEnrollmentData(
                user(userId),
                new CourseData(CourseKey.parse("course-v1:edX+DemoX+Demo_Course")),
                "verified",
                true,
                TIME);
    }
}
