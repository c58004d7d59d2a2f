package org.openedx.events.instrumentation;

/**
 * One observed operation (a send, an observer notification, a bus write or delivery), from its start to
 * {@link #close()}. An observation that made itself current on the starting thread (sends, observers, deliveries)
 * must be closed on that thread, unless it was {@link #detach() detached} from it first; a bus write's may be closed
 * on any thread.
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

    /**
     * Stops being current on the starting thread while the operation goes on elsewhere (an asynchronous send whose
     * observers run on other threads); {@link #close()} may then be called on any thread. Called at most once, on
     * the starting thread.
     */
    default void detach() {}

    /** Ends the operation. */
    @Override
    default void close() {}
}
