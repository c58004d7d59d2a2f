package org.openedx.events.sample.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.sample.request.EnrollmentRequest;

/**
 * Sends enrollments, each in its own transaction: the observers that write (the notification preference) join
 * it, and the {@code AFTER_SUCCESS} observers run when it commits, before this method returns. The mode
 * {@value #ROLLBACK_MODE} shows the other outcome: the transaction rolls back after the send.
 */
@ApplicationScoped
public class Enrollments {

    /**
     * The enrollment mode that fails the request after the send, so that its transaction rolls back: the stored
     * preference is undone, and neither the {@code AFTER_SUCCESS} observers nor the event bus get the event.
     */
    public static final String ROLLBACK_MODE = "rollback-demo";

    @Inject
    OpenEdxEvents events;

    /**
     * Sends COURSE_ENROLLMENT_CREATED for a checked request, robustly: an observer's failure is in the result and
     * does not roll the transaction back.
     *
     * @param request the checked request
     * @return the metadata and the outcome of every observer that ran during the send
     * @throws EnrollmentRolledBackException after the send, for the mode {@value #ROLLBACK_MODE}; the transaction is
     *     then rolled back
     */
    @Transactional
    public SendResult enroll(EnrollmentRequest request) {
        SendResult result = events.send(
                LearningSignals.COURSE_ENROLLMENT_CREATED, request.toEnrollment(OffsetDateTime.now(ZoneOffset.UTC)));
        if (ROLLBACK_MODE.equals(request.mode())) {
            throw new EnrollmentRolledBackException(result);
        }
        return result;
    }
}
