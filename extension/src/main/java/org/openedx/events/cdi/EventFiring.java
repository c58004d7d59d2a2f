package org.openedx.events.cdi;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.openedx.events.OpenEdxPublicSignal;

/**
 * How the dispatcher hands a payload to the observers of a signal: in the container, CDI events qualified with
 * {@code @OpenEdxEvent}; in unit tests, anything.
 */
interface EventFiring {

    /**
     * Notifies the synchronous observers.
     *
     * @param signal the signal
     * @param payload the payload
     */
    void fire(OpenEdxPublicSignal<?> signal, Object payload);

    /**
     * Notifies the asynchronous observers.
     *
     * @param signal the signal
     * @param payload the payload
     * @param executor runs the notifications
     * @return completes when all have run
     */
    CompletionStage<?> fireAsync(OpenEdxPublicSignal<?> signal, Object payload, Executor executor);
}
