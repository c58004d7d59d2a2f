package com.example.seats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;

/** Counts the seats taken in each course, and fails on an enrollment beyond {@link #SEATS}. */
@ApplicationScoped
public class SeatLimit {

    /** The seats of every course. */
    public static final int SEATS = 2;

    private final Map<CourseKey, Integer> taken = new ConcurrentHashMap<>();

    void onEnroll(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment) {
        CourseKey course = enrollment.course().courseKey();
        int seats = taken.merge(course, 1, Integer::sum);
        if (seats > SEATS) {
            taken.merge(course, -1, Integer::sum);
            throw new IllegalStateException(course + " is full: " + SEATS + " seats");
        }
    }

    /**
     * The seats taken in a course.
     *
     * @param course the course
     * @return how many enrollments it accepted
     */
    public int taken(CourseKey course) {
        return taken.getOrDefault(course, 0);
    }
}
