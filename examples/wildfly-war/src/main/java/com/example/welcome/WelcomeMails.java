package com.example.welcome;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;

/**
 * Observes enrollments and remembers a welcome for each; {@code GET /welcome/api/welcomes} lists them, one per line:
 * the event id, the learner's id and the course.
 */
@ApplicationScoped
@Path("welcomes")
public class WelcomeMails {

    private final List<String> welcomes = new CopyOnWriteArrayList<>();

    void welcome(
            @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment,
            EventsMetadata metadata) {
        welcomes.add(metadata.id() + " " + enrollment.user().id() + " "
                + enrollment.course().courseKey());
    }

    /**
     * The welcomes so far.
     *
     * @return one line each
     */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String list() {
        return String.join("\n", welcomes);
    }
}
