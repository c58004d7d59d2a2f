package org.openedx.events.cdi;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;

import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Defers notifications through the server's {@link TransactionSynchronizationRegistry}, the standard Jakarta EE
 * hook at {@code java:comp/TransactionSynchronizationRegistry}.
 *
 * <p>Notifications run in an interposed synchronization's {@code afterCompletion}: after the outcome is final,
 * so an {@code AFTER_SUCCESS} observer sees committed data, and nothing it does can change the outcome.
 */
final class JtaTransactionCompletion implements TransactionCompletion {

    static final String REGISTRY_NAME = "java:comp/TransactionSynchronizationRegistry";

    private final TransactionSynchronizationRegistry registry;

    JtaTransactionCompletion(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    /**
     * Finds the registry of the application calling.
     *
     * @return the completion, {@link TransactionCompletion#NONE} when this runtime certainly has no JTA, or null
     *         when the registry cannot be reached from this thread (ask again from another)
     * @throws LinkageError when the JTA API is not on the class path
     */
    static TransactionCompletion lookup() {
        try {
            Object found = new InitialContext().lookup(REGISTRY_NAME);
            return found instanceof TransactionSynchronizationRegistry registry
                    ? new JtaTransactionCompletion(registry)
                    : TransactionCompletion.NONE;
        } catch (NoInitialContextException e) {
            return TransactionCompletion.NONE;
        } catch (NamingException e) {
            return null;
        }
    }

    @Override
    public boolean defer(TransactionPhase phase, Runnable notification) {
        int status = registry.getTransactionStatus();
        if (status != Status.STATUS_ACTIVE && status != Status.STATUS_MARKED_ROLLBACK) {
            return false;
        }
        try {
            registry.registerInterposedSynchronization(new AfterCompletion(phase, notification));
            return true;
        } catch (IllegalStateException e) {
            // The transaction moved on between the status check and the registration: it is no longer active.
            return false;
        }
    }

    /** Runs a notification when the outcome of the transaction matches its phase. */
    private record AfterCompletion(TransactionPhase phase, Runnable notification) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // Observers run after completion only.
        }

        @Override
        public void afterCompletion(int status) {
            boolean committed = status == Status.STATUS_COMMITTED;
            if (phase == TransactionPhase.AFTER_COMPLETION
                    || (phase == TransactionPhase.AFTER_SUCCESS && committed)
                    || (phase == TransactionPhase.AFTER_FAILURE && !committed)) {
                notification.run();
            }
        }
    }
}
