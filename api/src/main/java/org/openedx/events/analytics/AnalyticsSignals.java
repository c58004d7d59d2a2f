package org.openedx.events.analytics;

import java.util.List;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.analytics.data.TrackingLogData;

/**
 * The signals of the analytics subdomain (upstream {@code openedx_events.analytics.signals}), in upstream's order.
 *
 * <p>Each signal's event type is the constant of the same name in {@link AnalyticsEvents}. Generated from the upstream
 * catalog by {@code tools/catalog/generate.py}.
 */
public final class AnalyticsSignals {

    private AnalyticsSignals() {
    }

    /**
     * Emitted each time the event-tracking library emits a tracking log event.
     *
     * <p>Payload {@code tracking_log}: {@link TrackingLogData}. Event-bus key: {@code tracking_log.name}. Sent by
     * {@code openedx/event-tracking}.
     *
     * <p>Event type: {@link AnalyticsEvents#TRACKING_EVENT_EMITTED}.
     */
    public static final OpenEdxPublicSignal<TrackingLogData> TRACKING_EVENT_EMITTED =
            OpenEdxPublicSignal.of(AnalyticsEvents.TRACKING_EVENT_EMITTED, "tracking_log", TrackingLogData.class)
                    .withEventKeyField("tracking_log.name");

    /** Every signal of this subdomain, in upstream's definition order. */
    public static final List<OpenEdxPublicSignal<?>> ALL = List.of(
            TRACKING_EVENT_EMITTED);
}
