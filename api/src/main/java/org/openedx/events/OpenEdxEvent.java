package org.openedx.events;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Objects;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * The CDI qualifier that names an Open edX event type.
 *
 * <p>Observers select the events they want with it:
 * <pre>{@code
 * void onEnroll(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment,
 *               EventsMetadata metadata) { ... }
 * }</pre>
 * The value is binding: an observer of one event type never receives another type's events, even when both
 * carry the same payload class. The CDI extension checks every {@code @OpenEdxEvent} observer at deployment
 * (known type, compatible payload, guardable method) and binds the robust-dispatch interceptor to it.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({PARAMETER, FIELD, METHOD, TYPE})
public @interface OpenEdxEvent {

    /**
     * The event type, e.g. {@code org.openedx.learning.course.enrollment.created.v1}; use the constants of the
     * catalog classes (such as {@code LearningEvents}) rather than retyping the string.
     *
     * @return the event type
     */
    String value();

    /** A literal of {@link OpenEdxEvent}, for selecting events programmatically. */
    final class Literal extends AnnotationLiteral<OpenEdxEvent> implements OpenEdxEvent {

        private static final long serialVersionUID = 1L;

        /** @serial the event type */
        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        /**
         * Creates the qualifier for an event type.
         *
         * @param eventType the event type, not null
         * @return the literal
         */
        public static Literal of(String eventType) {
            return new Literal(Objects.requireNonNull(eventType, "eventType"));
        }

        @Override
        public String value() {
            return value;
        }
    }
}
