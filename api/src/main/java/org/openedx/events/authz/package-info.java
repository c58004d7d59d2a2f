/**
 * Authorization: events about role assignments made through openedx-authz.
 *
 * <p>{@link org.openedx.events.authz.AuthzSignals} defines the signals, {@link org.openedx.events.authz.AuthzEvents}
 * their event types as constants, and {@link org.openedx.events.authz.data} holds the payload records. Upstream:
 * {@code openedx_events.authz}.
 */
package org.openedx.events.authz;
