/**
 * Learning: events about learners and what they do in the LMS: registration, enrollment, grades, certificates,
 * discussions, exams, notifications and more.
 *
 * <p>{@link org.openedx.events.learning.LearningSignals} defines the signals,
 * {@link org.openedx.events.learning.LearningEvents} their event types as constants, and
 * {@link org.openedx.events.learning.data} holds the payload records. Upstream: {@code openedx_events.learning}.
 */
package org.openedx.events.learning;
