/**
 * Testing helpers for applications that observe or send Open edX events: {@link
 * org.openedx.events.testing.EnableOpenEdxEvents} for JUnit 5 and {@link
 * org.openedx.events.testing.OpenEdxEventsIsolation} for any framework (upstream's {@code openedx_events.testing}).
 */
package org.openedx.events.testing;
