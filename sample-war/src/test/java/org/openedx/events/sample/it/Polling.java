package org.openedx.events.sample.it;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for what a server does in the background: a bus delivery, an acknowledgement, an exported span. */
final class Polling {

    private Polling() {}

    /**
     * Polls a value every 100 ms until the condition holds.
     *
     * @param <T> the value's type
     * @param patience how long to wait at most
     * @param what what is awaited, for the failure's message
     * @param value reads the value
     * @param condition what the value must satisfy
     * @return the first value that satisfied it
     * @throws AssertionError with the last value seen, when the condition did not hold in time
     */
    static <T> T await(Duration patience, String what, Supplier<T> value, Predicate<T> condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        T last = value.get();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + patience.toSeconds() + " s for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
            last = value.get();
        }
        return last;
    }
}
