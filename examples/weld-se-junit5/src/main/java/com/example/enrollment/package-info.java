/**
 * A tiny Weld SE application that uses Open edX Events: {@link com.example.enrollment.Enrollments} sends
 * {@code COURSE_ENROLLMENT_CREATED} through the public API, {@link com.example.enrollment.WelcomeMails} and
 * {@link com.example.enrollment.EnrollmentAudit} observe it, and {@link com.example.enrollment.EnrollmentApp} starts
 * the container and enrolls a learner.
 */
package com.example.enrollment;
