/**
 * Analytics: events about tracking logs, emitted by the event-tracking library.
 *
 * <p>{@link org.openedx.events.analytics.AnalyticsSignals} defines the signals,
 * {@link org.openedx.events.analytics.AnalyticsEvents} their event types as constants, and
 * {@link org.openedx.events.analytics.data} holds the payload records. Upstream: {@code openedx_events.analytics}.
 */
package org.openedx.events.analytics;
