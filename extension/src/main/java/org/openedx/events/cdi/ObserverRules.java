package org.openedx.events.cdi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Optional;

import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * The deployment rules for observers of Open edX events, free of any container: which observer methods the
 * robust-dispatch interceptor can reach, and which observed types fit a signal.
 */
final class ObserverRules {

    private ObserverRules() {}

    /**
     * Whether the robust-dispatch interceptor can reach an observer method; robust dispatch wraps the notification
     * of the others instead.
     *
     * <p>Interceptors apply to business methods of managed beans: not to static methods (there is no instance), not
     * portably to private ones, and a final class or method cannot be subclassed for interception (Weld would fail
     * the deployment with WELD-001503/001504 if the binding were added). Synthetic and bridge methods are left to
     * the wrapping too.
     *
     * @param method the observer method
     * @param beanClass the bean class declaring or inheriting it
     * @return true if the interceptor can be bound to it
     */
    static boolean interceptable(Method method, Class<?> beanClass) {
        int modifiers = method.getModifiers();
        return !Modifier.isStatic(modifiers)
                && !Modifier.isPrivate(modifiers)
                && !Modifier.isFinal(modifiers)
                && !Modifier.isFinal(beanClass.getModifiers())
                && !method.isSynthetic()
                && !method.isBridge();
    }

    /**
     * The event type of an observer's {@code @OpenEdxEvent} qualifier.
     *
     * @param qualifiers the observed qualifiers
     * @return the event type, or null when it has none
     */
    static String eventType(Collection<Annotation> qualifiers) {
        for (Annotation qualifier : qualifiers) {
            if (qualifier instanceof OpenEdxEvent openEdxEvent) {
                return openEdxEvent.value();
            }
        }
        return null;
    }

    /**
     * Whether an observer of {@code observedType} receives payloads of the signal: the payload class must be
     * assignable to the observed type's raw class.
     *
     * @param observedType the observed type of the observer
     * @param signal the signal
     * @return true if the payload can be delivered
     */
    static boolean accepts(Type observedType, OpenEdxPublicSignal<?> signal) {
        Class<?> raw = Types.rawClass(observedType);
        return raw != null && Types.box(raw).isAssignableFrom(signal.dataType());
    }

    /**
     * Whether an observer of {@code observedType} could receive any of the signals' payloads.
     *
     * @param observedType the observed type
     * @param signals the known signals
     * @return true if some payload is assignable to it
     */
    static boolean acceptsAny(Type observedType, Collection<OpenEdxPublicSignal<?>> signals) {
        for (OpenEdxPublicSignal<?> signal : signals) {
            if (accepts(observedType, signal)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The problem with an observer of an Open edX event type, or empty when there is none.
     *
     * @param observer the observer, as {@code Class#method}
     * @param eventType the type in its {@code @OpenEdxEvent}
     * @param observedType its observed type
     * @return the coded message
     */
    static Optional<String> problem(String observer, String eventType, Type observedType) {
        Optional<OpenEdxPublicSignal<?>> signal = OpenEdxPublicSignal.findSignalByType(eventType);
        if (signal.isEmpty()) {
            return Optional.of(OpenEdxError.OBSERVER_UNKNOWN_TYPE.format(
                    eventType, observer, OpenEdxPublicSignal.closestEventTypes(eventType)));
        }
        if (!accepts(observedType, signal.get())) {
            String payload = signal.get().dataType().getName();
            return Optional.of(OpenEdxError.OBSERVER_WRONG_PAYLOAD.format(
                    observer, eventType, observedType.getTypeName(), payload, payload));
        }
        return Optional.empty();
    }

    /**
     * The receiver name of a method, {@code fully.qualified.Class#method}.
     *
     * @param beanClass the bean class
     * @param method the method
     * @return the name
     */
    static String receiverName(Class<?> beanClass, Method method) {
        return beanClass.getName() + "#" + method.getName();
    }
}
