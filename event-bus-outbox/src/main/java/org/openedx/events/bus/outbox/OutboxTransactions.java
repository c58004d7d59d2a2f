package org.openedx.events.bus.outbox;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The sender's JTA transaction, as the outbox needs it: whether one is active, a hook after its commit, and marking it
 * for rollback. Found through the standard {@code java:comp/TransactionSynchronizationRegistry}; where there is none
 * (Weld SE, or no JTA API on the class path) every send is outside a transaction.
 */
interface OutboxTransactions {

    /** No transactions: nothing is ever active. */
    OutboxTransactions NONE = new OutboxTransactions() {
        @Override
        public boolean active() {
            return false;
        }

        @Override
        public void afterCommit(Runnable action) {
            throw new IllegalStateException("no transaction");
        }

        @Override
        public void markRollbackOnly() {}
    };

    /** {@return whether the calling thread has an active transaction} */
    boolean active();

    /**
     * Runs an action once the active transaction has committed (not when it rolls back).
     *
     * @param action the action; it must not touch the transaction's resources
     */
    void afterCommit(Runnable action);

    /** Marks the active transaction, if any, so that it can only roll back. */
    void markRollbackOnly();

    /**
     * The transactions of the calling application.
     *
     * @return JTA's, {@link #NONE} when this runtime has none, or null when the registry cannot be reached from this
     *     thread (ask again from another)
     */
    static OutboxTransactions lookup() {
        try {
            return Jta.lookup();
        } catch (LinkageError e) {
            return NONE; // no JTA API on the class path
        }
    }

    /** JTA through the registry; loaded only when the JTA API is present. */
    final class Jta implements OutboxTransactions {

        private final TransactionSynchronizationRegistry registry;

        private Jta(TransactionSynchronizationRegistry registry) {
            this.registry = registry;
        }

        static OutboxTransactions lookup() {
            try {
                Object found = new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
                return found instanceof TransactionSynchronizationRegistry registry ? new Jta(registry) : NONE;
            } catch (NoInitialContextException e) {
                return NONE;
            } catch (NamingException e) {
                return null;
            }
        }

        @Override
        public boolean active() {
            int status = registry.getTransactionStatus();
            return status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public void afterCommit(Runnable action) {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        action.run();
                    }
                }
            });
        }

        @Override
        public void markRollbackOnly() {
            if (active()) {
                registry.setRollbackOnly();
            }
        }
    }
}
