package org.openedx.events.cdi;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendOptions;
import org.openedx.events.SendResult;
import org.openedx.events.SenderValidationException;
import org.openedx.events.instrumentation.EventsInstrumentation;
import org.openedx.events.instrumentation.Observation;

/**
 * Everything a send does, in upstream's order: metadata, the enabled switch, validation, delivery inside a
 * {@link DispatchFrame}, and the result. Container-free: delivery goes through {@link EventFiring}.
 *
 * <p>In a container it is the {@link OpenEdxEvents} bean itself ({@link RuntimeProducers#sender()}), behind a
 * client proxy of this class; hence not final, and the constructor for the proxy.
 */
class Dispatcher implements OpenEdxEvents {

    private static final Logger LOG = System.getLogger("org.openedx.events");

    private final Settings settings;
    private final MetadataFactory metadata;
    private final PayloadValidator validator;
    private final EventFiring firing;
    private final Executor asyncExecutor;
    private final SignalSwitches switches = new SignalSwitches();
    private final EventsInstrumentation instrumentation = EventsInstrumentation.get();
    // How many observers responded to the last synchronous send: the next frame's list starts that large. Read and
    // written without synchronization on purpose; a stale value only costs a list that grows.
    private int lastResponses = 1;

    /** For the container's client proxy, which forwards every call to the real instance. */
    Dispatcher() {
        this(null, null, null, null, null);
    }

    /**
     * Creates the dispatcher.
     *
     * @param settings the settings (debug mode)
     * @param metadata makes metadata
     * @param validator validates payloads
     * @param firing delivers to observers
     * @param asyncExecutor runs asynchronous notifications
     */
    Dispatcher(
            Settings settings,
            MetadataFactory metadata,
            PayloadValidator validator,
            EventFiring firing,
            Executor asyncExecutor) {
        this.settings = settings;
        this.metadata = metadata;
        this.validator = validator;
        this.firing = firing;
        this.asyncExecutor = asyncExecutor;
    }

    @Override
    public <T> SendResult send(OpenEdxPublicSignal<T> signal, T data) {
        return send(signal, data, SendOptions.defaults());
    }

    @Override
    public <T> SendResult send(OpenEdxPublicSignal<T> signal, T data, SendOptions options) {
        options = options == null ? SendOptions.defaults() : options;
        EventsMetadata md = metadata.create(require(signal), options.time());
        if (!switches.isEnabled(signal)) {
            return SendResult.notSent(md);
        }
        validate(signal, data);
        return deliver(frame(signal, md, false, data, robust(signal, options.robust())));
    }

    @Override
    public SendResult send(String eventType, Map<String, ?> data) {
        OpenEdxPublicSignal<?> signal = OpenEdxPublicSignal.getSignalByType(eventType);
        EventsMetadata md = metadata.create(signal, null);
        if (!switches.isEnabled(signal)) {
            return SendResult.notSent(md);
        }
        if (data == null || data.size() != 1) {
            throw new SenderValidationException(eventType, OpenEdxError.SEND_ARGUMENT_COUNT);
        }
        Object payload = data.get(signal.dataKey());
        validate(signal, payload);
        return deliver(frame(signal, md, false, payload, robust(signal, true)));
    }

    @Override
    public <T> SendResult sendWithCustomMetadata(EventsMetadata metadata, OpenEdxPublicSignal<T> signal, T data) {
        return sendWithCustomMetadata(metadata, signal, data, true);
    }

    @Override
    public <T> SendResult sendWithCustomMetadata(
            EventsMetadata metadata, OpenEdxPublicSignal<T> signal, T data, boolean robust) {
        require(signal);
        if (metadata == null) {
            throw new SenderValidationException(signal.eventType(), OpenEdxError.METADATA_MISSING_FIELD, "metadata");
        }
        if (!metadata.eventType().equals(signal.eventType())) {
            throw new SenderValidationException(
                    signal.eventType(), OpenEdxError.SEND_METADATA_MISMATCH, metadata.eventType(), signal.eventType());
        }
        if (!switches.isEnabled(signal)) {
            return SendResult.notSent(metadata);
        }
        validate(signal, data);
        return deliver(frame(signal, metadata, true, data, robust(signal, robust)));
    }

    @Override
    public <T> CompletionStage<SendResult> sendAsync(OpenEdxPublicSignal<T> signal, T data) {
        return sendAsync(signal, data, SendOptions.defaults());
    }

    @Override
    public <T> CompletionStage<SendResult> sendAsync(OpenEdxPublicSignal<T> signal, T data, SendOptions options) {
        options = options == null ? SendOptions.defaults() : options;
        EventsMetadata md = metadata.create(require(signal), options.time());
        if (!switches.isEnabled(signal)) {
            return CompletableFuture.completedFuture(SendResult.notSent(md));
        }
        validate(signal, data);
        DispatchFrame frame = DispatchFrame.shared(signal, md, data, robust(signal, options.robust()));
        // Each notification runs in the caller's trace context, so that its observer's span joins the caller's trace.
        Executor bound = task -> asyncExecutor.execute(instrumentation.wrap(() -> {
            DispatchFrame previous = DispatchFrame.bind(frame);
            try {
                task.run();
            } finally {
                DispatchFrame.bind(previous);
            }
        }));
        // The send's span is current while the notifications are handed to the executor, so that the observers'
        // spans are its children; it ends when the last observer has run, on whichever thread that is.
        Observation observation = instrumentation == EventsInstrumentation.NOOP
                ? Observation.NONE
                : instrumentation.startSend(frame.sendInfo());
        CompletionStage<?> fired;
        try {
            fired = firing.fireAsync(signal, data, bound);
        } catch (RuntimeException | Error e) {
            observation.failed(e);
            observation.close();
            throw e;
        }
        observation.detach();
        return fired.handle((ignored, failure) -> {
            if (failure != null) {
                Throwable cause = frame.abortCause();
                observation.failed(cause != null ? cause : failure);
                observation.close();
                throw failure instanceof CompletionException && cause == null
                        ? (CompletionException) failure
                        : new CompletionException(cause != null ? cause : failure);
            }
            SendResult result = result(frame);
            observation.receivers(result.responses().size(), result.failures().size());
            observation.close();
            return result;
        });
    }

    @Override
    public EventsMetadata generateSignalMetadata(OpenEdxPublicSignal<?> signal) {
        return metadata.create(require(signal), null);
    }

    @Override
    public EventsMetadata generateSignalMetadata(OpenEdxPublicSignal<?> signal, OffsetDateTime time) {
        return metadata.create(require(signal), time);
    }

    @Override
    public void enable(OpenEdxPublicSignal<?> signal) {
        switches.enable(require(signal));
    }

    @Override
    public void disable(OpenEdxPublicSignal<?> signal) {
        switches.disable(require(signal));
    }

    @Override
    public boolean isEnabled(OpenEdxPublicSignal<?> signal) {
        return switches.isEnabled(require(signal));
    }

    @Override
    public void allowSendEventFailure(OpenEdxPublicSignal<?> signal) {
        switches.allowFailure(require(signal));
    }

    @Override
    public boolean isSendEventFailureAllowed(OpenEdxPublicSignal<?> signal) {
        return switches.isFailureAllowed(require(signal));
    }

    @Override
    public void resetSendEventFailure(OpenEdxPublicSignal<?> signal) {
        switches.resetFailure(require(signal));
    }

    private boolean robust(OpenEdxPublicSignal<?> signal, boolean requested) {
        return requested && !settings.debug() && !switches.isFailureAllowed(signal);
    }

    private void validate(OpenEdxPublicSignal<?> signal, Object data) {
        if (data == null) {
            throw new SenderValidationException(
                    signal.eventType(), OpenEdxError.SEND_MISSING_ARGUMENT, signal.dataKey());
        }
        if (!signal.dataType().isInstance(data)) {
            throw new SenderValidationException(
                    signal.eventType(),
                    OpenEdxError.SEND_WRONG_TYPE,
                    signal.dataKey(),
                    signal.dataType().getName(),
                    data.getClass().getName());
        }
        validator.validate(signal, data);
    }

    private DispatchFrame frame(
            OpenEdxPublicSignal<?> signal, EventsMetadata md, boolean fromEventBus, Object payload, boolean robust) {
        return new DispatchFrame(signal, md, fromEventBus, payload, robust, lastResponses);
    }

    private SendResult deliver(DispatchFrame frame) {
        DispatchFrame previous = DispatchFrame.bind(frame);
        Observation observation = instrumentation == EventsInstrumentation.NOOP
                ? Observation.NONE
                : instrumentation.startSend(frame.sendInfo());
        try {
            firing.fire(frame.delivery().signal(), frame.payload());
        } catch (RuntimeException e) {
            Throwable cause = frame.abortCause();
            observation.failed(cause == null ? e : cause);
            observation.close();
            throw cause == null ? e : Dispatcher.<RuntimeException>sneaky(cause);
        } catch (Error e) {
            observation.failed(e);
            observation.close();
            throw e;
        } finally {
            DispatchFrame.bind(previous);
        }
        SendResult result = result(frame);
        lastResponses = result.responses().size();
        if (observation != Observation.NONE) {
            observation.receivers(result.responses().size(), result.failures().size());
            observation.close();
        }
        return result;
    }

    private SendResult result(DispatchFrame frame) {
        List<ReceiverResponse> responses = frame.responses();
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, summary(frame, responses));
        }
        return new SendResult(frame.delivery().metadata(), true, responses);
    }

    /** Upstream's INFO line, at DEBUG here: receivers and outcomes only, never payload values. */
    private static String summary(DispatchFrame frame, List<ReceiverResponse> responses) {
        StringBuilder out = new StringBuilder("Responses of the Open edX Event <")
                .append(frame.delivery().signal().eventType())
                .append("> (id ")
                .append(frame.delivery().metadata().id())
                .append("): \n");
        for (ReceiverResponse response : responses) {
            out.append("  ")
                    .append(response.receiver())
                    .append(" -> ")
                    .append(
                            response.failed()
                                    ? "failed: " + response.failure().getClass().getName()
                                    : "ok")
                    .append('\n');
        }
        return out.toString();
    }

    private static OpenEdxPublicSignal<?> require(OpenEdxPublicSignal<?> signal) {
        if (signal == null) {
            throw new OpenEdxEventException(OpenEdxError.SIGNAL_MISSING_PART, "signal");
        }
        return signal;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable cause) throws E {
        throw (E) cause;
    }
}
