package org.openedx.events.cdi;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.SendOptions;
import org.openedx.events.SendResult;

/**
 * The {@link OpenEdxEvents} bean: a CDI face on the container-free {@link Dispatcher}.
 */
@ApplicationScoped
public class OpenEdxEventsBean implements OpenEdxEvents {

    private BeanManager beanManager;
    private Dispatcher dispatcher;
    private ObserverGuard guard;

    /** For the container's client proxy. */
    protected OpenEdxEventsBean() {
    }

    /**
     * Creates the bean.
     *
     * @param beanManager the container
     */
    @Inject
    public OpenEdxEventsBean(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @PostConstruct
    void start() {
        OpenEdxEventsExtension extension = beanManager.getExtension(OpenEdxEventsExtension.class);
        Settings settings = extension.settings();
        guard = extension.guard();
        dispatcher = new Dispatcher(settings,
                new MetadataFactory(settings, new TimeBasedUuids(), Clock.systemUTC()),
                payloadValidator(settings),
                new CdiEventFiring(beanManager),
                asyncExecutor());
    }

    private PayloadValidator payloadValidator(Settings settings) {
        try {
            return BeanValidationPayloads.create(settings.beanValidation(), this::containerValidator);
        } catch (LinkageError e) {
            // The Bean Validation API itself is absent.
            return PayloadValidator.NONE;
        }
    }

    ObserverGuard guard() {
        return guard;
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

    @Override
    public <T> SendResult send(OpenEdxPublicSignal<T> signal, T data) {
        return dispatcher.send(signal, data);
    }

    @Override
    public <T> SendResult send(OpenEdxPublicSignal<T> signal, T data, SendOptions options) {
        return dispatcher.send(signal, data, options);
    }

    @Override
    public SendResult send(String eventType, Map<String, ?> data) {
        return dispatcher.send(eventType, data);
    }

    @Override
    public <T> SendResult sendWithCustomMetadata(EventsMetadata metadata, OpenEdxPublicSignal<T> signal, T data) {
        return dispatcher.sendWithCustomMetadata(metadata, signal, data);
    }

    @Override
    public <T> SendResult sendWithCustomMetadata(EventsMetadata metadata, OpenEdxPublicSignal<T> signal, T data,
            boolean robust) {
        return dispatcher.sendWithCustomMetadata(metadata, signal, data, robust);
    }

    @Override
    public <T> CompletionStage<SendResult> sendAsync(OpenEdxPublicSignal<T> signal, T data) {
        return dispatcher.sendAsync(signal, data);
    }

    @Override
    public <T> CompletionStage<SendResult> sendAsync(OpenEdxPublicSignal<T> signal, T data, SendOptions options) {
        return dispatcher.sendAsync(signal, data, options);
    }

    @Override
    public EventsMetadata generateSignalMetadata(OpenEdxPublicSignal<?> signal) {
        return dispatcher.generateSignalMetadata(signal);
    }

    @Override
    public EventsMetadata generateSignalMetadata(OpenEdxPublicSignal<?> signal, OffsetDateTime time) {
        return dispatcher.generateSignalMetadata(signal, time);
    }

    @Override
    public void enable(OpenEdxPublicSignal<?> signal) {
        dispatcher.enable(signal);
    }

    @Override
    public void disable(OpenEdxPublicSignal<?> signal) {
        dispatcher.disable(signal);
    }

    @Override
    public boolean isEnabled(OpenEdxPublicSignal<?> signal) {
        return dispatcher.isEnabled(signal);
    }

    @Override
    public void allowSendEventFailure(OpenEdxPublicSignal<?> signal) {
        dispatcher.allowSendEventFailure(signal);
    }

    @Override
    public boolean isSendEventFailureAllowed(OpenEdxPublicSignal<?> signal) {
        return dispatcher.isSendEventFailureAllowed(signal);
    }

    @Override
    public void resetSendEventFailure(OpenEdxPublicSignal<?> signal) {
        dispatcher.resetSendEventFailure(signal);
    }
}
