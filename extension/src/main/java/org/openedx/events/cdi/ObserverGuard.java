package org.openedx.events.cdi;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.openedx.events.OpenEdxError;
import org.openedx.events.ReceiverResponse;

/**
 * Robust mode: runs one observer notification inside the current send, recording its outcome and, when the send
 * is robust, containing its exception so that the next observer still runs.
 *
 * <p>The guard acts only when the invocation really is the notification of the current send (the observed
 * argument is the very payload being sent, and a qualified observer watches the send's event type). Any other
 * invocation of a guarded method, such as a direct call or a plain CDI {@code Event.fire} (even of the same payload
 * as another type, from inside an observer), proceeds with ordinary CDI semantics. An unqualified observer cannot
 * tell event types apart, so a plain fire of the payload being sent, from inside one of its observers, counts as
 * part of that send for it.
 */
final class ObserverGuard {

    private static final Logger LOG = System.getLogger("org.openedx.events");

    private final Map<Method, GuardedObserver> observers;
    private final Set<String> warnedPlainFires = ConcurrentHashMap.newKeySet();

    /**
     * Creates the guard.
     *
     * @param observers the guarded observer methods found at deployment
     */
    ObserverGuard(Map<Method, GuardedObserver> observers) {
        this.observers = Map.copyOf(observers);
    }

    /**
     * The observer descriptor of a method, if it is a guarded observer.
     *
     * @param method a method
     * @return the descriptor, or null
     */
    GuardedObserver observer(Method method) {
        return observers.get(method);
    }

    /**
     * Invokes a guarded observer method.
     *
     * @param method the observer method
     * @param arguments its arguments
     * @param proceed invokes it
     * @return what it returned, or null when it failed in a robust send
     * @throws Exception what it threw, outside a robust send
     */
    Object invoke(Method method, Object[] arguments, Callable<Object> proceed) throws Exception {
        GuardedObserver observer = observers.get(method);
        if (observer == null) {
            return proceed.call();
        }
        return invoke(observer, arguments[observer.eventParameter()], proceed);
    }

    /**
     * Invokes an observer for an event object.
     *
     * @param observer the observer
     * @param event the observed argument
     * @param proceed invokes it
     * @return what it returned, or null when it failed in a robust send
     * @throws Exception what it threw, outside a robust send
     */
    Object invoke(GuardedObserver observer, Object event, Callable<Object> proceed) throws Exception {
        DispatchFrame frame = DispatchFrame.current();
        if (frame == null || !frame.delivers(event, observer.eventType())) {
            if (frame == null && observer.eventType() != null) {
                warnPlainFire(observer.eventType());
            }
            return proceed.call();
        }
        try {
            Object result = proceed.call();
            frame.record(ReceiverResponse.success(observer.receiver(), result));
            return result;
        } catch (Exception e) {
            frame.record(ReceiverResponse.failure(observer.receiver(), e));
            if (!frame.robust()) {
                frame.abort(e);
                throw e;
            }
            LOG.log(Level.WARNING, () -> OpenEdxError.RECEIVER_FAILED.format(observer.receiver(),
                    frame.delivery().signal().eventType(), frame.delivery().metadata().id(), e), e);
            return null;
        }
    }

    /** Logs, once per event type and application, that an Open edX event was fired without the sender. */
    void warnPlainFire(String eventType) {
        if (warnedPlainFires.add(eventType)) {
            LOG.log(Level.WARNING, OpenEdxError.PLAIN_CDI_FIRE.format(eventType));
        }
    }
}
