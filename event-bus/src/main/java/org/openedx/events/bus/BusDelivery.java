package org.openedx.events.bus;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.SendResult;

/**
 * What every consumer of a bus back end does with an event it has read: re-emit it with the producer's metadata
 * (upstream's {@code send_event_with_custom_metadata}), tell whether its observers succeeded, wait between attempts,
 * and say why an event was given up, in the same words on every back end.
 */
public final class BusDelivery {

    private BusDelivery() {}

    /**
     * Runs each delivery, e.g. inside an activated request context (upstream's {@code prepare_for_new_work_cycle}).
     */
    @FunctionalInterface
    public interface WorkCycle {

        /**
         * Runs one delivery.
         *
         * @param delivery the delivery
         * @return its result
         */
        SendResult run(Supplier<SendResult> delivery);
    }

    /**
     * Some observers of a re-emitted event failed ({@code OXE7011}): the message names them and their exceptions'
     * classes, and the first failure is the cause.
     */
    public static final class ReceiversFailedException extends OpenEdxEventException {

        private static final long serialVersionUID = 1L;

        ReceiversFailedException(SendResult result) {
            super(
                    BusError.RECEIVERS_FAILED,
                    BusError.RECEIVERS_FAILED.format(
                            result.failures().size(),
                            result.responses().size(),
                            result.failures().stream()
                                    .map(f -> f.receiver() + " threw "
                                            + f.failure().getClass().getName())
                                    .collect(Collectors.joining(", ")),
                            result.metadata().id()),
                    result.failures().get(0).failure());
        }
    }

    /**
     * Re-emits an event read from the bus.
     *
     * @param events the sender
     * @param workCycle wraps the delivery
     * @param metadata the producer's metadata
     * @param signal the signal
     * @param payload the payload, an instance of the signal's data type
     * @param <T> the payload type
     * @return null when every observer succeeded; otherwise what failed: a {@link ReceiversFailedException}, or the
     *     exception the send itself threw (e.g. a {@code SenderValidationException}, which no retry can cure)
     */
    public static <T> RuntimeException reEmit(
            OpenEdxEvents events,
            WorkCycle workCycle,
            EventsMetadata metadata,
            OpenEdxPublicSignal<T> signal,
            Object payload) {
        try {
            SendResult result =
                    workCycle.run(() -> events.sendWithCustomMetadata(metadata, signal, signal.cast(payload)));
            return result.hasFailures() ? new ReceiversFailedException(result) : null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /**
     * The wait after a failed attempt: the first backoff, doubled for each further attempt, at most the cap.
     *
     * @param backoff the wait after the first attempt
     * @param maxBackoff the longest wait
     * @param attempt the attempt that failed, from 1
     * @return the wait
     */
    public static Duration delayAfter(Duration backoff, Duration maxBackoff, int attempt) {
        long millis = backoff.toMillis();
        for (int i = 1; i < attempt && millis < maxBackoff.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    /**
     * Why an event was given up, as dead letters and logs say it, always with an OXE code and without personal data:
     * the coded message of this library's exceptions (for failed observers {@code OXE7011}, naming the receivers and
     * their exceptions' classes), and for any other exception {@code OXE7012} with its class alone, since its message
     * may quote payload values.
     *
     * @param failure what failed
     * @return the reason
     */
    public static String reason(Throwable failure) {
        if (failure instanceof OpenEdxEventException coded) {
            String message = String.valueOf(coded.getMessage());
            return message.startsWith(coded.code()) ? message : coded.code() + ": " + message;
        }
        return BusError.DELIVERY_FAILED.format(failure.getClass().getName());
    }

    /**
     * What a consumer logs with the reason of a failure: the exception itself when {@link #reason} leaves its message
     * out ({@code OXE7012}), so that the log keeps what the dead letter does not; nothing for this library's
     * exceptions, whose messages are the reason (and robust dispatch has logged the observers' exceptions).
     *
     * @param failure what failed
     * @return the exception to log with the reason, or null
     */
    public static Throwable logged(Throwable failure) {
        return failure instanceof OpenEdxEventException ? null : failure;
    }
}
