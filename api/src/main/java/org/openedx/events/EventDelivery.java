package org.openedx.events;

import java.util.Objects;

/**
 * Everything an observer may want to know about the delivery it is handling, besides the payload.
 *
 * <p>Declare it as an extra observer parameter:
 * <pre>{@code
 * void onEnroll(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData data,
 *               EventDelivery delivery) {
 *     if (delivery.fromEventBus()) { ... }
 * }
 * }</pre>
 * It works for {@code @Observes} and {@code @ObservesAsync} observers.
 *
 * @param signal the signal being delivered
 * @param metadata the metadata of this very send
 * @param fromEventBus {@code true} when the event was re-emitted from the event bus
 *                     ({@link OpenEdxEvents#sendWithCustomMetadata}); producers must not publish it again
 */
public record EventDelivery(OpenEdxPublicSignal<?> signal, EventsMetadata metadata, boolean fromEventBus) {

    /**
     * Checks the components.
     *
     * @param signal the signal being delivered
     * @param metadata the metadata of this very send
     * @param fromEventBus {@code true} when the event was re-emitted from the event bus
     *                     ({@link OpenEdxEvents#sendWithCustomMetadata}); producers must not publish it again
     * @throws NullPointerException if signal or metadata is null
     */
    public EventDelivery {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(metadata, "metadata");
    }
}
