/**
 * A sample Jakarta EE application built on Open edX events: Jakarta REST endpoints turn HTTP requests into
 * events ({@link org.openedx.events.sample.web}), observers do the work ({@link org.openedx.events.sample.observers})
 * and keep what they did ({@link org.openedx.events.sample.store}). Requests are checked before anything is sent
 * ({@link org.openedx.events.sample.request}).
 *
 * <p>The application uses only the public API ({@code org.openedx.events}); the CDI extension is a runtime
 * library in {@code WEB-INF/lib}.
 */
package org.openedx.events.sample;
