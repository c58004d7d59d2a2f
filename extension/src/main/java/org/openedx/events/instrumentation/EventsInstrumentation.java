package org.openedx.events.instrumentation;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The hooks of the send path and the event-bus back ends. Every method has a default that does nothing, which is
 * what runs without an implementation.
 *
 * <p>An implementation is found once with the {@link ServiceLoader} (the class loader of this interface), under
 * {@code META-INF/services/org.openedx.events.instrumentation.EventsInstrumentation}. One whose classes cannot be
 * loaded (e.g. the OpenTelemetry implementation without the OpenTelemetry API) is skipped with a DEBUG line.
 * Implementations must never throw from a hook and never record payload values or personal data.
 */
public interface EventsInstrumentation {

    /** The instrumentation that does nothing. */
    EventsInstrumentation NOOP = new EventsInstrumentation() {};

    /**
     * The instrumentation in use.
     *
     * @return the implementation found on the class path, or {@link #NOOP}
     */
    static EventsInstrumentation get() {
        return InstrumentationLoader.INSTANCE;
    }

    /**
     * Starts a send, before its observers run, and makes it current on the calling thread.
     *
     * @param send the send
     * @return the observation, closed once the send returns or throws
     */
    default Observation startSend(SendInfo send) {
        return Observation.NONE;
    }

    /**
     * Starts one observer's notification within the current send, and makes it current on the calling thread.
     *
     * @param send the send
     * @param receiver the observer, as {@code ReceiverResponse.receiver()} names it
     * @return the observation, closed once the observer returned or threw
     */
    default Observation startObserver(SendInfo send, String receiver) {
        return Observation.NONE;
    }

    /**
     * Starts a bus write (a producer operation) as a child of the current context, and puts the trace context that
     * the consumers are to continue into the carrier; nothing is put when there is no trace to continue.
     *
     * @param message the message
     * @param carrier receives the context's entries (e.g. {@code traceparent}, {@code tracestate}), in order
     * @return the observation, closed (on any thread) when the bus acknowledged or refused the write
     */
    default Observation startBusWrite(BusMessage message, Map<String, String> carrier) {
        return Observation.NONE;
    }

    /**
     * Starts the delivery of a message read from the bus (a consumer operation), continuing the trace context
     * found in the carrier, and makes it current on the calling thread.
     *
     * @param message the message
     * @param carrier the context's entries read with the message; empty when it carried none
     * @param attempt the attempt, from 1
     * @return the observation, closed once the delivery (the re-emitted send) is over
     */
    default Observation startBusDelivery(BusMessage message, Map<String, String> carrier, int attempt) {
        return Observation.NONE;
    }

    /**
     * A delivery failed and will be retried.
     *
     * @param message the message
     */
    default void busRetry(BusMessage message) {}

    /**
     * A message was copied to the dead letter.
     *
     * @param message the message; its event type may be {@code unknown} when it could not be read
     */
    default void busDeadLetter(BusMessage message) {}

    /**
     * A consumer starts.
     *
     * @param system the bus, {@code redis} or {@code kafka}
     * @param destination the stream or topic with its prefix
     * @param consumerGroup the group
     * @param consumerName the consumer's name within the group (Redis) or its client id (Kafka)
     * @return the probe the consumer keeps up to date, closed when it stops
     */
    default ConsumerProbe consumerStarted(
            String system, String destination, String consumerGroup, String consumerName) {
        return ConsumerProbe.NONE;
    }

    /**
     * A producer got ready: health checks may ask whether its connection to the bus is open.
     *
     * @param system the bus, {@code redis} or {@code kafka}
     * @param connected tells, on any thread and without blocking, whether the producer's connection is open
     * @return the registration, closed when the producer closes
     */
    default Registration producerStarted(String system, BooleanSupplier connected) {
        return Registration.NONE;
    }

    /**
     * The transactional outbox started: gauges may ask for its backlog.
     *
     * @param table the outbox's table
     * @param backlog queries the table (a database round trip; it may throw when the database fails)
     * @return the registration, closed when the outbox stops
     */
    default Registration outboxStarted(String table, Supplier<OutboxBacklog> backlog) {
        return Registration.NONE;
    }

    /**
     * Puts the current trace context into a carrier, to be stored and continued later (by the outbox's relay).
     *
     * @param carrier receives the context's entries ({@code traceparent}, {@code tracestate}); nothing when there is no
     *     trace
     */
    default void injectCurrent(Map<String, String> carrier) {}

    /**
     * Runs a task in a stored trace context: what it observes continues that trace.
     *
     * @param <T> what the task returns
     * @param carrier the context's entries, as {@link #injectCurrent} put them; empty for none
     * @param task the task
     * @return what the task returned
     */
    default <T> T callInContext(Map<String, String> carrier, Supplier<T> task) {
        return task.get();
    }

    /**
     * A task that runs later, on another thread or after the transaction completes, in the context current now:
     * its observations then belong to the same trace.
     *
     * @param task the task
     * @return the task to run instead
     */
    default Runnable wrap(Runnable task) {
        return task;
    }
}
