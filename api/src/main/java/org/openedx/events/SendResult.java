package org.openedx.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one send.
 *
 * @param metadata the metadata the event was (or, when disabled, would have been) delivered with
 * @param sent {@code false} when the signal was disabled: then nothing was validated or delivered
 * @param responses one entry per observer invoked, in invocation order; empty when disabled or unobserved
 */
public record SendResult(EventsMetadata metadata, boolean sent, List<ReceiverResponse> responses) {

    /**
     * Copies the responses.
     *
     * @param metadata the metadata the event was (or, when disabled, would have been) delivered with
     * @param sent {@code false} when the signal was disabled: then nothing was validated or delivered
     * @param responses one entry per observer invoked, in invocation order; empty when disabled or unobserved
     * @throws NullPointerException if metadata or responses is null
     */
    public SendResult {
        Objects.requireNonNull(metadata, "metadata");
        responses = List.copyOf(responses);
    }

    /**
     * The result of a send to a disabled signal.
     *
     * @param metadata the metadata that was generated
     * @return a result with {@code sent == false} and no responses
     */
    public static SendResult notSent(EventsMetadata metadata) {
        return new SendResult(metadata, false, List.of());
    }

    /** {@return the responses of the observers that threw, in invocation order} */
    public List<ReceiverResponse> failures() {
        List<ReceiverResponse> failures = null;
        for (ReceiverResponse response : responses) {
            if (response.failed()) {
                if (failures == null) {
                    failures = new ArrayList<>(responses.size());
                }
                failures.add(response);
            }
        }
        return failures == null ? List.of() : List.copyOf(failures);
    }

    /** {@return whether any observer threw} */
    public boolean hasFailures() {
        for (ReceiverResponse response : responses) {
            if (response.failed()) {
                return true;
            }
        }
        return false;
    }
}
