package org.openedx.events.cdi;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.ObserverException;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.configurator.ObserverMethodConfigurator.EventConsumer;

import org.openedx.events.OpenEdxError;
import org.openedx.events.instrumentation.EventsInstrumentation;

/**
 * Transactional observers of Open edX events ({@code during = AFTER_SUCCESS}, {@code AFTER_FAILURE} or
 * {@code AFTER_COMPLETION}) that still know which send they belong to.
 *
 * <p>When the container defers such an observer itself, the send has long returned by the time the transaction
 * completes: its {@link DispatchFrame} is gone, and the observer would get fresh metadata. So the extension
 * registers these observers as in-progress ones whose notification, at send time, remembers the send's frame and
 * defers the real notification to the transaction's completion (through {@link TransactionCompletion}), binding a
 * frame with the same delivery around it. The observer then gets its send's {@code EventsMetadata} and
 * {@code EventDelivery} (including {@code fromEventBus}), is under robust dispatch as in its send, and its failure
 * is logged, never thrown into the transaction manager. With no transaction active it runs at once, inside the
 * send, as CDI requires.
 *
 * <p>Every robust observer of these phases is handled the same way, whether the interceptor reaches it or its
 * notification is wrapped: static, private and final methods too, and the synthetic observers of other extensions
 * (such as the event-bus producer), whose notification can then ask for the send's {@code EventDelivery}.
 *
 * <p>{@code BEFORE_COMPLETION} observers are left to the container: they must run before the persistence context is
 * flushed, which only the container can order.
 */
final class TransactionalNotifications {

    private static final Logger LOG = System.getLogger("org.openedx.events");

    private final Supplier<TransactionCompletion> lookup;
    private final Consumer<Runnable> inRequestContext;
    private volatile TransactionCompletion completion;

    /**
     * Creates the notifications.
     *
     * @param lookup finds the transaction completion of the calling application; may return null when it cannot
     *        be found from the calling thread, to be asked again later
     * @param inRequestContext runs a deferred notification with a request context active
     */
    TransactionalNotifications(Supplier<TransactionCompletion> lookup, Consumer<Runnable> inRequestContext) {
        this.lookup = lookup;
        this.inRequestContext = inRequestContext;
    }

    /**
     * The notifications of a container: deferred through the server's JTA registry (none without JTA), each run
     * with a request context active, since a deferred notification may run where no request is (a transaction
     * timed out by the transaction reaper).
     *
     * @param beanManager the container
     * @return the notifications
     */
    static TransactionalNotifications inContainer(BeanManager beanManager) {
        RequestContexts requests = new RequestContexts(beanManager);
        return new TransactionalNotifications(jtaLookup(), requests::run);
    }

    /** Runs notifications with a request context active; resolves its controller on first use (at run time). */
    private static final class RequestContexts {

        private final BeanManager beanManager;
        private volatile Instance<RequestContextController> controllers;

        RequestContexts(BeanManager beanManager) {
            this.beanManager = beanManager;
        }

        void run(Runnable notification) {
            Instance<RequestContextController> instance = controllers;
            if (instance == null) {
                instance = beanManager.createInstance().select(RequestContextController.class);
                controllers = instance;
            }
            RequestContextController controller = instance.get();
            boolean activated = controller.activate();
            try {
                notification.run();
            } finally {
                if (activated) {
                    controller.deactivate();
                }
                instance.destroy(controller);
            }
        }
    }

    /**
     * The lookup of a Jakarta EE server: the JTA registry in JNDI, or none when the JTA API is absent.
     *
     * @return the lookup
     */
    static Supplier<TransactionCompletion> jtaLookup() {
        return () -> {
            try {
                return JtaTransactionCompletion.lookup();
            } catch (LinkageError e) {
                return TransactionCompletion.NONE;
            }
        };
    }

    /**
     * Whether observers of a phase are handled here rather than by the container.
     *
     * @param phase an observer's transaction phase
     * @return true for the three after-completion phases
     */
    static boolean handles(TransactionPhase phase) {
        return phase == TransactionPhase.AFTER_COMPLETION
                || phase == TransactionPhase.AFTER_SUCCESS
                || phase == TransactionPhase.AFTER_FAILURE;
    }

    /**
     * The notification to register, as an in-progress observer, in place of a transactional one.
     *
     * @param <T> the observed type
     * @param phase the observer's transaction phase, one that {@link #handles} this
     * @param observer the observer
     * @param notify notifies the observer under robust dispatch: for an intercepted bean observer, the container's
     *        observer method, whose interceptors run; for any other, its wrapped notification
     * @return the replacement notification
     */
    <T> EventConsumer<T> notification(TransactionPhase phase, RobustObserver observer, EventConsumer<T> notify) {
        return context -> {
            DispatchFrame frame = DispatchFrame.current();
            DispatchFrame own =
                    frame != null && frame.delivers(context.getEvent(), observer.eventType()) ? frame : null;
            if (!completion()
                    .defer(
                            phase,
                            EventsInstrumentation.get()
                                    .wrap(() -> inRequestContext.accept(
                                            () -> notifyLater(notify, observer, context, own))))) {
                notify.accept(context);
            }
        };
    }

    private static <T> void notifyLater(
            EventConsumer<T> notify, RobustObserver observer, EventContext<T> context, DispatchFrame send) {
        DispatchFrame previous = DispatchFrame.bind(send == null ? null : send.again());
        try {
            notify.accept(context);
        } catch (Exception e) {
            Throwable cause = e instanceof ObserverException && e.getCause() != null ? e.getCause() : e;
            String eventType = send == null
                    ? observer.eventType()
                    : send.delivery().signal().eventType();
            String id = send == null
                    ? "none: fired with Event.fire"
                    : send.delivery().metadata().id().toString();
            LOG.log(
                    Level.WARNING,
                    () -> OpenEdxError.TRANSACTIONAL_RECEIVER_FAILED.format(observer.receiver(), eventType, id, cause),
                    cause);
        } finally {
            DispatchFrame.bind(previous);
        }
    }

    private TransactionCompletion completion() {
        TransactionCompletion found = completion;
        if (found == null) {
            found = lookup.get();
            if (found == null) {
                return TransactionCompletion.NONE;
            }
            completion = found;
        }
        return found;
    }
}
