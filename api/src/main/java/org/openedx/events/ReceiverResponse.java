package org.openedx.events;

import java.util.Objects;

/**
 * What one observer did with one sent event (upstream's {@code (receiver, response)} pair).
 *
 * @param receiver the observer, as {@code fully.qualified.Class#method}
 * @param response the observer method's return value, or {@code null} (always null for {@code void} observers
 *                 and for failures)
 * @param failure the exception the observer threw, or {@code null} when it completed normally
 */
public record ReceiverResponse(String receiver, Object response, Throwable failure) {

    /**
     * Checks the receiver name.
     *
     * @param receiver the observer, as {@code fully.qualified.Class#method}
     * @param response the observer method's return value, or {@code null} (always null for {@code void} observers
     *                 and for failures)
     * @param failure the exception the observer threw, or {@code null} when it completed normally
     * @throws NullPointerException if {@code receiver} is null
     */
    public ReceiverResponse {
        Objects.requireNonNull(receiver, "receiver");
    }

    /**
     * A normal completion.
     *
     * @param receiver the observer
     * @param response its return value, or null
     * @return the response
     */
    public static ReceiverResponse success(String receiver, Object response) {
        return new ReceiverResponse(receiver, response, null);
    }

    /**
     * A failure.
     *
     * @param receiver the observer
     * @param failure what it threw
     * @return the response
     */
    public static ReceiverResponse failure(String receiver, Throwable failure) {
        return new ReceiverResponse(receiver, null, Objects.requireNonNull(failure, "failure"));
    }

    /** {@return whether the observer threw} */
    public boolean failed() {
        return failure != null;
    }
}
