package org.openedx.events.sample.request;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;

/**
 * The body of {@code POST /sample/api/enrollments}:
 * <pre>{@code
 * {"user": {"id": 42, "username": "edx_learner", "email": "learner@example.com", "name": "Learner"},
 *  "course_key": "course-v1:edX+DemoX+Demo_Course", "mode": "verified"}
 * }</pre>
 *
 * @param user the learner
 * @param courseKey the course, a course key (not a content library)
 * @param mode the enrollment mode, e.g. {@code audit} or {@code verified}
 */
public record EnrollmentRequest(UserData user, CourseKey courseKey, String mode) {

    /** Longest accepted mode (upstream's course mode slugs are at most 100 characters). */
    public static final int MAX_MODE_LENGTH = 100;

    /** Longest accepted course key: Open edX's {@code CourseKeyField}, 255 characters. */
    public static final int MAX_COURSE_KEY_LENGTH = 255;

    private static final Set<String> FIELDS = Set.of("user", "course_key", "mode");

    /**
     * Checks the components.
     *
     * @param user the learner
     * @param courseKey the course
     * @param mode the enrollment mode
     * @throws NullPointerException if a component is null
     */
    public EnrollmentRequest {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(courseKey, "courseKey");
        Objects.requireNonNull(mode, "mode");
    }

    /**
     * Reads and checks a request body.
     *
     * @param body the JSON text
     * @return the request
     * @throws InvalidRequestException naming every missing, mistyped, unknown or invalid field
     */
    public static EnrollmentRequest parse(String body) {
        JsonFields fields = JsonFields.parse(body);
        fields.rejectUnknown(FIELDS);
        UserData user = Users.read(fields.object("user"));
        CourseKey course = fields.parsed("course_key", MAX_COURSE_KEY_LENGTH, CourseKey::parse);
        if (course != null && !course.isCourse()) {
            fields.problem("course_key", "names a content library ('" + course + "'), not a course");
        }
        String mode = fields.requiredText("mode", MAX_MODE_LENGTH);
        fields.throwIfInvalid();
        return new EnrollmentRequest(user, course, mode);
    }

    /**
     * The payload of the COURSE_ENROLLMENT_CREATED event for this request: an active enrollment created now.
     *
     * @param now the creation time, in UTC
     * @return the payload
     */
    public CourseEnrollmentData toEnrollment(OffsetDateTime now) {
        return new CourseEnrollmentData(user, new CourseData(courseKey), mode, true, now);
    }
}
