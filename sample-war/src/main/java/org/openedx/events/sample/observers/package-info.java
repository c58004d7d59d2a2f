/**
 * The sample's observers, one concern each:
 * <ul>
 *   <li>{@link org.openedx.events.sample.observers.NotificationPreferences}: an enrollment creates the learner's
 *       notification preference, in the request's transaction;</li>
 *   <li>{@link org.openedx.events.sample.observers.EnrollmentAudit}: records an enrollment once its transaction has
 *       committed ({@code AFTER_SUCCESS});</li>
 *   <li>{@link org.openedx.events.sample.observers.WelcomeMessages}: greets a new registration, asynchronously;</li>
 *   <li>{@link org.openedx.events.sample.observers.CourseOutline}: notes that a course outline needs refreshing when
 *       a block is published;</li>
 *   <li>{@link org.openedx.events.sample.observers.DemoFailure}: fails on purpose for the enrollment mode
 *       {@value org.openedx.events.sample.observers.DemoFailure#FAILING_MODE}, to show that in robust mode the
 *       failure is reported and the other observers still run.</li>
 * </ul>
 * Observers that return a value hand it to the send result, where the enrollment endpoint shows it as the
 * receiver's message.
 */
package org.openedx.events.sample.observers;
