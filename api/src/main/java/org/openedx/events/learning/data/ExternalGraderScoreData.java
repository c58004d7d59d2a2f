package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

/**
 * The score an external grader returned for a submission.
 *
 * <p>Upstream: {@code openedx_events.learning.data.ExternalGraderScoreData}.
 *
 * @param pointsPossible the highest possible score of the assignment
 * @param pointsEarned the score the student earned
 * @param courseId the course's id, as text
 * @param scoreMsg feedback on the score
 * @param submissionId the id of the graded submission
 * @param userId the id of the user who submitted, as text
 * @param moduleId the id of the graded problem
 * @param queueKey the submission's unique key in the grading queue
 * @param queueName the name of the queue that processed the submission
 */
public record ExternalGraderScoreData(
        @JsonbProperty("points_possible") long pointsPossible,
        @JsonbProperty("points_earned") long pointsEarned,
        @JsonbProperty("course_id") @NotNull String courseId,
        @JsonbProperty("score_msg") @NotNull String scoreMsg,
        @JsonbProperty("submission_id") long submissionId,
        @JsonbProperty("user_id") @NotNull String userId,
        @JsonbProperty("module_id") @NotNull String moduleId,
        @JsonbProperty("queue_key") @NotNull String queueKey,
        @JsonbProperty("queue_name") @NotNull String queueName) {

    /**
     * Canonical constructor.
     *
     * @param pointsPossible the highest possible score of the assignment
     * @param pointsEarned the score the student earned
     * @param courseId the course's id, as text
     * @param scoreMsg feedback on the score
     * @param submissionId the id of the graded submission
     * @param userId the id of the user who submitted, as text
     * @param moduleId the id of the graded problem
     * @param queueKey the submission's unique key in the grading queue
     * @param queueName the name of the queue that processed the submission
     */
    @JsonbCreator
    public ExternalGraderScoreData {
    }
}
