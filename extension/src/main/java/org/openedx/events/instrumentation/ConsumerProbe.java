package org.openedx.events.instrumentation;

/**
 * What a running bus consumer tells about itself, for gauges and health checks. The consumer updates it; the
 * instrumentation reads it from other threads, so implementations are thread-safe.
 */
public interface ConsumerProbe extends AutoCloseable {

    /** The probe that records nothing. */
    ConsumerProbe NONE = new ConsumerProbe() {};

    /**
     * The consumer reached its bus (or lost it).
     *
     * @param connected whether the last command reached the bus
     */
    default void connected(boolean connected) {}

    /** The consumer's loop made progress: a read returned, with or without events. */
    default void progressed() {}

    /**
     * How far behind the consumer is, as the bus tells it.
     *
     * @param lag the events not yet delivered to the group (Redis: the group's {@code lag}; Kafka: the sum of the
     *     assigned partitions' lag), or -1 when unknown
     * @param pending the events delivered and not yet acknowledged (Redis), or -1 when unknown
     */
    default void backlog(long lag, long pending) {}

    /** The consumer stopped; the probe is no longer read. */
    @Override
    default void close() {}
}
