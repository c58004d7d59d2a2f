package com.example.enrollment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;

/** Welcomes every learner who enrolls in a course (the mails are kept in memory here). */
@ApplicationScoped
public class WelcomeMails {

    private final List<String> sent = new CopyOnWriteArrayList<>();

    // Receives only COURSE_ENROLLMENT_CREATED; the metadata and delivery parameters are optional.
    void onEnroll(
            @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment,
            EventsMetadata metadata,
            EventDelivery delivery) {
        if (delivery.fromEventBus()) {
            return; // another service's enrollment: it sent its own mail
        }
        sent.add("Welcome to " + enrollment.course().courseKey() + ", user "
                + enrollment.user().id() + " (event " + metadata.id() + ")");
    }

    /**
     * The mails sent so far.
     *
     * @return one text per mail, oldest first
     */
    public List<String> sent() {
        return List.copyOf(sent);
    }
}
