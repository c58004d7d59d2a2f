/**
 * The extension's runtime: not an API, and free to change between releases.
 *
 * <p>Most classes are container-free and tested without CDI: {@link org.openedx.events.cdi.internal.Dispatcher}
 * (what a send does), {@link org.openedx.events.cdi.internal.ObserverGuard} (robust mode),
 * {@link org.openedx.events.cdi.internal.ObserverRules} (which observers are valid and guardable),
 * {@link org.openedx.events.cdi.internal.MetadataFactory}, {@link org.openedx.events.cdi.internal.Settings} and
 * {@link org.openedx.events.cdi.internal.TransactionalNotifications} (transactional observers that keep their send).
 * The CDI-facing ones are thin: the sender bean, the interceptor and the producers of observer parameters.
 */
package org.openedx.events.cdi.internal;
