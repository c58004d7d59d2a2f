/**
 * The portable CDI extension that makes Open edX events work in a CDI container:
 * {@link org.openedx.events.cdi.OpenEdxEventsExtension}. Add the jar to the application; it registers itself.
 */
package org.openedx.events.cdi;
