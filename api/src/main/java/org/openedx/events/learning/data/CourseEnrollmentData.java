package org.openedx.events.learning.data;

import java.time.OffsetDateTime;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * A learner's enrollment in a course.
 *
 * <p>Upstream: {@code openedx_events.learning.data.CourseEnrollmentData}.
 *
 * @param user the enrolled user
 * @param course the course
 * @param mode the course mode, e.g. {@code audit} or {@code verified}
 * @param isActive whether the enrollment is active
 * @param creationDate when the enrollment was created
 * @param createdBy who created the enrollment, or null
 */
public record CourseEnrollmentData(
        @NotNull @Valid UserData user,
        @NotNull @Valid CourseData course,
        @NotNull String mode,
        @JsonbProperty("is_active") boolean isActive,
        @JsonbProperty("creation_date") @NotNull OffsetDateTime creationDate,
        @JsonbNillable @JsonbProperty("created_by") @Valid UserData createdBy) {

    /**
     * Copies and normalizes the components.
     *
     * @param user the enrolled user
     * @param course the course
     * @param mode the course mode, e.g. {@code audit} or {@code verified}
     * @param isActive whether the enrollment is active
     * @param creationDate when the enrollment was created
     * @param createdBy who created the enrollment, or null
     */
    @JsonbCreator
    public CourseEnrollmentData {
        creationDate = Payloads.micros(creationDate);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param user the enrolled user
     * @param course the course
     * @param mode the course mode, e.g. {@code audit} or {@code verified}
     * @param isActive whether the enrollment is active
     * @param creationDate when the enrollment was created
     */
    public CourseEnrollmentData(UserData user, CourseData course, String mode, boolean isActive,
            OffsetDateTime creationDate) {
        this(user, course, mode, isActive, creationDate, null);
    }
}
