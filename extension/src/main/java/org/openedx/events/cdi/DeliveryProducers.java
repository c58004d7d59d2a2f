package org.openedx.events.cdi;

import java.lang.reflect.Method;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * Resolves the {@link EventsMetadata} and {@link EventDelivery} parameters of observers from the send in
 * progress. Outside a send (a plain CDI fire), an observer of a known type gets fresh metadata for that type.
 */
@Dependent
public class DeliveryProducers {

    private final OpenEdxEventsBean events;

    /**
     * Creates the producers.
     *
     * @param events the sender, for fresh metadata and the observer index
     */
    @Inject
    public DeliveryProducers(OpenEdxEventsBean events) {
        this.events = events;
    }

    /**
     * The delivery being observed.
     *
     * @param injectionPoint the observer parameter
     * @return the delivery, or null when it cannot be known
     */
    @Produces
    @Dependent
    public EventDelivery delivery(InjectionPoint injectionPoint) {
        DispatchFrame frame = DispatchFrame.current();
        String eventType = observedType(injectionPoint);
        if (frame != null && (eventType == null
                || eventType.equals(frame.delivery().signal().eventType()))) {
            return frame.delivery();
        }
        if (eventType == null) {
            return null;
        }
        OpenEdxPublicSignal<?> signal = OpenEdxPublicSignal.getSignalByType(eventType);
        return new EventDelivery(signal, events.generateSignalMetadata(signal), false);
    }

    /**
     * The metadata of the event being observed.
     *
     * @param injectionPoint the observer parameter
     * @return the metadata, or null when it cannot be known
     */
    @Produces
    @Dependent
    public EventsMetadata metadata(InjectionPoint injectionPoint) {
        EventDelivery delivery = delivery(injectionPoint);
        return delivery == null ? null : delivery.metadata();
    }

    private String observedType(InjectionPoint injectionPoint) {
        if (injectionPoint != null && injectionPoint.getMember() instanceof Method method) {
            GuardedObserver observer = events.guard().observer(method);
            return observer == null ? null : observer.eventType();
        }
        return null;
    }
}
