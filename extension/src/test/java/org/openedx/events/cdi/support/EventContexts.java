package org.openedx.events.cdi.support;

import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.EventMetadata;

/** Event contexts for notifying observers by hand, as the container would. */
public final class EventContexts {

    private EventContexts() {}

    /**
     * The context of a fire of an event, without CDI metadata.
     *
     * @param <T> the event's type
     * @param event the event
     * @return the context
     */
    public static <T> EventContext<T> of(T event) {
        return new EventContext<>() {
            @Override
            public T getEvent() {
                return event;
            }

            @Override
            public EventMetadata getMetadata() {
                return null;
            }
        };
    }
}
