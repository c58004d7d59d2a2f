/**
 * Content authoring: events about courses, XBlocks and content libraries as authors change them in Studio.
 *
 * <p>{@link org.openedx.events.contentauthoring.ContentAuthoringSignals} defines the signals,
 * {@link org.openedx.events.contentauthoring.ContentAuthoringEvents} their event types as constants, and
 * {@link org.openedx.events.contentauthoring.data} holds the payload records. Upstream:
 * {@code openedx_events.content_authoring}.
 */
package org.openedx.events.contentauthoring;
