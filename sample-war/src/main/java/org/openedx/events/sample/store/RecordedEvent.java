package org.openedx.events.sample.store;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.openedx.events.EventsMetadata;

/**
 * One thing an observer did with one event.
 *
 * @param observer the observer, as {@code fully.qualified.Class#method} (the receiver name of send results)
 * @param delivery how it was called: {@code sync}, {@code after-success} (when the request's transaction
 *                 committed), {@code async}, or {@code bus} (re-emitted by the event bus consumer, Redis mode)
 * @param metadata the metadata the observer received
 * @param fromEventBus whether the observer was told the event came from the event bus
 * @param summary what the observer did, with ids and keys but no personal data
 * @param thread the name of the thread the observer ran on
 * @param recordedAt when it was recorded
 */
public record RecordedEvent(
        String observer,
        String delivery,
        EventsMetadata metadata,
        boolean fromEventBus,
        String summary,
        String thread,
        OffsetDateTime recordedAt) {

    /**
     * Checks the components.
     *
     * @param observer the observer, as {@code Class#method}
     * @param delivery {@code sync}, {@code after-success}, {@code async} or {@code bus}
     * @param metadata the metadata the observer received
     * @param fromEventBus whether the event came from the event bus
     * @param summary what the observer did
     * @param thread the thread it ran on
     * @param recordedAt when it was recorded
     * @throws NullPointerException if a component is null
     */
    public RecordedEvent {
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
