package org.openedx.events.cdi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

import jakarta.enterprise.event.ObserverException;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.configurator.ObserverMethodConfigurator.EventConsumer;

/**
 * An observer method whose notification the extension replaced: the container's observer, with the same bean
 * class, observed type, qualifiers, reception, priority and asynchrony, notified through the extension's
 * {@link EventConsumer} (a robust wrapper, a {@link DirectNotification} or a deferred transactional one).
 *
 * <p>It is what {@code configureObserverMethod().notifyWith(...)} would make, with one difference that matters for
 * speed: the container may be told whether the notification reads the CDI {@code EventMetadata} of the fire. On Weld
 * (SE, WildFly, Payara) an observer an extension configured is taken to read it, so every fire that reaches one
 * pushes that metadata on a per-thread stack and pops it afterwards, about 80 ns and 170 bytes per send
 * (benchmarks/RESULTS.md, scenario 10). A {@link DirectNotification} never reads it, and a notification that calls the
 * container's own observer reads it only when that observer does; {@link WeldObserverMethods} tells Weld so when
 * Weld's interface for it is visible. Elsewhere this portable class is used, and the container decides as before.
 *
 * <p>As the configured observer does, it throws any exception of its notification in an {@link ObserverException}.
 *
 * @param <T> the observed type
 */
class ReplacedObserverMethod<T> implements ObserverMethod<T> {

    private static final boolean WELD = WeldObserverMethods.visible(ReplacedObserverMethod.class.getClassLoader());

    private final Class<?> beanClass;
    private final Type observedType;
    private final Set<Annotation> observedQualifiers;
    private final Reception reception;
    private final TransactionPhase transactionPhase;
    private final int priority;
    private final boolean async;
    private final EventConsumer<T> notification;

    ReplacedObserverMethod(
            ObserverMethod<T> original, TransactionPhase transactionPhase, EventConsumer<T> notification) {
        this.beanClass = original.getBeanClass();
        this.observedType = original.getObservedType();
        this.observedQualifiers = Set.copyOf(original.getObservedQualifiers());
        this.reception = original.getReception();
        this.transactionPhase = transactionPhase;
        this.priority = original.getPriority();
        this.async = original.isAsync();
        this.notification = notification;
    }

    /**
     * The observer to register in place of one the container made.
     *
     * @param <T> the observed type
     * @param original the container's observer
     * @param transactionPhase the phase it is to be notified in
     * @param notification what notifies it
     * @param callsOriginal whether {@code notification} calls {@code original}'s own notification (which may read
     *        the fire's CDI {@code EventMetadata}); false when it calls the observer method itself
     * @return the replacement
     */
    static <T> ObserverMethod<T> of(
            ObserverMethod<T> original,
            TransactionPhase transactionPhase,
            EventConsumer<T> notification,
            boolean callsOriginal) {
        if (WELD) {
            return WeldObserverMethods.replacement(original, transactionPhase, notification, callsOriginal);
        }
        return new ReplacedObserverMethod<>(original, transactionPhase, notification);
    }

    @Override
    public void notify(EventContext<T> context) {
        try {
            notification.accept(context);
        } catch (Exception e) {
            throw new ObserverException(e);
        }
    }

    @Override
    public Class<?> getBeanClass() {
        return beanClass;
    }

    @Override
    public Type getObservedType() {
        return observedType;
    }

    @Override
    public Set<Annotation> getObservedQualifiers() {
        return observedQualifiers;
    }

    @Override
    public Reception getReception() {
        return reception;
    }

    @Override
    public TransactionPhase getTransactionPhase() {
        return transactionPhase;
    }

    @Override
    public int getPriority() {
        return priority;
    }

    @Override
    public boolean isAsync() {
        return async;
    }

    @Override
    public String toString() {
        return "Observer of " + observedType.getTypeName() + " " + observedQualifiers + " in " + beanClass.getName()
                + (transactionPhase == TransactionPhase.IN_PROGRESS ? "" : " (" + transactionPhase + ")");
    }
}
