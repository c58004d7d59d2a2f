package org.openedx.events.bus;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action after the current JTA transaction commits, through the server's
 * {@code java:comp/TransactionSynchronizationRegistry} (what CDI's {@code AFTER_SUCCESS} observers use).
 *
 * <p>The forwarding observer is notified in progress, while the send's metadata and origin are still known, and
 * defers only the publishing; a CDI transactional observer would be notified after the send is over.
 */
final class AfterCommit {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private AfterCommit() {
    }

    /**
     * Defers an action to the commit of the current transaction.
     *
     * @param action the action
     * @return false when no transaction is active (the caller runs the action now); true when it was deferred,
     *     or dropped because the transaction can only roll back
     */
    static boolean defer(Runnable action) {
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null) {
            return false;
        }
        int status = registry.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            return false;
        }
        if (status == Status.STATUS_MARKED_ROLLBACK) {
            return true;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int completion) {
                if (completion == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
        return true;
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            Object found = new InitialContext().lookup(REGISTRY);
            return found instanceof TransactionSynchronizationRegistry registry ? registry : null;
        } catch (NamingException | RuntimeException | LinkageError e) {
            return null; // no JNDI or no JTA (e.g. Weld SE): there is no transaction to wait for
        }
    }
}
