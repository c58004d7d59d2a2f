/**
 * A Weld SE application with an observer that can fail: {@link com.example.seats.SeatLimit} refuses an enrollment in
 * a full course, and {@link com.example.seats.Enrollments} sends {@code COURSE_ENROLLMENT_CREATED}.
 */
package com.example.seats;
