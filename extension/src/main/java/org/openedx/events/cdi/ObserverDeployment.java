package org.openedx.events.cdi;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openedx.events.OpenEdxPublicSignal;

/**
 * What the extension learns about observers while the application deploys, and needs no longer: which observer
 * methods receive Open edX events (the robust observers), and the problems found, to be reported together.
 * Container-free; the extension drops it once the deployment is validated.
 */
final class ObserverDeployment {

    private final List<OpenEdxPublicSignal<?>> signals;
    private final Map<Method, RobustObserver> observers = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * Starts a deployment.
     *
     * @param signals every known signal, to tell which unqualified observers receive Open edX events
     */
    ObserverDeployment(List<OpenEdxPublicSignal<?>> signals) {
        this.signals = List.copyOf(signals);
    }

    /**
     * Records an observer method of a discovered type when it receives Open edX events: qualified with
     * {@code @OpenEdxEvent}, or without qualifiers (other than {@code @Any}) and of a type some payload can be
     * assigned to.
     *
     * @param beanClass the bean class declaring or inheriting the method
     * @param method the observer method
     * @param eventParameter the position of its observed parameter
     * @param eventType the type in its {@code @OpenEdxEvent}, or null when it has none
     * @param unqualified whether the observed parameter has no qualifier other than {@code @Any}
     * @param observedType the observed parameter's type
     * @return true when the robust-dispatch interceptor is to be bound to it; false when it receives no Open edX
     *         events, or when the interceptor cannot reach it (then its notification is wrapped)
     */
    boolean observe(
            Class<?> beanClass,
            Method method,
            int eventParameter,
            String eventType,
            boolean unqualified,
            Type observedType) {
        if (eventType == null && !(unqualified && ObserverRules.acceptsAny(observedType, signals))) {
            return false;
        }
        observers.put(
                method,
                new RobustObserver(
                        ObserverRules.receiverName(method.getDeclaringClass(), method), eventType, eventParameter));
        return ObserverRules.interceptable(method, beanClass);
    }

    /**
     * The robust observer of a bean observer method, if {@link #observe} recorded it; a qualified one is checked
     * first.
     *
     * @param method the observer method
     * @param eventType the type in its {@code @OpenEdxEvent}, or null
     * @param observedType its observed type
     * @return the observer, or empty when it receives no Open edX events
     */
    Optional<RobustObserver> beanObserver(Method method, String eventType, Type observedType) {
        if (eventType != null) {
            check(ObserverRules.receiverName(method.getDeclaringClass(), method), eventType, observedType);
        }
        return Optional.ofNullable(observers.get(method));
    }

    /**
     * The robust observer of a synthetic observer (added by another extension) of an Open edX event type, checked.
     *
     * @param beanClass the bean class it was added with
     * @param eventType the type in its {@code @OpenEdxEvent}, or null
     * @param observedType its observed type
     * @return the observer, or empty when it is not qualified with {@code @OpenEdxEvent}
     */
    Optional<RobustObserver> syntheticObserver(Class<?> beanClass, String eventType, Type observedType) {
        if (eventType == null) {
            return Optional.empty();
        }
        String receiver = beanClass.getName() + "#<synthetic observer>";
        check(receiver, eventType, observedType);
        return Optional.of(new RobustObserver(receiver, eventType, 0));
    }

    private void check(String receiver, String eventType, Type observedType) {
        ObserverRules.problem(receiver, eventType, observedType).ifPresent(problems::add);
    }

    /** {@return every bean observer method of Open edX events recorded so far} */
    Map<Method, RobustObserver> observers() {
        return Map.copyOf(observers);
    }

    /** {@return the problems found so far, as coded messages, in the order found} */
    List<String> problems() {
        return List.copyOf(problems);
    }
}
