package org.openedx.events.instrumentation;

/**
 * One observed operation (a send, an observer notification, a bus write or delivery), from its start to
 * {@link #close()}. An observation that made itself current on the starting thread (sends, observers, deliveries)
 * must be closed on that thread; a bus write's may be closed on any thread.
 */
public interface Observation extends AutoCloseable {

    /** The observation that records nothing. */
    Observation NONE = new Observation() {};

    /**
     * Records that the operation failed; called at most once, before {@link #close()}.
     *
     * @param failure what failed; its class name is recorded, its message only when the implementation allows it
     *     (messages may quote values)
     */
    default void failed(Throwable failure) {}

    /**
     * Records the outcome of a send: how many receivers it reached and how many of them failed.
     *
     * @param receivers the receivers notified
     * @param failures the receivers that failed
     */
    default void receivers(int receivers, int failures) {}

    /** Ends the operation. */
    @Override
    default void close() {}
}
