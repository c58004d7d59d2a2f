package org.openedx.events.wire.cloudevents;

import java.util.Objects;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * One Open edX event as a CloudEvent carries it: the metadata (the CloudEvents attributes), the signal named by the
 * {@code type} attribute, and the payload ({@code data}).
 *
 * @param metadata the metadata; its event type is the signal's
 * @param signal the signal
 * @param data the payload, an instance of the signal's data type
 * @param <T> the payload type
 */
public record CloudEventMessage<T>(EventsMetadata metadata, OpenEdxPublicSignal<T> signal, T data) {

    /**
     * Checks the parts.
     *
     * @param signal the signal
     * @param metadata the metadata
     * @param data the payload
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the metadata is for another event type
     */
    public CloudEventMessage {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(data, "data");
        if (!metadata.eventType().equals(signal.eventType())) {
            throw new IllegalArgumentException("The metadata is for event type '" + metadata.eventType()
                    + "' but the signal is '" + signal.eventType() + "'");
        }
        data = signal.cast(data);
    }
}
