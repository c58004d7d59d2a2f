package org.openedx.events.cdi;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.ObserverException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import jakarta.enterprise.inject.spi.ProcessSyntheticObserverMethod;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.enterprise.inject.spi.configurator.ObserverMethodConfigurator.EventConsumer;

import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * The portable CDI extension for Open edX events. Registered through {@code META-INF/services}; applications need
 * no {@code beans.xml} entry for it.
 *
 * <p>At deployment it registers the sender ({@link org.openedx.events.OpenEdxEvents}), the metadata producers and
 * the robust-dispatch interceptor; binds that interceptor to every observer that can receive Open edX events; and
 * checks every {@code @OpenEdxEvent} observer, reporting all problems at once as definition errors with stable
 * codes: an unknown event type (OXE4001), a payload type the event cannot be assigned to (OXE4002), a method the
 * interceptor cannot guard (OXE4003). Guarded observers of the after-completion phases are re-registered so that
 * they keep their send's metadata ({@link TransactionalNotifications}).
 *
 * <p>The phases only collect and route; the rules live in {@link ObserverRules}.
 */
public class OpenEdxEventsExtension implements Extension {

    private static final Logger LOG = System.getLogger("org.openedx.events");

    private final Map<Method, GuardedObserver> guarded = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private List<OpenEdxPublicSignal<?>> signals;
    private Settings settings;
    private ObserverGuard guard;
    private TransactionalNotifications transactional;

    void registerBeans(@Observes BeforeBeanDiscovery discovery, BeanManager beanManager) {
        signals = OpenEdxPublicSignal.allEvents();
        settings = Settings.load();
        transactional = TransactionalNotifications.inContainer(beanManager);
        discovery.addAnnotatedType(beanManager.createAnnotatedType(RuntimeProducers.class),
                RuntimeProducers.class.getName());
        discovery.addAnnotatedType(beanManager.createAnnotatedType(GuardInterceptor.class),
                GuardInterceptor.class.getName());
    }

    <T> void guardObservers(@Observes @WithAnnotations({Observes.class, ObservesAsync.class})
            ProcessAnnotatedType<T> type, BeanManager beanManager) {
        Class<T> beanClass = type.getAnnotatedType().getJavaClass();
        type.configureAnnotatedType()
                .filterMethods(method -> shouldGuard(beanClass, method, beanManager))
                .forEach(method -> method.add(Guarded.Literal.INSTANCE));
    }

    /** Records the observer for the guard when it receives Open edX events and the interceptor can wrap it. */
    private boolean shouldGuard(Class<?> beanClass, AnnotatedMethod<?> method, BeanManager beanManager) {
        Optional<AnnotatedParameter<?>> event = eventParameter(method);
        if (event.isEmpty()) {
            return false;
        }
        AnnotatedParameter<?> parameter = event.get();
        OpenEdxEvent qualifier = parameter.getAnnotation(OpenEdxEvent.class);
        if (qualifier == null && !receivesOpenEdxEvents(parameter, beanManager)) {
            return false;
        }
        Method javaMethod = method.getJavaMember();
        Optional<String> reason = ObserverRules.unguardableReason(javaMethod, beanClass);
        String receiver = ObserverRules.receiverName(javaMethod.getDeclaringClass(), javaMethod);
        if (reason.isPresent()) {
            if (qualifier == null) {
                LOG.log(Level.WARNING, OpenEdxError.WILDCARD_OBSERVER_UNGUARDED.format(receiver, reason.get()));
            }
            // A qualified one is reported as a definition error when its observer method is processed.
            return false;
        }
        guarded.put(javaMethod, new GuardedObserver(receiver, qualifier == null ? null : qualifier.value(),
                parameter.getPosition()));
        return true;
    }

    /** An observer without qualifiers (other than {@code @Any}) whose type fits a payload gets Open edX events. */
    private boolean receivesOpenEdxEvents(AnnotatedParameter<?> parameter, BeanManager beanManager) {
        for (Annotation annotation : parameter.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (beanManager.isQualifier(type) && type != jakarta.enterprise.inject.Any.class) {
                return false;
            }
        }
        return ObserverRules.acceptsAny(parameter.getBaseType(), signals);
    }

    private static Optional<AnnotatedParameter<?>> eventParameter(AnnotatedMethod<?> method) {
        for (AnnotatedParameter<?> parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(Observes.class) || parameter.isAnnotationPresent(ObservesAsync.class)) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }

    <T, X> void processObserver(@Observes ProcessObserverMethod<T, X> event) {
        ObserverMethod<T> observer = event.getObserverMethod();
        Optional<String> eventType = observer.getObservedQualifiers().stream()
                .filter(OpenEdxEvent.class::isInstance)
                .map(q -> ((OpenEdxEvent) q).value())
                .findFirst();
        if (event instanceof ProcessSyntheticObserverMethod<T, X> synthetic) {
            eventType.ifPresent(type -> guardSynthetic(synthetic, type));
            return;
        }
        Method javaMethod = event.getAnnotatedMethod().getJavaMember();
        if (eventType.isPresent()) {
            String receiver = ObserverRules.receiverName(javaMethod.getDeclaringClass(), javaMethod);
            ObserverRules.problem(receiver, eventType.get(), observer.getObservedType()).ifPresent(problems::add);
            ObserverRules.unguardableReason(javaMethod, observer.getBeanClass())
                    .ifPresent(reason -> problems.add(OpenEdxError.OBSERVER_UNGUARDABLE.format(receiver, reason)));
        }
        GuardedObserver guardedObserver = guarded.get(javaMethod);
        if (guardedObserver != null && TransactionalNotifications.handles(observer.getTransactionPhase())) {
            event.configureObserverMethod()
                    .transactionPhase(TransactionPhase.IN_PROGRESS)
                    .notifyWith(transactional.notification(observer.getTransactionPhase(), guardedObserver,
                            observer::notify));
        }
    }

    /**
     * Synthetic observers have no bean method to intercept: wrap their notification instead (and defer it, for the
     * after-completion phases, keeping the send's delivery).
     */
    private <T, X> void guardSynthetic(ProcessSyntheticObserverMethod<T, X> event, String eventType) {
        ObserverMethod<T> original = event.getObserverMethod();
        String receiver = original.getBeanClass().getName() + "#<synthetic observer>";
        ObserverRules.problem(receiver, eventType, original.getObservedType()).ifPresent(problems::add);
        GuardedObserver observer = new GuardedObserver(receiver, eventType, 0);
        EventConsumer<T> guarded = context -> {
            try {
                guard.invoke(observer, context.getEvent(), () -> notifyUnwrapped(original, context));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new ObserverException(e);
            }
        };
        TransactionPhase phase = original.getTransactionPhase();
        if (TransactionalNotifications.handles(phase)) {
            event.configureObserverMethod()
                    .transactionPhase(TransactionPhase.IN_PROGRESS)
                    .notifyWith(transactional.notification(phase, observer, guarded));
        } else {
            event.configureObserverMethod().notifyWith(guarded);
        }
    }

    /** Weld wraps whatever a synthetic observer throws in an ObserverException: report the observer's own. */
    private static <T> Object notifyUnwrapped(ObserverMethod<T> observer, EventContext<T> context) throws Exception {
        try {
            observer.notify(context);
            return null;
        } catch (ObserverException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    void reportProblems(@Observes AfterBeanDiscovery discovery) {
        guard = new ObserverGuard(guarded);
        for (String problem : problems) {
            discovery.addDefinitionError(new DefinitionException(problem));
        }
        problems.clear();
    }

    /**
     * The settings read when the container started.
     *
     * @return the settings
     */
    Settings settings() {
        return settings;
    }

    /**
     * The guard of every observer found at deployment.
     *
     * @return the guard
     */
    ObserverGuard guard() {
        return guard;
    }
}
