package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.keys.UsageKey;

/**
 * A special-exam attempt in edx-exams.
 *
 * <p>Upstream: {@code openedx_events.learning.data.ExamAttemptData}.
 *
 * @param studentUser the student the attempt belongs to
 * @param courseKey the course of the exam
 * @param usageKey the exam content
 * @param examType the kind of exam, e.g. {@code timed} or {@code proctored}
 * @param requestingUser who caused the event, sometimes not the learner (e.g. an instructor), or null
 */
public record ExamAttemptData(
        @JsonbProperty("student_user") @NotNull @Valid UserData studentUser,
        @JsonbProperty("course_key") @NotNull CourseKey courseKey,
        @JsonbProperty("usage_key") @NotNull UsageKey usageKey,
        @JsonbProperty("exam_type") @NotNull String examType,
        @JsonbNillable @JsonbProperty("requesting_user") @Valid UserData requestingUser) {

    /**
     * Canonical constructor.
     *
     * @param studentUser the student the attempt belongs to
     * @param courseKey the course of the exam
     * @param usageKey the exam content
     * @param examType the kind of exam, e.g. {@code timed} or {@code proctored}
     * @param requestingUser who caused the event, sometimes not the learner (e.g. an instructor), or null
     */
    @JsonbCreator
    public ExamAttemptData {
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param studentUser the student the attempt belongs to
     * @param courseKey the course of the exam
     * @param usageKey the exam content
     * @param examType the kind of exam, e.g. {@code timed} or {@code proctored}
     */
    public ExamAttemptData(UserData studentUser, CourseKey courseKey, UsageKey usageKey, String examType) {
        this(studentUser, courseKey, usageKey, examType, null);
    }
}
