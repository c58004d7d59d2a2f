package com.example.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openedx.events.SendResult;
import org.openedx.events.SenderValidationException;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;
import org.openedx.events.testing.EnableOpenEdxEvents;

@EnableOpenEdxEvents(LearningEvents.COURSE_ENROLLMENT_CREATED)
class EnrollmentsTest {

    private static final UserData LEARNER =
            new UserData(42, true, new UserPersonalData("edx_learner", "learner@example.com", "Learner"));
    private static final CourseKey COURSE = CourseKey.parse("course-v1:edX+DemoX+Demo_Course");

    private static SeContainer container;

    @BeforeAll
    static void startContainer() {
        container = SeContainerInitializer.newInstance().initialize();
    }

    @AfterAll
    static void stopContainer() {
        container.close();
    }

    @Test
    void enrollingSendsAWelcomeMail() {
        List<String> before = container.select(WelcomeMails.class).get().sent();

        SendResult result = container.select(Enrollments.class).get().enroll(LEARNER, COURSE); // a failure fails here

        List<String> after = container.select(WelcomeMails.class).get().sent();
        assertTrue(result.sent());
        assertEquals(before.size() + 1, after.size());
        assertEquals(
                "Welcome to course-v1:edX+DemoX+Demo_Course, user 42 (event "
                        + result.metadata().id() + ")",
                after.get(after.size() - 1));
    }

    @Test
    void theAuditKeepsTheEnrollmentAsACloudEvent() {
        SendResult result = container.select(Enrollments.class).get().enroll(LEARNER, COURSE);

        List<String> entries = container.select(EnrollmentAudit.class).get().entries();
        String entry = entries.get(entries.size() - 1);
        assertTrue(entry.contains("\"id\":\"" + result.metadata().id() + "\""), entry);
        assertTrue(entry.contains("\"type\":\"org.openedx.learning.course.enrollment.created.v1\""), entry);
        assertTrue(entry.contains("\"course_key\":\"course-v1:edX+DemoX+Demo_Course\""), entry);
    }

    @Test
    void hibernateValidatorChecksThePayloadBeforeAnyObserverRuns() {
        var learnerWithoutPersonalData = new UserData(43, true, null);
        int mails = container.select(WelcomeMails.class).get().sent().size();

        SenderValidationException invalid = assertThrows(
                SenderValidationException.class,
                () -> container.select(Enrollments.class).get().enroll(learnerWithoutPersonalData, COURSE));

        assertTrue(invalid.getMessage().contains("user.pii"), invalid.getMessage());
        assertEquals(mails, container.select(WelcomeMails.class).get().sent().size());
    }

    @Test
    @EnableOpenEdxEvents // no event enabled for this method: the send validates and delivers nothing
    void aDisabledEventReachesNoObserver() {
        int mails = container.select(WelcomeMails.class).get().sent().size();

        SendResult result = container.select(Enrollments.class).get().enroll(LEARNER, COURSE);

        assertFalse(result.sent());
        assertEquals(mails, container.select(WelcomeMails.class).get().sent().size());
    }
}
