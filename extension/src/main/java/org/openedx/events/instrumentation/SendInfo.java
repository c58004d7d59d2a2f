package org.openedx.events.instrumentation;

/**
 * What an observation may know of a send: never payload values.
 *
 * @param eventType the event type, e.g. {@code org.openedx.learning.course.enrollment.created.v1}
 * @param eventId the event's id ({@code EventsMetadata.id()}), as text
 * @param robust whether observer failures are contained
 * @param fromEventBus whether the send re-emits an event read from the bus
 */
public record SendInfo(String eventType, String eventId, boolean robust, boolean fromEventBus) {

    /**
     * Checks the parts.
     *
     * @param eventType the event type
     * @param eventId the event's id
     * @param robust whether observer failures are contained
     * @param fromEventBus whether the send re-emits an event read from the bus
     * @throws IllegalArgumentException when the event type or id is null
     */
    public SendInfo {
        if (eventType == null || eventId == null) {
            throw new IllegalArgumentException(
                    "a send's event type and id are required, got type " + eventType + " and id " + eventId);
        }
    }
}
