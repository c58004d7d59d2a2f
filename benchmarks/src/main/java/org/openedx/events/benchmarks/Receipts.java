package org.openedx.events.benchmarks;

import java.util.concurrent.TimeUnit;

/**
 * What the bus consumers' observer ({@link BusObserver}) received, with a gate that holds deliveries back: a
 * consumer benchmark closes it, writes its entries, waits until the consumer has read the first of them and is
 * held at the gate, and only then measures: it opens the gate and waits until every entry has been delivered. So
 * the measured time is the consumer draining entries that are already in the bus, not the writing of them.
 *
 * <p>One instance per JVM ({@link #INSTANCE}): a JMH fork runs one benchmark, with one container and one consumer.
 */
final class Receipts {

    /** The receipts of this JVM. */
    static final Receipts INSTANCE = new Receipts();

    private final Object lock = new Object();
    private boolean open = true;
    private boolean held;
    private long count;
    private long target = Long.MAX_VALUE;

    private Receipts() {}

    /** Counts one delivery; waits first while the gate is closed. Called by the observer. */
    void receive() {
        synchronized (lock) {
            boolean interrupted = false;
            while (!open) {
                held = true;
                lock.notifyAll();
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            held = false;
            count++;
            if (count >= target) {
                lock.notifyAll(); // only then: a waiter woken on every delivery would cost a context switch each
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@return the deliveries so far} */
    long count() {
        synchronized (lock) {
            return count;
        }
    }

    /** Closes the gate: the next delivery waits at it. */
    void close() {
        synchronized (lock) {
            open = false;
            held = false;
        }
    }

    /**
     * Waits until a delivery is held at the closed gate.
     *
     * @param seconds the longest wait
     * @throws InterruptedException if interrupted
     * @throws IllegalStateException if nothing arrived in time
     */
    void awaitHeld(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lock) {
            while (!held) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no delivery reached the observer within " + seconds + " s");
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
    }

    /**
     * Opens the gate and waits until the count reaches a number.
     *
     * @param expected the count to wait for
     * @param seconds the longest wait
     * @return the count
     * @throws InterruptedException if interrupted
     * @throws IllegalStateException if the deliveries did not arrive in time
     */
    long openAndAwait(long expected, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lock) {
            open = true;
            target = expected;
            lock.notifyAll();
            while (count < expected) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(
                            "only " + count + " of " + expected + " deliveries within " + seconds + " s");
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            target = Long.MAX_VALUE;
            return count;
        }
    }
}
