package org.openedx.events.bus;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.ReceiverResponse;
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

    /** Some observers of a re-emitted event failed ({@code OXE7011}); the first failure is the cause. */
    public static final class ReceiversFailedException extends OpenEdxEventException {

        private static final long serialVersionUID = 1L;

        ReceiversFailedException(List<ReceiverResponse> failures) {
            super(
                    BusError.RECEIVERS_FAILED,
                    BusError.RECEIVERS_FAILED.format(
                            failures.size(),
                            failures.get(0).receiver(),
                            failures.get(0).failure()),
                    failures.get(0).failure());
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
            return result.hasFailures() ? new ReceiversFailedException(result.failures()) : null;
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
     * Why an event was given up, as dead letters and logs say it: the coded message of this library's exceptions
     * (with its OXE code), or the exception's own text for others.
     *
     * @param failure what failed
     * @return the reason
     */
    public static String reason(Throwable failure) {
        if (failure instanceof OpenEdxEventException coded) {
            String message = String.valueOf(coded.getMessage());
            return message.startsWith(coded.code()) ? message : coded.code() + ": " + message;
        }
        return failure.toString();
    }
}
