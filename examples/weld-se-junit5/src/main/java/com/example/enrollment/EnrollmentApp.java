package com.example.enrollment;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;

import org.openedx.events.SendResult;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/** Starts Weld SE, enrolls one learner, prints what the observers did, and stops. */
public final class EnrollmentApp {

    private EnrollmentApp() {}

    /**
     * Runs the application.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        try (SeContainer container = SeContainerInitializer.newInstance().initialize()) {
            var learner = new UserData(42, true, new UserPersonalData("edx_learner", "learner@example.com", "Learner"));
            SendResult result = container
                    .select(Enrollments.class)
                    .get()
                    .enroll(learner, CourseKey.parse("course-v1:edX+DemoX+Demo_Course"));
            System.out.println("sent " + result.metadata().id() + " to "
                    + result.responses().size() + " observers");
            container.select(WelcomeMails.class).get().sent().forEach(System.out::println);
            container.select(EnrollmentAudit.class).get().entries().forEach(System.out::println);
        }
    }
}
