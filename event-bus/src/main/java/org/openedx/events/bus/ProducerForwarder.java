package org.openedx.events.bus;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.wire.avro.AvroSchemas;

/**
 * The body of the forwarding observers: finds the send's metadata and origin, declines events that came from the
 * bus, and hands the event to the producer, or to the outbox when it is on, for each enabled topic.
 *
 * <p>Without the outbox the observers are {@code AFTER_SUCCESS} ones; the CDI extension runs them after the commit
 * with the send's {@link EventDelivery} still resolvable (see the extension's README section on transactional
 * observers). With the outbox they run during the send ({@code IN_PROGRESS}), so that the outbox writes in the
 * sender's transaction.
 */
final class ProducerForwarder {

    private static final Logger LOG = System.getLogger("org.openedx.events.bus");

    private final ProducerConfig config;
    private final BeanManager beanManager;
    private volatile Instance<EventDelivery> deliveries;
    /** The producer bean, looked up on the first send (the beans are fixed by then); empty when there is none. */
    private volatile Optional<EventBusProducer> producer;

    private volatile OpenEdxEvents events;

    private final String chosenName;
    private final boolean outboxOn;
    /** The outbox bean, when the outbox is on; found at deployment. */
    private volatile EventOutbox outbox;

    ProducerForwarder(ProducerConfig config, BeanManager beanManager, String chosenName, boolean outboxOn) {
        this.config = config;
        this.beanManager = beanManager;
        this.chosenName = chosenName;
        this.outboxOn = outboxOn;
    }

    /** {@return whether events go through the outbox} */
    boolean outboxOn() {
        return outboxOn;
    }

    void forward(OpenEdxPublicSignal<?> signal, Object payload) {
        EventDelivery delivery = currentDelivery(signal);
        if (delivery != null && delivery.fromEventBus()) {
            LOG.log(
                    Level.DEBUG,
                    () -> "Declining to send signal to the Event Bus since that's where it was sent from: "
                            + signal.eventType() + " (preventing recursion)");
            return;
        }
        EventBusProducer target = producer().orElse(null);
        if (target == null) {
            return; // reported once at deployment (OXE7008)
        }
        EventsMetadata metadata = delivery != null ? delivery.metadata() : events().generateSignalMetadata(signal);
        for (TopicConfig topic : config.enabledTopics(signal.eventType())) {
            if (outboxOn) {
                outbox.store(signal, topic.topic(), topic.eventKeyField(), payload, metadata);
            } else {
                target.send(signal, topic.topic(), topic.eventKeyField(), payload, metadata);
            }
        }
    }

    /**
     * Chooses and prepares the producer now (at deployment), so that an ambiguous choice or a wrong setting fails it,
     * and starts the outbox with it when the outbox is on.
     *
     * @throws org.openedx.events.OpenEdxEventException ({@code OXE7013}) when the outbox is on and not deployed, or
     *     what the producer or the outbox reports
     */
    void checkProducer() {
        EventOutbox found = null;
        if (outboxOn) {
            Instance<EventOutbox> outboxes = beanManager.createInstance().select(EventOutbox.class);
            if (!outboxes.isResolvable()) {
                throw new OpenEdxEventException(BusError.OUTBOX_MISSING, EventOutbox.SETTING);
            }
            found = outboxes.get();
        }
        EventOutbox starting = found;
        producer().ifPresent(chosen -> {
            // The codecs first: what the producer prepares (a dry run of its send path) then runs with them built.
            buildCodecs();
            chosen.prepare();
            if (starting != null) {
                starting.start(chosen);
                outbox = starting;
            }
        });
    }

    /**
     * Builds the Avro codec of every event the configuration publishes and runs it once on a made-up payload, so that
     * the first send of each does not pay for it. An event the wire format cannot carry is not a deployment problem
     * here: its sends report it ({@code OXE7009}), as upstream's do.
     */
    private void buildCodecs() {
        for (String eventType : config.eventTypes().keySet()) {
            if (!config.enabledTopics(eventType).isEmpty()) {
                try {
                    AvroSchemas.warmUp(OpenEdxPublicSignal.getSignalByType(eventType));
                } catch (RuntimeException e) {
                    LOG.log(Level.DEBUG, () -> "No Avro codec for " + eventType + ": " + e.getMessage());
                }
            }
        }
    }

    private Optional<EventBusProducer> producer() {
        Optional<EventBusProducer> found = producer;
        if (found == null) {
            Instance<EventBusProducer> candidates = beanManager.createInstance().select(EventBusProducer.class);
            found = ProducerSelection.choose(candidates.stream().toList(), chosenName);
            producer = found;
        }
        return found;
    }

    /** The sender, for fresh metadata when a plain CDI fire reached the forwarding observer. */
    private OpenEdxEvents events() {
        OpenEdxEvents found = events;
        if (found == null) {
            found = beanManager.createInstance().select(OpenEdxEvents.class).get();
            events = found;
        }
        return found;
    }

    /** The delivery in progress, as observers get it; null when it is not this signal's (a plain CDI fire). */
    private EventDelivery currentDelivery(OpenEdxPublicSignal<?> signal) {
        Instance<EventDelivery> instance = deliveries;
        if (instance == null) {
            instance = beanManager.createInstance().select(EventDelivery.class);
            deliveries = instance;
        }
        if (!instance.isResolvable()) {
            return null;
        }
        EventDelivery delivery = instance.get();
        return delivery != null && delivery.signal().equals(signal) ? delivery : null;
    }
}
