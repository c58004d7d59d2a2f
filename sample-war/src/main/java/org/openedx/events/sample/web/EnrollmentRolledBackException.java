package org.openedx.events.sample.web;

import org.openedx.events.SendResult;

/**
 * Thrown by {@link Enrollments#enroll} after the send when the enrollment mode is {@value Enrollments#ROLLBACK_MODE}:
 * it stands for a step of the request that fails after the event was sent, and being unchecked it makes the
 * request's transaction roll back. {@link EnrollmentRolledBackMapper} answers it.
 */
public class EnrollmentRolledBackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The send, whose observers ran before the rollback. */
    private final transient SendResult result;

    /**
     * Creates the exception.
     *
     * @param result the send that happened in the transaction
     */
    public EnrollmentRolledBackException(SendResult result) {
        super("the enrollment mode '" + Enrollments.ROLLBACK_MODE + "' rolls the transaction of event "
                + result.metadata().id() + " back on purpose");
        this.result = result;
    }

    /**
     * The send that happened in the rolled-back transaction.
     *
     * @return its metadata and its observers' outcomes
     */
    public SendResult result() {
        return result;
    }
}
