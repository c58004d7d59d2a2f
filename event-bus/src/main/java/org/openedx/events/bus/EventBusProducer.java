package org.openedx.events.bus;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * An event-bus back end's producer (upstream's {@code EventBusProducer}): publishes one event to one topic.
 *
 * <p>A back end provides it as a CDI bean; {@link EventBusProducerExtension} calls it for every enabled topic of
 * every configured event type. Like upstream's producers, an implementation should not throw: it logs a failure
 * ({@code OXE7009}) and returns, so that a bus outage does not fail the business operation that sent the event.
 */
public interface EventBusProducer {

    /**
     * Publishes an event.
     *
     * @param signal the event's signal
     * @param topic the topic without the environment prefix
     * @param eventKeyField the dotted path of the key field (may be ignored by the back end)
     * @param data the payload, an instance of the signal's data type
     * @param metadata the metadata of the send, which travels with the event
     */
    void send(OpenEdxPublicSignal<?> signal, String topic, String eventKeyField, Object data, EventsMetadata metadata);

    /**
     * The back end's name, which the setting {@code EVENT_BUS_PRODUCER} names to choose this producer when several
     * back ends are deployed.
     *
     * @return e.g. {@code redis} or {@code kafka}
     */
    String name();

    /**
     * Gets the producer ready, once, at deployment, when it has been chosen for the configured topics: reads and
     * validates the back end's settings and may create its client, so that a wrong setting fails the deployment with
     * a clear error instead of the first send. A bus that cannot be reached yet is not a deployment problem: the
     * client keeps trying, and a send that fails meanwhile is logged ({@code OXE7009}). The default does nothing.
     *
     * @throws org.openedx.events.OpenEdxEventException when a setting is missing or invalid
     */
    default void prepare() {}

    /**
     * Publishes an event and tells when the bus has it: the stage completes once the bus has acknowledged the event
     * (Redis answered the {@code XADD}, Kafka the write), and completes exceptionally with the reason when it did
     * not. Unlike {@link #send}, nothing is logged: the caller, such as the transactional outbox, decides what a
     * failure means (retry, give up). The default, for a back end that cannot tell, fails with
     * {@link UnsupportedOperationException}.
     *
     * @param signal the event's signal
     * @param topic the topic without the environment prefix
     * @param eventKeyField the dotted path of the key field (may be ignored by the back end)
     * @param data the payload, an instance of the signal's data type
     * @param metadata the metadata, which travels with the event
     * @return the outcome
     */
    default CompletionStage<Void> deliver(
            OpenEdxPublicSignal<?> signal, String topic, String eventKeyField, Object data, EventsMetadata metadata) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException(
                "the event-bus producer '" + name() + "' cannot report when the bus has an event"));
    }
}
