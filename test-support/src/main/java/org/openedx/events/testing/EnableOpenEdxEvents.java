package org.openedx.events.testing;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Isolates a test from the Open edX events it does not list (upstream's {@code OpenEdxEventsTestMixin} with
 * {@code ENABLED_OPENEDX_EVENTS}).
 *
 * <p>Right before each test method runs (after its {@code @BeforeEach} methods), every known signal is disabled
 * except the listed ones, and sends of the listed ones are made non-robust with
 * {@link org.openedx.events.OpenEdxEvents#allowSendEventFailure}, so that an observer's exception fails the test
 * instead of being collected. Right after the test method, every signal is enabled again and allow-failure is
 * reset for every signal (upstream leaves it on).
 * <pre>{@code
 * @EnableOpenEdxEvents(LearningEvents.COURSE_ENROLLMENT_CREATED)
 * class EnrollmentObserverTest {
 *     @Test
 *     void sendsWelcomeMail() { ... events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, data); ... }
 * }
 * }</pre>
 *
 * <p>On a test class it applies to every test method; on a method it replaces the class's list for that method.
 * The {@link org.openedx.events.OpenEdxEvents} bean is looked up with {@code CDI.current()}, so the CDI container
 * must be running when the test method starts: started in {@code @BeforeAll} or {@code @BeforeEach} (Weld SE), or
 * by Arquillian (then the isolation happens in the container). An unknown event type fails the test before
 * anything changes. The switches belong to the application, so tests that use this annotation must not run
 * concurrently in the same container.
 *
 * @see OpenEdxEventsIsolation
 */
@Documented
@Inherited
@Retention(RUNTIME)
@Target({TYPE, METHOD, ANNOTATION_TYPE})
@ExtendWith(OpenEdxEventsIsolationExtension.class)
public @interface EnableOpenEdxEvents {

    /**
     * The event types that stay enabled, e.g. {@code LearningEvents.COURSE_ENROLLMENT_CREATED}; empty disables
     * every event.
     *
     * @return the event types
     */
    String[] value() default {};
}
