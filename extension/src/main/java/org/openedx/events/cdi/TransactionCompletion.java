package org.openedx.events.cdi;

import jakarta.enterprise.event.TransactionPhase;

/**
 * Where a transactional observer notification waits for its transaction to complete.
 */
interface TransactionCompletion {

    /** No transactions (Weld SE without JTA): nothing is ever deferred. */
    TransactionCompletion NONE = (phase, notification) -> false;

    /**
     * Schedules a notification for a phase of the transaction of this thread.
     *
     * @param phase when to run it: {@code AFTER_COMPLETION}, {@code AFTER_SUCCESS} or {@code AFTER_FAILURE}
     * @param notification the notification
     * @return true if it will run when the transaction completes (and only then, if the phase matches the
     *         outcome); false if no transaction is active, in which case the caller runs it at once, as CDI requires
     */
    boolean defer(TransactionPhase phase, Runnable notification);
}
