package org.openedx.events.learning.data;

import java.time.OffsetDateTime;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * The persisted course grade of a user.
 *
 * <p>Upstream: {@code openedx_events.learning.data.PersistentCourseGradeData}.
 *
 * <p>Upstream describes {@code user_id} as the identifier "of the grade"; it is the id of the user the grade belongs
 * to.
 *
 * @param userId the id of the user the grade belongs to
 * @param course the course the grade is for
 * @param courseEditedTimestamp when the course was last edited
 * @param courseVersion the version of the course
 * @param gradingPolicyHash the hash of the course's grading policy
 * @param percentGrade the grade as a fraction
 * @param letterGrade the grade as a letter
 * @param passedTimestamp when the user passed the course
 */
public record PersistentCourseGradeData(
        @JsonbProperty("user_id") long userId,
        @NotNull @Valid CourseData course,
        @JsonbProperty("course_edited_timestamp") @NotNull OffsetDateTime courseEditedTimestamp,
        @JsonbProperty("course_version") @NotNull String courseVersion,
        @JsonbProperty("grading_policy_hash") @NotNull String gradingPolicyHash,
        @JsonbProperty("percent_grade") double percentGrade,
        @JsonbProperty("letter_grade") @NotNull String letterGrade,
        @JsonbProperty("passed_timestamp") @NotNull OffsetDateTime passedTimestamp) {

    /**
     * Copies and normalizes the components.
     *
     * @param userId the id of the user the grade belongs to
     * @param course the course the grade is for
     * @param courseEditedTimestamp when the course was last edited
     * @param courseVersion the version of the course
     * @param gradingPolicyHash the hash of the course's grading policy
     * @param percentGrade the grade as a fraction
     * @param letterGrade the grade as a letter
     * @param passedTimestamp when the user passed the course
     */
    @JsonbCreator
    public PersistentCourseGradeData {
        courseEditedTimestamp = Payloads.micros(courseEditedTimestamp);
        passedTimestamp = Payloads.micros(passedTimestamp);
    }
}
