/**
 * Enterprise: events about enterprise subsidies, ledgers, enrollments and groups.
 *
 * <p>{@link org.openedx.events.enterprise.EnterpriseSignals} defines the signals,
 * {@link org.openedx.events.enterprise.EnterpriseEvents} their event types as constants, and
 * {@link org.openedx.events.enterprise.data} holds the payload records. Upstream: {@code openedx_events.enterprise}.
 */
package org.openedx.events.enterprise;
