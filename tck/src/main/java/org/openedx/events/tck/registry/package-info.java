/**
 * Two applications in one server, each with its own user-defined {@link org.openedx.events.spi.SignalCatalog}
 * ({@code alpha} and {@code beta}): neither sees the other's signals, observers or switches.
 */
package org.openedx.events.tck.registry;
