package org.openedx.events;

import java.time.OffsetDateTime;

/**
 * How one send behaves.
 *
 * @param robust {@code true} (the default) to run every observer and collect failures in the
 *               {@link SendResult}; {@code false} to let the first observer exception reach the caller as thrown,
 *               as upstream's {@code send_robust=False}. A send is also non-robust when the debug setting is on or
 *               when {@link OpenEdxEvents#allowSendEventFailure} was called for the signal.
 * @param time the event time to put in the metadata (UTC), or {@code null} for "now"
 */
public record SendOptions(boolean robust, OffsetDateTime time) {

    private static final SendOptions DEFAULTS = new SendOptions(true, null);

    /** {@return robust, with the current time} */
    public static SendOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The same options with another robustness.
     *
     * @param robust whether the send is robust
     * @return new options
     */
    public SendOptions withRobust(boolean robust) {
        return new SendOptions(robust, time);
    }

    /**
     * The same options with an explicit event time.
     *
     * @param time the time, in UTC; {@code null} for "now"
     * @return new options
     */
    public SendOptions withTime(OffsetDateTime time) {
        return new SendOptions(robust, time);
    }
}
