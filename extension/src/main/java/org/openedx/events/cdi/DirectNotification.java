package org.openedx.events.cdi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.Context;
import jakarta.enterprise.context.spi.Contextual;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.ObserverException;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.configurator.ObserverMethodConfigurator.EventConsumer;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;

/**
 * The notification of an observer method whose only other parameters are {@link EventsMetadata} or
 * {@link EventDelivery}: the extension calls the method itself, with the send's metadata, instead of letting the
 * container resolve those parameters through the producers of {@link RuntimeProducers}. The result is the same
 * ({@link DeliveryParameters} decides what they receive either way); the container's resolution of a
 * {@code @Dependent} producer's value for each parameter of each notification cost more than twice the rest of a
 * send (benchmarks/RESULTS.md, scenario 10).
 *
 * <p>The method is called on the bean's contextual instance, found as the container finds an observer's receiver:
 * through the bean's client proxy for a normal scope; for a {@code @Dependent} bean a new instance per notification,
 * destroyed after it; for a conditional observer ({@code notifyObserver = IF_EXISTS}) only an existing instance, in
 * the active context of the bean's scope. That instance
 * is the container's intercepted one, so robust dispatch still runs in {@link RobustDispatchInterceptor}: this is
 * used only for the observers the interceptor reaches.
 *
 * @param <T> the observed type
 */
final class DirectNotification<T> implements EventConsumer<T> {

    /** What the extension passes for each parameter. */
    enum Parameter {
        /** The observed event. */
        EVENT,
        /** The send's {@link EventsMetadata}. */
        METADATA,
        /** The send's {@link EventDelivery}. */
        DELIVERY
    }

    private final BeanManager beanManager;
    private final Bean<Object> bean;
    private final boolean dependent;
    private final boolean ifExists;
    private final boolean proxied;
    private volatile Object clientProxy;
    private final Method method;
    private final Parameter[] parameters;
    private final String observedType;
    private final DeliveryParameters deliveries;

    private DirectNotification(
            BeanManager beanManager,
            Bean<Object> bean,
            Reception reception,
            Method method,
            Parameter[] parameters,
            String observedType,
            DeliveryParameters deliveries) {
        this.beanManager = beanManager;
        this.bean = bean;
        this.dependent = bean.getScope() == Dependent.class;
        this.proxied = reception == Reception.ALWAYS && beanManager.isNormalScope(bean.getScope());
        this.ifExists = reception == Reception.IF_EXISTS;
        this.method = method;
        this.parameters = parameters;
        this.observedType = observedType;
        this.deliveries = deliveries;
    }

    /**
     * The direct notification of an observer method, when it can have one: its parameters other than the observed
     * one are all unqualified {@code EventsMetadata} or {@code EventDelivery}, its bean's class is one of its bean
     * types (not narrowed by {@code @Typed}), and the method can be called reflectively.
     *
     * @param <T> the observed type
     * @param beanManager the container
     * @param bean the bean declaring the observer method, or null when the container does not tell it
     * @param reception whether the observer is conditional
     * @param method the observer method
     * @param parameters what each parameter receives (see {@link #parameters}), or null when it cannot be
     *        notified directly
     * @param observedType the event type in its {@code @OpenEdxEvent}, or null when it has none
     * @param deliveries resolves the metadata parameters
     * @return the notification, or null when the container's own must be kept
     */
    @SuppressWarnings("unchecked")
    static <T> DirectNotification<T> of(
            BeanManager beanManager,
            Bean<?> bean,
            Reception reception,
            Method method,
            Parameter[] parameters,
            String observedType,
            DeliveryParameters deliveries) {
        if (parameters == null
                || bean == null
                || bean.getBeanClass() == null
                || !bean.getTypes().contains(bean.getBeanClass())
                || !method.getDeclaringClass().isAssignableFrom(bean.getBeanClass())
                || !method.trySetAccessible()) {
            return null;
        }
        return new DirectNotification<>(
                beanManager, (Bean<Object>) bean, reception, method, parameters, observedType, deliveries);
    }

    /**
     * What each parameter of an observer method receives, when it gains from a direct notification: it has more
     * parameters than the observed one, and every other one is an {@code EventsMetadata} or an
     * {@code EventDelivery} without a qualifier. Container-free.
     *
     * @param types the method's parameter types
     * @param eventParameter the position of the observed parameter
     * @param qualified per parameter, whether it has a qualifier other than {@code @Default} and {@code @Any}
     * @return one entry per parameter, or null when the container is to resolve them
     */
    static Parameter[] parameters(Type[] types, int eventParameter, boolean[] qualified) {
        if (types.length < 2) {
            return null;
        }
        Parameter[] parameters = new Parameter[types.length];
        for (int i = 0; i < types.length; i++) {
            if (i == eventParameter) {
                parameters[i] = Parameter.EVENT;
            } else if (qualified[i]) {
                return null;
            } else if (types[i] == EventsMetadata.class) {
                parameters[i] = Parameter.METADATA;
            } else if (types[i] == EventDelivery.class) {
                parameters[i] = Parameter.DELIVERY;
            } else {
                return null;
            }
        }
        return parameters;
    }

    @Override
    public void accept(EventContext<T> context) throws Exception {
        if (dependent) {
            CreationalContext<Object> creational = beanManager.createCreationalContext(bean);
            Object receiver = bean.create(creational);
            try {
                invoke(receiver, context);
            } finally {
                bean.destroy(receiver, creational);
            }
            return;
        }
        if (proxied) {
            invoke(clientProxy(), context);
            return;
        }
        Object receiver = existingReceiver();
        if (receiver == null) {
            if (ifExists) {
                return; // as the container: a conditional observer without an instance is not notified
            }
            receiver = beanManager.getContext(bean.getScope()).get(bean, beanManager.createCreationalContext(bean));
        }
        invoke(receiver, context);
    }

    /** The bean's instance in the active context of its scope, or null when there is none (or no active context). */
    @SuppressWarnings("unchecked")
    private Object existingReceiver() {
        Context scope;
        try {
            scope = beanManager.getContext(bean.getScope());
        } catch (ContextNotActiveException e) {
            if (ifExists) {
                return null;
            }
            throw e;
        }
        return scope.get((Contextual<Object>) bean);
    }

    /**
     * The bean's client proxy, made once: it finds the contextual instance for each call as the container's own
     * notification does (and as fast: Weld caches an application-scoped instance behind it).
     */
    private Object clientProxy() {
        Object proxy = clientProxy;
        if (proxy == null) {
            proxy = beanManager.getReference(bean, bean.getBeanClass(), beanManager.createCreationalContext(bean));
            clientProxy = proxy; // a race makes an equal one: harmless
        }
        return proxy;
    }

    private Object[] arguments(Object event, EventDelivery delivery) {
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = switch (parameters[i]) {
                case EVENT -> event;
                case METADATA -> delivery == null ? null : delivery.metadata();
                case DELIVERY -> delivery;
            };
        }
        return arguments;
    }

    /** Calls the method with the send's values; they are resolved only now, once the observer is notified. */
    private void invoke(Object receiver, EventContext<T> context) throws IllegalAccessException {
        Object[] arguments = arguments(context.getEvent(), deliveries.delivery(observedType));
        try {
            method.invoke(receiver, arguments);
        } catch (InvocationTargetException e) {
            // As the container does for an observer method: unchecked as thrown, checked in an ObserverException.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new ObserverException(cause);
        }
    }
}
