/**
 * The portable CDI extension that makes Open edX events work in a CDI container:
 * {@link org.openedx.events.cdi.OpenEdxEventsExtension}. Add the jar to the application; it registers itself.
 *
 * <p>Only the extension and {@link org.openedx.events.cdi.SettingSources} (shared with the event-bus modules) are
 * public. The rest of the package is the extension's runtime, package-private and free to change between releases;
 * most of it is container-free and tested without CDI.
 */
package org.openedx.events.cdi;
