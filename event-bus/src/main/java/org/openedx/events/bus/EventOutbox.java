package org.openedx.events.bus;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * A transactional outbox for the event bus: stores each event for the bus in the sender's transaction, and publishes
 * it through the chosen {@link EventBusProducer} once that transaction has committed, again later if the bus was
 * down or the process died in between.
 *
 * <p>When {@link #SETTING} is {@code true}, {@link EventBusProducerExtension} observes the configured events during
 * the send ({@code IN_PROGRESS}) instead of after the commit, and hands each enabled topic's event to the deployed
 * outbox bean instead of to the producer. The module {@code openedx-events-event-bus-outbox} provides the bean.
 */
public interface EventOutbox {

    /** The setting that turns the outbox on: {@code true} or {@code false} (the default). */
    String SETTING = "openedx.events.outbox.enabled";

    /**
     * Starts the outbox, once, at deployment: the outbox publishes through this producer from now on.
     *
     * @param producer the producer chosen for the configured topics
     * @throws org.openedx.events.OpenEdxEventException when the outbox's settings or storage are not usable
     */
    void start(EventBusProducer producer);

    /**
     * Stores an event for one topic: in the current transaction when there is one (committed or rolled back with
     * it), otherwise in a transaction of its own before this method returns.
     *
     * @param signal the event's signal
     * @param topic the topic without the environment prefix
     * @param eventKeyField the dotted path of the key field, or null
     * @param data the payload, an instance of the signal's data type
     * @param metadata the metadata of the send
     * @throws org.openedx.events.OpenEdxEventException when the event cannot be stored; the transaction is then
     *     marked for rollback, so the business data is not committed without its event
     */
    void store(OpenEdxPublicSignal<?> signal, String topic, String eventKeyField, Object data, EventsMetadata metadata);
}
