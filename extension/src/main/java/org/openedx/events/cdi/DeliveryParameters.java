package org.openedx.events.cdi;

import org.openedx.events.EventDelivery;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * What an observer's {@link org.openedx.events.EventsMetadata} or {@link EventDelivery} parameter receives, in one
 * place for both ways it is resolved: by the container through the producers of {@link RuntimeProducers}, and by
 * {@link DirectNotification}, which passes it without asking the container. Container-free.
 *
 * <p>Inside a send, an observer of the send's event type (or an unqualified one) gets the send's delivery. Outside a
 * send (a plain CDI fire), an observer of a known type gets a new delivery with fresh metadata for that type, made by
 * the sender's own metadata factory; an unqualified one gets null.
 */
final class DeliveryParameters {

    private final MetadataFactory metadata;

    /**
     * Resolves deliveries with the sender's metadata factory.
     *
     * @param metadata makes the metadata of deliveries outside a send
     */
    DeliveryParameters(MetadataFactory metadata) {
        this.metadata = metadata;
    }

    /**
     * The delivery an observer receives now.
     *
     * @param observedType the event type in the observer's {@code @OpenEdxEvent}, or null when it has none
     * @return the send's delivery, a fresh one outside a send, or null for an unqualified observer outside a send
     */
    EventDelivery delivery(String observedType) {
        DispatchFrame frame = DispatchFrame.current();
        if (frame != null
                && (observedType == null
                        || observedType.equals(frame.delivery().signal().eventType()))) {
            return frame.delivery();
        }
        if (observedType == null) {
            return null;
        }
        OpenEdxPublicSignal<?> signal = OpenEdxPublicSignal.getSignalByType(observedType);
        return new EventDelivery(signal, metadata.create(signal, null), false);
    }
}
