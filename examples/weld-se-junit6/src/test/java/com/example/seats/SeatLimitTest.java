package com.example.seats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openedx.events.SendResult;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;
import org.openedx.events.testing.EnableOpenEdxEvents;

/** {@code @EnableOpenEdxEvents} under JUnit 6, with a fresh container (and fresh seat counts) for each test. */
class SeatLimitTest {

    private static final CourseKey COURSE = CourseKey.parse("course-v1:edX+DemoX+Demo_Course");

    private SeContainer container;

    @BeforeEach
    void startContainer() {
        container = SeContainerInitializer.newInstance().initialize();
    }

    @AfterEach
    void stopContainer() {
        container.close();
    }

    private static UserData learner(long id) {
        return new UserData(id, true, new UserPersonalData("learner" + id, "learner" + id + "@example.com", "L"));
    }

    @Test
    @EnableOpenEdxEvents(LearningEvents.COURSE_ENROLLMENT_CREATED)
    void theObserversFailureReachesTheTest() {
        Enrollments enrollments = container.select(Enrollments.class).get();
        enrollments.enroll(learner(1), COURSE);
        enrollments.enroll(learner(2), COURSE);

        IllegalStateException full =
                assertThrows(IllegalStateException.class, () -> enrollments.enroll(learner(3), COURSE));

        assertEquals("course-v1:edX+DemoX+Demo_Course is full: 2 seats", full.getMessage());
        assertEquals(2, container.select(SeatLimit.class).get().taken(COURSE));
    }

    @Test
    void withoutTheAnnotationTheSendIsRobust() {
        Enrollments enrollments = container.select(Enrollments.class).get();
        enrollments.enroll(learner(1), COURSE);
        enrollments.enroll(learner(2), COURSE);

        SendResult third = enrollments.enroll(learner(3), COURSE);

        assertTrue(third.hasFailures());
        assertEquals(
                IllegalStateException.class, third.failures().get(0).failure().getClass());
    }

    @Test
    @EnableOpenEdxEvents(LearningEvents.COURSE_UNENROLLMENT_COMPLETED)
    void anEventTheTestDoesNotListIsDisabled() {
        SendResult result = container.select(Enrollments.class).get().enroll(learner(1), COURSE);

        assertFalse(result.sent());
        assertEquals(0, container.select(SeatLimit.class).get().taken(COURSE));
    }
}
