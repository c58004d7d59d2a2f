package org.openedx.events.cdi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import jakarta.enterprise.inject.spi.ProcessSyntheticObserverMethod;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.enterprise.inject.spi.configurator.ObserverMethodConfigurator.EventConsumer;
import jakarta.interceptor.Interceptor;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * The portable CDI extension for Open edX events. Registered through {@code META-INF/services}; applications need
 * no {@code beans.xml} entry for it.
 *
 * <p>At deployment it registers the sender ({@link org.openedx.events.OpenEdxEvents}), the metadata producers and
 * the robust-dispatch interceptor, and puts every observer that can receive Open edX events under robust dispatch:
 * the interceptor is bound to those it can reach, and the notification of the others (static, private or final
 * methods, methods of final classes, synthetic observers of other extensions) is wrapped, to the same effect.
 * Observers of the after-completion phases are re-registered so that they keep their send's metadata
 * ({@link TransactionalNotifications}). An observer whose notification changes is registered again as a
 * {@link ReplacedObserverMethod}. It checks every {@code @OpenEdxEvent} observer and reports all problems at
 * once as definition errors with stable codes: an unknown event type (OXE4001), a payload type the event cannot be
 * assigned to (OXE4002). It sets payload validation up, warning when Bean Validation is on but cannot run
 * ({@link PayloadValidation}: OXE5002, OXE5003, OXE5004).
 *
 * <p>The phases only collect and route: the rules and the bookkeeping of deployment live in
 * {@link ObserverDeployment}, dropped once the deployment is validated; the runtime in {@link RobustDispatch},
 * {@link TransactionalNotifications} and the beans of {@link RuntimeProducers}.
 */
public class OpenEdxEventsExtension implements Extension {

    // Runtime state, read by the extension's beans through the package-private accessors.
    private Settings settings;
    private RobustDispatch robustDispatch;
    private TransactionalNotifications transactional;
    private PayloadValidation payloadValidation;
    private MetadataFactory metadataFactory;
    private DeliveryParameters deliveryParameters;
    // Deployment state, dropped after AfterDeploymentValidation.
    private ObserverDeployment deployment;

    /**
     * The extension is created by the container (through {@code META-INF/services}) or passed to it, e.g. to
     * {@code Weld.addExtension} when discovery is off.
     */
    public OpenEdxEventsExtension() {}

    void registerBeans(@Observes BeforeBeanDiscovery discovery, BeanManager beanManager) {
        settings = Settings.load();
        robustDispatch = new RobustDispatch();
        metadataFactory = new MetadataFactory(settings, new TimeBasedUuids(), Clock.systemUTC());
        deliveryParameters = new DeliveryParameters(metadataFactory);
        transactional = TransactionalNotifications.inContainer(beanManager);
        deployment = new ObserverDeployment(OpenEdxPublicSignal.allEvents());
        discovery.addAnnotatedType(
                beanManager.createAnnotatedType(RuntimeProducers.class), RuntimeProducers.class.getName());
        discovery.addAnnotatedType(
                beanManager.createAnnotatedType(DeliveryBoundary.class), DeliveryBoundary.class.getName());
        discovery.addAnnotatedType(
                beanManager.createAnnotatedType(RobustDispatchInterceptor.class),
                RobustDispatchInterceptor.class.getName());
    }

    <T> void bindInterceptor(
            @Observes @WithAnnotations({Observes.class, ObservesAsync.class}) ProcessAnnotatedType<T> type,
            BeanManager beanManager) {
        Class<T> beanClass = type.getAnnotatedType().getJavaClass();
        type.configureAnnotatedType()
                .filterMethods(method -> observe(beanClass, method, beanManager))
                .forEach(method -> method.add(RobustDispatchBinding.Literal.INSTANCE));
    }

    /** Records an observer of Open edX events; true when the interceptor can reach it. */
    private boolean observe(Class<?> beanClass, AnnotatedMethod<?> method, BeanManager beanManager) {
        for (AnnotatedParameter<?> parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(Observes.class) || parameter.isAnnotationPresent(ObservesAsync.class)) {
                OpenEdxEvent qualifier = parameter.getAnnotation(OpenEdxEvent.class);
                return deployment.observe(
                        beanClass,
                        method.getJavaMember(),
                        parameter.getPosition(),
                        qualifier == null ? null : qualifier.value(),
                        unqualified(parameter, beanManager),
                        parameter.getBaseType());
            }
        }
        return false;
    }

    private static boolean unqualified(AnnotatedParameter<?> parameter, BeanManager beanManager) {
        for (Annotation annotation : parameter.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (beanManager.isQualifier(type) && type != Any.class) {
                return false;
            }
        }
        return true;
    }

    <T, X> void routeObserver(@Observes ProcessObserverMethod<T, X> event, BeanManager beanManager) {
        ObserverMethod<T> observer = event.getObserverMethod();
        String eventType = ObserverRules.eventType(observer.getObservedQualifiers());
        if (event instanceof ProcessSyntheticObserverMethod<T, X>) {
            deployment
                    .syntheticObserver(observer.getBeanClass(), eventType, observer.getObservedType())
                    .ifPresent(robust -> route(event, robust, robustDispatch.wrap(robust, observer::notify), true));
            return;
        }
        AnnotatedMethod<X> method = event.getAnnotatedMethod();
        deployment
                .beanObserver(method.getJavaMember(), eventType, observer.getObservedType())
                .ifPresent(robust -> {
                    if (!method.isAnnotationPresent(RobustDispatchBinding.class)) {
                        route(event, robust, robustDispatch.wrap(robust, observer::notify), true);
                        return;
                    }
                    DirectNotification<T> direct = directNotification(observer, method, robust, beanManager);
                    route(event, robust, direct == null ? observer::notify : direct, direct != null);
                });
    }

    /**
     * Gives an observer its notification: an intercepted one keeps the container's, or gets a
     * {@link DirectNotification}; any other robust observer gets the container's wrapped. Observers of the
     * after-completion phases become in-progress ones that defer their notification, keeping their send.
     */
    private <T, X> void route(
            ProcessObserverMethod<T, X> event, RobustObserver observer, EventConsumer<T> notify, boolean replaced) {
        ObserverMethod<T> original = event.getObserverMethod();
        TransactionPhase phase = original.getTransactionPhase();
        boolean callsOriginal = !(notify instanceof DirectNotification);
        if (TransactionalNotifications.handles(phase)) {
            event.setObserverMethod(ReplacedObserverMethod.of(
                    original,
                    TransactionPhase.IN_PROGRESS,
                    transactional.notification(phase, observer, notify),
                    callsOriginal));
        } else if (replaced) {
            event.setObserverMethod(ReplacedObserverMethod.of(original, phase, notify, callsOriginal));
        }
    }

    /** The direct notification of an intercepted observer method that takes the send's metadata, or null. */
    private <T, X> DirectNotification<T> directNotification(
            ObserverMethod<T> observer, AnnotatedMethod<X> method, RobustObserver robust, BeanManager beanManager) {
        List<AnnotatedParameter<X>> parameters = method.getParameters();
        Type[] types = new Type[parameters.size()];
        boolean[] qualified = new boolean[parameters.size()];
        for (AnnotatedParameter<X> parameter : parameters) {
            types[parameter.getPosition()] = parameter.getBaseType();
            qualified[parameter.getPosition()] = !unqualified(parameter, beanManager);
        }
        return DirectNotification.of(
                beanManager,
                observer.getDeclaringBean(),
                observer.getReception(),
                method.getJavaMember(),
                DirectNotification.parameters(types, robust.eventParameter(), qualified),
                robust.eventType(),
                deliveryParameters);
    }

    void reportProblems(@Observes AfterBeanDiscovery discovery) {
        robustDispatch.index(deployment.observers());
        for (String problem : deployment.problems()) {
            discovery.addDefinitionError(new DefinitionException(problem));
        }
    }

    /** Early among the observers of this phase: other extensions' may already make the sender. */
    void setUpPayloadValidation(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) AfterDeploymentValidation validation,
            BeanManager beanManager) {
        payloadValidation = PayloadValidation.atDeployment(settings.beanValidation(), beanManager);
    }

    void dropDeploymentState(@Observes AfterDeploymentValidation validation) {
        deployment = null;
    }

    /** {@return the settings read when the container started} */
    Settings settings() {
        return settings;
    }

    /** {@return payload validation as deployment set it up} */
    PayloadValidation payloadValidation() {
        return payloadValidation;
    }

    /** {@return the sender's metadata factory} */
    MetadataFactory metadataFactory() {
        return metadataFactory;
    }

    /** {@return what observers' metadata parameters receive} */
    DeliveryParameters deliveryParameters() {
        return deliveryParameters;
    }

    /** {@return robust dispatch, with every bean observer of Open edX events found at deployment} */
    RobustDispatch robustDispatch() {
        return robustDispatch;
    }
}
