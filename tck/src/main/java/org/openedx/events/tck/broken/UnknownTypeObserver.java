package org.openedx.events.tck.broken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.data.CourseEnrollmentData;

/** A typo in the event type: "create" for "created". */
@ApplicationScoped
public class UnknownTypeObserver {

    /** The misspelt type. */
    public static final String TYPO = "org.openedx.learning.course.enrollment.create.v1";

    void typo(@Observes @OpenEdxEvent(TYPO) CourseEnrollmentData data) {}
}
