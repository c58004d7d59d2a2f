package org.openedx.events.cdi;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;

/**
 * The extension's beans: the sender, which is the {@link Dispatcher} itself, and the {@link EventsMetadata} and
 * {@link EventDelivery} parameters of observers the container resolves ({@link DeliveryParameters} decides what they
 * are; most observers that take them are called by {@link DirectNotification} instead).
 *
 * <p>A singleton, so that its state is made once and no instance is created per injected parameter. The class,
 * its constructor and its producer methods are package-private: the extension adds the class with
 * {@code addAnnotatedType}, and Weld instantiates it and calls its producers reflectively, whatever their
 * visibility (Weld 5.1 SE and WildFly 39 checked by the tests).
 */
@Singleton
class RuntimeProducers {

    private final BeanManager beanManager;
    private final Settings settings;
    private final RobustDispatch robustDispatch;
    private final MetadataFactory metadata;
    private final DeliveryParameters deliveries;

    @Inject
    RuntimeProducers(BeanManager beanManager) {
        OpenEdxEventsExtension extension = beanManager.getExtension(OpenEdxEventsExtension.class);
        this.beanManager = beanManager;
        this.settings = extension.settings();
        this.robustDispatch = extension.robustDispatch();
        this.metadata = extension.metadataFactory();
        this.deliveries = extension.deliveryParameters();
    }

    /**
     * The sender. Its bean types include the class {@link Dispatcher} on purpose: Weld's client proxy of a class
     * starts a new interception context around each call, so an observer that sends from inside an intercepted
     * observer of the same bean instance is intercepted (robust) too. A proxy of the interface alone does not, and
     * Weld then takes that nested notification for a self-invocation and skips the interceptor (Weld 5.1).
     */
    @Produces
    @ApplicationScoped
    Dispatcher sender(DeliveryBoundary boundary) {
        return new Dispatcher(
                settings,
                metadata,
                beanManager
                        .getExtension(OpenEdxEventsExtension.class)
                        .payloadValidation()
                        .validator(this::containerValidator),
                new CdiEventFiring(beanManager, boundary),
                asyncExecutor());
    }

    @Produces
    @Dependent
    EventDelivery delivery(InjectionPoint injectionPoint) {
        return deliveries.delivery(observedType(injectionPoint));
    }

    @Produces
    @Dependent
    EventsMetadata metadata(InjectionPoint injectionPoint) {
        EventDelivery delivery = delivery(injectionPoint);
        return delivery == null ? null : delivery.metadata();
    }

    private String observedType(InjectionPoint injectionPoint) {
        if (injectionPoint != null && injectionPoint.getMember() instanceof Method method) {
            RobustObserver observer = robustDispatch.observer(method);
            return observer == null ? null : observer.eventType();
        }
        return null;
    }

    private Object containerValidator() {
        var validators = beanManager.createInstance().select(jakarta.validation.Validator.class);
        return validators.isResolvable() ? validators.get() : null;
    }

    /** The server's managed executor when there is one (so that notifications run in a managed thread). */
    private static Executor asyncExecutor() {
        try {
            Object executor = new javax.naming.InitialContext().lookup("java:comp/DefaultManagedExecutorService");
            if (executor instanceof Executor managed) {
                return managed;
            }
        } catch (javax.naming.NamingException | RuntimeException | LinkageError e) {
            // Not in a Jakarta EE server: use the common pool, as Weld SE does.
        }
        return ForkJoinPool.commonPool();
    }
}
