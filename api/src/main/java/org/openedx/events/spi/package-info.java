/**
 * Service-provider interfaces: how applications extend the Open edX event catalog with their own signals.
 *
 * @see org.openedx.events.spi.SignalCatalog
 */
package org.openedx.events.spi;
