package org.openedx.events.learning.data;

import java.time.OffsetDateTime;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * An open response assessment (ORA) submission.
 *
 * <p>Upstream: {@code openedx_events.learning.data.ORASubmissionData}.
 *
 * <p>Upstream documents {@code anonymous_user_id} and {@code location} as optional, but both are required attributes;
 * this record follows the declaration.
 *
 * @param uuid the submission's UUID
 * @param anonymousUserId the anonymous id of the submitting user
 * @param location where the ORA is in the course
 * @param attemptNumber the attempt number
 * @param createdAt when the submission was created
 * @param submittedAt when the submission was submitted
 * @param answer the submitted answer
 */
public record ORASubmissionData(
        @NotNull String uuid,
        @JsonbProperty("anonymous_user_id") @NotNull String anonymousUserId,
        @NotNull String location,
        @JsonbProperty("attempt_number") long attemptNumber,
        @JsonbProperty("created_at") @NotNull OffsetDateTime createdAt,
        @JsonbProperty("submitted_at") @NotNull OffsetDateTime submittedAt,
        @NotNull @Valid ORASubmissionAnswer answer) {

    /**
     * Copies and normalizes the components.
     *
     * @param uuid the submission's UUID
     * @param anonymousUserId the anonymous id of the submitting user
     * @param location where the ORA is in the course
     * @param attemptNumber the attempt number
     * @param createdAt when the submission was created
     * @param submittedAt when the submission was submitted
     * @param answer the submitted answer
     */
    @JsonbCreator
    public ORASubmissionData {
        createdAt = Payloads.micros(createdAt);
        submittedAt = Payloads.micros(submittedAt);
    }
}
