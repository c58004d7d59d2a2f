package com.example.enrollment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.wire.cloudevents.CloudEventsJson;

/** Keeps every enrollment as a CloudEvents JSON document, with the event's metadata (in memory here). */
@ApplicationScoped
public class EnrollmentAudit {

    private final CloudEventsJson cloudEvents = new CloudEventsJson();
    private final List<String> entries = new CopyOnWriteArrayList<>();

    void record(
            @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment,
            EventsMetadata metadata) {
        entries.add(cloudEvents.write(metadata, LearningSignals.COURSE_ENROLLMENT_CREATED, enrollment));
    }

    /**
     * The enrollments recorded so far.
     *
     * @return one CloudEvent ({@code application/cloudevents+json}) per enrollment, oldest first
     */
    public List<String> entries() {
        return List.copyOf(entries);
    }

    @PreDestroy
    void close() {
        cloudEvents.close();
    }
}
