package org.openedx.events.benchmarks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;

/**
 * The observer beans every dispatch benchmark delivers to. The same classes are deployed in the container with the
 * extension and in the one without it, so that both deliver into identical observers. Each observer only counts
 * what it receives: the counts are a field the JIT cannot drop, and the benchmarks check them.
 */
final class Observers {

    private Observers() {}

    /** One observer of COURSE_ENROLLMENT_CREATED. */
    @ApplicationScoped
    public static class One {

        long seen;

        /**
         * Counts an enrollment.
         *
         * @param enrollment the payload
         */
        public void onEnrollment(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
            seen++;
        }
    }

    /** Ten observers of COURSE_ENROLLMENT_CREATED on one bean. */
    @ApplicationScoped
    public static class Ten {

        long seen;

        /** @param enrollment the payload */
        public void on01(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        public void on02(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        public void on03(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        public void on04(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        public void on05(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        public void on06(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        public void on07(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        public void on08(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        public void on09(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        public void on10(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
            seen++;
        }

        /** The ten observers called directly, in order. */
        void callAll(CourseEnrollmentData enrollment) {
            on01(enrollment);
            on02(enrollment);
            on03(enrollment);
            on04(enrollment);
            on05(enrollment);
            on06(enrollment);
            on07(enrollment);
            on08(enrollment);
            on09(enrollment);
            on10(enrollment);
        }
    }

    /** The only observer, and it always fails. */
    @ApplicationScoped
    public static class Failing {

        long seen;

        /**
         * Fails, as a buggy receiver would: a fresh exception every time, with its stack trace.
         *
         * @param enrollment the payload
         */
        public void onEnrollment(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
            seen++;
            throw new IllegalStateException("receiver failed");
        }
    }

    /** The only observer, and it also takes the send's metadata (the common real use). */
    @ApplicationScoped
    public static class WithMetadata {

        long seen;
        EventsMetadata last;

        /**
         * Counts an enrollment and keeps its metadata.
         *
         * @param enrollment the payload
         * @param metadata the send's metadata
         */
        public void onEnrollment(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment,
                EventsMetadata metadata) {
            seen++;
            last = metadata;
        }

        /** {@return the metadata of the last delivery} (a method: a field would be read from the client proxy) */
        public EventsMetadata last() {
            return last;
        }
    }

    /** The only observer, and it also takes the {@link EventDelivery}. */
    @ApplicationScoped
    public static class WithDelivery {

        long seen;
        EventDelivery last;

        /**
         * Counts an enrollment and keeps its delivery.
         *
         * @param enrollment the payload
         * @param delivery the delivery
         */
        public void onEnrollment(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment,
                EventDelivery delivery) {
            seen++;
            last = delivery;
        }

        /** {@return the last delivery} (a method: a field would be read from the client proxy) */
        public EventDelivery last() {
            return last;
        }
    }
}
