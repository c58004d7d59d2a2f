package org.openedx.events.benchmarks;

import com.google.common.eventbus.Subscribe;
import org.springframework.context.event.EventListener;

import org.openedx.events.learning.data.CourseEnrollmentData;

/**
 * The receivers of the in-process baselines of issue #15: Spring's plain {@code @EventListener} methods and Guava
 * {@code EventBus} subscribers of the same payload, one and ten of them, counting what they receive as
 * {@link Observers} do.
 */
final class BaselineListeners {

    private BaselineListeners() {}

    /** One Spring listener. */
    public static class SpringOne {

        long seen;

        /**
         * Counts an enrollment.
         *
         * @param enrollment the payload
         */
        @EventListener
        public void onEnrollment(CourseEnrollmentData enrollment) {
            seen++;
        }
    }

    /** Ten Spring listeners on one bean. */
    public static class SpringTen {

        long seen;

        /** @param enrollment the payload */
        @EventListener
        public void on01(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @EventListener
        public void on02(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @EventListener
        public void on03(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @EventListener
        public void on04(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @EventListener
        public void on05(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @EventListener
        public void on06(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @EventListener
        public void on07(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @EventListener
        public void on08(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @EventListener
        public void on09(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @EventListener
        public void on10(CourseEnrollmentData enrollment) {
            seen++;
        }
    }

    /** One Guava subscriber. */
    public static class GuavaOne {

        long seen;

        /**
         * Counts an enrollment.
         *
         * @param enrollment the payload
         */
        @Subscribe
        public void onEnrollment(CourseEnrollmentData enrollment) {
            seen++;
        }
    }

    /** Ten Guava subscribers on one object. */
    public static class GuavaTen {

        long seen;

        /** @param enrollment the payload */
        @Subscribe
        public void on01(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @Subscribe
        public void on02(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @Subscribe
        public void on03(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @Subscribe
        public void on04(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @Subscribe
        public void on05(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @Subscribe
        public void on06(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @Subscribe
        public void on07(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @Subscribe
        public void on08(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @Subscribe
        public void on09(CourseEnrollmentData enrollment) {
            seen++;
        }

        /** @param enrollment the payload */
        @Subscribe
        public void on10(CourseEnrollmentData enrollment) {
            seen++;
        }
    }
}
