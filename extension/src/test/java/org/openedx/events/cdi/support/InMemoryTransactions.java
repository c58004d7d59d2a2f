package org.openedx.events.cdi.support;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import javax.naming.Context;
import javax.naming.OperationNotSupportedException;
import javax.naming.spi.InitialContextFactory;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * A minimal transaction manager for Weld SE tests: one transaction per thread, its interposed synchronizations
 * called on commit and rollback as JTA does, and published in JNDI at
 * {@code java:comp/TransactionSynchronizationRegistry} through {@link Factory} (set
 * {@code java.naming.factory.initial} to it). The real thing is exercised by the TCK on WildFly.
 */
public final class InMemoryTransactions implements TransactionSynchronizationRegistry {

    /** The registry JNDI hands out. */
    public static final InMemoryTransactions INSTANCE = new InMemoryTransactions();

    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    private static final class Transaction {
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();
        int status = Status.STATUS_ACTIVE;
    }

    /** Begins a transaction on this thread. */
    public void begin() {
        if (current.get() != null) {
            throw new IllegalStateException("a transaction is already active");
        }
        current.set(new Transaction());
    }

    /** Commits: before-completion callbacks, then after-completion ones with {@code STATUS_COMMITTED}. */
    public void commit() {
        Transaction tx = require();
        List.copyOf(tx.synchronizations).forEach(Synchronization::beforeCompletion);
        end(tx, Status.STATUS_COMMITTED);
    }

    /** Rolls back: after-completion callbacks with {@code STATUS_ROLLEDBACK}. */
    public void rollback() {
        end(require(), Status.STATUS_ROLLEDBACK);
    }

    private void end(Transaction tx, int status) {
        tx.status = status;
        current.remove();
        for (Synchronization synchronization : List.copyOf(tx.synchronizations)) {
            synchronization.afterCompletion(status);
        }
    }

    private Transaction require() {
        Transaction tx = current.get();
        if (tx == null) {
            throw new IllegalStateException("no transaction");
        }
        return tx;
    }

    @Override
    public Object getTransactionKey() {
        return current.get();
    }

    @Override
    public void putResource(Object key, Object value) {
        require().resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
        return require().resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        Transaction tx = current.get();
        if (tx == null || tx.status != Status.STATUS_ACTIVE && tx.status != Status.STATUS_MARKED_ROLLBACK) {
            throw new IllegalStateException("no active transaction");
        }
        tx.synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
        Transaction tx = current.get();
        return tx == null ? Status.STATUS_NO_TRANSACTION : tx.status;
    }

    @Override
    public void setRollbackOnly() {
        require().status = Status.STATUS_MARKED_ROLLBACK;
    }

    @Override
    public boolean getRollbackOnly() {
        return require().status == Status.STATUS_MARKED_ROLLBACK;
    }

    /** The JNDI initial context factory: its context knows one name, the registry's. */
    public static final class Factory implements InitialContextFactory {

        @Override
        public Context getInitialContext(Hashtable<?, ?> environment) {
            return (Context) Proxy.newProxyInstance(
                    Context.class.getClassLoader(), new Class<?>[] {Context.class}, (proxy, method, args) -> {
                        if (method.getName().equals("lookup")
                                && args != null
                                && args.length == 1
                                && "java:comp/TransactionSynchronizationRegistry".equals(String.valueOf(args[0]))) {
                            return INSTANCE;
                        }
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        throw new OperationNotSupportedException(
                                method.getName() + " " + java.util.Arrays.toString(args));
                    });
        }
    }
}
