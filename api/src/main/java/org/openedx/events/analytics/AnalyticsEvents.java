package org.openedx.events.analytics;

/**
 * The event types of the analytics subdomain, as compile-time constants for {@code @OpenEdxEvent(...)}.
 *
 * <p>Each constant's signal, with its payload class, is the field of the same name in {@link AnalyticsSignals}.
 */
public final class AnalyticsEvents {

    private AnalyticsEvents() {
    }

    /**
     * Emitted each time the event-tracking library emits a tracking log event. See
     * {@link AnalyticsSignals#TRACKING_EVENT_EMITTED}.
     */
    public static final String TRACKING_EVENT_EMITTED = "org.openedx.analytics.tracking.event.emitted.v1";
}
