package org.openedx.events.sample.observers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.openedx.events.EventDelivery;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.sample.store.EventLog;

/**
 * Records enrollments once the transaction that sent them has committed, so that the audit trail never shows an
 * enrollment that was rolled back. It runs after the send has returned, so it is not among the send's receivers.
 */
@ApplicationScoped
public class EnrollmentAudit {

    /** The receiver name of {@link #auditCommittedEnrollment}. */
    public static final String RECEIVER = Receivers.name(EnrollmentAudit.class, "auditCommittedEnrollment");

    @Inject
    EventLog log;

    /**
     * Records the committed enrollment.
     *
     * @param enrollment the enrollment
     * @param delivery the delivery, with the metadata of the send
     */
    void auditCommittedEnrollment(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED)
                    CourseEnrollmentData enrollment,
            EventDelivery delivery) {
        log.record(
                RECEIVER,
                "after-success",
                delivery,
                "committed enrollment of user " + enrollment.user().id() + " in "
                        + enrollment.course().courseKey() + " as " + enrollment.mode());
    }
}
