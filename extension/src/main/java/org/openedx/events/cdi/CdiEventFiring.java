package org.openedx.events.cdi;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.inject.spi.BeanManager;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * Fires Open edX events as CDI events qualified with {@code @OpenEdxEvent(type)}, keeping the selected
 * {@link Event} per signal: selecting one costs microseconds, firing a selected one does not. A synchronous fire runs
 * inside the {@link DeliveryBoundary}.
 */
final class CdiEventFiring implements EventFiring {

    private final BeanManager beanManager;
    private final DeliveryBoundary boundary;
    private final Map<OpenEdxPublicSignal<?>, Event<Object>> events = new ConcurrentHashMap<>();

    /**
     * Fires through the container.
     *
     * @param beanManager the container
     * @param boundary runs each synchronous delivery inside one intercepted call
     */
    CdiEventFiring(BeanManager beanManager, DeliveryBoundary boundary) {
        this.beanManager = beanManager;
        this.boundary = boundary;
    }

    @Override
    public void fire(OpenEdxPublicSignal<?> signal, Object payload) {
        Event<Object> event = event(signal);
        boundary.run(() -> event.fire(payload));
    }

    @Override
    public CompletionStage<?> fireAsync(OpenEdxPublicSignal<?> signal, Object payload, Executor executor) {
        return event(signal).fireAsync(payload, NotificationOptions.ofExecutor(executor));
    }

    private Event<Object> event(OpenEdxPublicSignal<?> signal) {
        Event<Object> event = events.get(signal);
        if (event == null) {
            event = events.computeIfAbsent(
                    signal, s -> beanManager.getEvent().select(OpenEdxEvent.Literal.of(s.eventType())));
        }
        return event;
    }
}
