package org.openedx.events.cdi;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.ObserverException;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.configurator.ObserverMethodConfigurator.EventConsumer;

import org.openedx.events.OpenEdxError;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.instrumentation.EventsInstrumentation;
import org.openedx.events.instrumentation.Observation;

/**
 * Robust dispatch: runs one observer notification inside the current send, recording its outcome and, when the
 * send is robust, containing its exception so that the next observer still runs.
 *
 * <p>This is the one core behind the two ways an observer is reached, which have the same effect: the bean
 * observers an interceptor can reach go through {@link RobustDispatchInterceptor} ({@link #intercept}); the
 * others (static, private or final methods, methods of final classes) and the synthetic observers of other
 * extensions have their notification wrapped ({@link #wrap}). One difference remains: a wrapped bean observer's
 * response is null, since the container's notification does not return what the method returned.
 *
 * <p>It acts only when the invocation really is the notification of the current send (the observed argument is the
 * very payload being sent, and a qualified observer watches the send's event type). Any other invocation, such as
 * a direct call of an intercepted method or a plain CDI {@code Event.fire} (even of the same payload as another
 * type, from inside an observer), proceeds with ordinary CDI semantics. An unqualified observer cannot tell event
 * types apart, so a plain fire of the payload being sent, from inside one of its observers, counts as part of that
 * send for it. Container-free.
 */
final class RobustDispatch {

    private static final Logger LOG = System.getLogger("org.openedx.events");

    private final EventsInstrumentation instrumentation = EventsInstrumentation.get();
    private final Set<String> warnedPlainFires = ConcurrentHashMap.newKeySet();
    private volatile Map<Method, RobustObserver> observers = Map.of();

    /**
     * Takes the bean observer methods found at deployment, once they are all known (after bean discovery).
     *
     * @param found every bean observer method of Open edX events, intercepted or wrapped
     */
    void index(Map<Method, RobustObserver> found) {
        this.observers = Map.copyOf(found);
    }

    /**
     * The observer descriptor of a method, if it is a bean observer of Open edX events.
     *
     * @param method a method
     * @return the descriptor, or null
     */
    RobustObserver observer(Method method) {
        return observers.get(method);
    }

    /**
     * How a notification goes on from robust dispatch: {@code InvocationContext::proceed} for the interceptor, the
     * container's notification for a wrapped observer. A function of its target rather than a closure over it, so
     * that a notification allocates nothing for it.
     *
     * @param <C> the target's type
     */
    @FunctionalInterface
    interface Proceed<C> {

        /**
         * Goes on.
         *
         * @param target what to go on with
         * @return what the observer returned
         * @throws Exception what the observer threw
         */
        Object proceed(C target) throws Exception;
    }

    /**
     * The interceptor's way in: invokes an intercepted observer method.
     *
     * @param <C> the target's type
     * @param method the observer method
     * @param arguments its arguments
     * @param target what {@code proceed} goes on with (the interceptor's invocation context)
     * @param proceed invokes the method
     * @return what it returned, or null when it failed in a robust send
     * @throws Exception what it threw, outside a robust send
     */
    <C> Object intercept(Method method, Object[] arguments, C target, Proceed<C> proceed) throws Exception {
        RobustObserver observer = observers.get(method);
        if (observer == null) {
            return proceed.proceed(target);
        }
        return invoke(observer, arguments[observer.eventParameter()], target, proceed);
    }

    /**
     * The other way in: a notification that runs the given one under robust dispatch, for an observer the
     * interceptor cannot reach. What the given notification throws wrapped in an {@link ObserverException} (Weld
     * wraps checked exceptions so) is recorded and rethrown as the observer's own.
     *
     * @param <T> the observed type
     * @param observer the observer
     * @param notify its notification (for a bean observer, the container's observer method)
     * @return the wrapped notification
     */
    <T> EventConsumer<T> wrap(RobustObserver observer, EventConsumer<T> notify) {
        Proceed<EventContext<T>> proceed = context -> notifyUnwrapped(notify, context);
        return context -> {
            try {
                invoke(observer, context.getEvent(), context, proceed);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new ObserverException(e);
            }
        };
    }

    private static <T> Object notifyUnwrapped(EventConsumer<T> notify, EventContext<T> context) throws Exception {
        try {
            notify.accept(context);
            return null;
        } catch (ObserverException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Invokes an observer for an event object: the core of both ways in.
     *
     * @param <C> the target's type
     * @param observer the observer
     * @param event the observed argument
     * @param target what {@code proceed} goes on with
     * @param proceed invokes the observer
     * @return what it returned, or null when it failed in a robust send
     * @throws Exception what it threw, outside a robust send
     */
    <C> Object invoke(RobustObserver observer, Object event, C target, Proceed<C> proceed) throws Exception {
        DispatchFrame frame = DispatchFrame.current();
        if (frame == null || !frame.delivers(event, observer.eventType())) {
            if (frame == null && observer.eventType() != null) {
                warnPlainFire(observer.eventType());
            }
            return proceed.proceed(target);
        }
        Observation observation = instrumentation == EventsInstrumentation.NOOP
                ? Observation.NONE
                : instrumentation.startObserver(frame.sendInfo(), observer.receiver());
        try {
            Object result = proceed.proceed(target);
            frame.record(ReceiverResponse.success(observer.receiver(), result));
            return result;
        } catch (Exception e) {
            observation.failed(e);
            frame.record(ReceiverResponse.failure(observer.receiver(), e));
            if (!frame.robust()) {
                frame.abort(e);
                throw e;
            }
            LOG.log(
                    Level.WARNING,
                    () -> OpenEdxError.RECEIVER_FAILED.format(
                            observer.receiver(),
                            frame.delivery().signal().eventType(),
                            frame.delivery().metadata().id(),
                            e),
                    e);
            return null;
        } catch (Error e) {
            observation.failed(e);
            throw e;
        } finally {
            observation.close();
        }
    }

    /** Logs, once per event type and application, that an Open edX event was fired without the sender. */
    private void warnPlainFire(String eventType) {
        if (warnedPlainFires.add(eventType)) {
            LOG.log(Level.WARNING, OpenEdxError.PLAIN_CDI_FIRE.format(eventType));
        }
    }
}
