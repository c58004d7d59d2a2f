/**
 * Test fixtures of the outbox module, published in its test-jar: {@link
 * org.openedx.events.bus.outbox.testing.PostgresServer}, a throw-away PostgreSQL cluster on a loopback port.
 */
package org.openedx.events.bus.outbox.testing;
