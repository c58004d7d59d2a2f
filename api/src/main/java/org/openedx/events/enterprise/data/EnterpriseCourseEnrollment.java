package org.openedx.events.enterprise.data;

import java.time.OffsetDateTime;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.support.Payloads;

/**
 * A course enrollment made through an enterprise customer.
 *
 * <p>Upstream: {@code openedx_events.enterprise.data.EnterpriseCourseEnrollment}.
 *
 * @param id the record's primary identifier
 * @param created when the record was created
 * @param modified when the record was last modified
 * @param enterpriseCustomerUser the enterprise learner the enrollment belongs to
 * @param courseId the course run the learner enrolled in
 * @param savedForLater whether the learner saved the course for later in the learner portal
 * @param sourceSlug where the enrollment came from, e.g. {@code enrollment_task} or {@code management_command}, or null
 * @param unenrolled whether the matching LMS enrollment was unenrolled, or null
 * @param unenrolledAt when the matching LMS enrollment was unenrolled, or null
 */
public record EnterpriseCourseEnrollment(
        long id,
        @NotNull OffsetDateTime created,
        @NotNull OffsetDateTime modified,
        @JsonbProperty("enterprise_customer_user") @NotNull @Valid EnterpriseCustomerUser enterpriseCustomerUser,
        @JsonbProperty("course_id") @NotNull CourseKey courseId,
        @JsonbProperty("saved_for_later") boolean savedForLater,
        @JsonbNillable @JsonbProperty("source_slug") String sourceSlug,
        Boolean unenrolled,
        @JsonbNillable @JsonbProperty("unenrolled_at") OffsetDateTime unenrolledAt) {

    /**
     * Copies and normalizes the components.
     *
     * @param id the record's primary identifier
     * @param created when the record was created
     * @param modified when the record was last modified
     * @param enterpriseCustomerUser the enterprise learner the enrollment belongs to
     * @param courseId the course run the learner enrolled in
     * @param savedForLater whether the learner saved the course for later in the learner portal
     * @param sourceSlug where the enrollment came from, e.g. {@code enrollment_task} or {@code management_command}, or
     *     null
     * @param unenrolled whether the matching LMS enrollment was unenrolled, or null
     * @param unenrolledAt when the matching LMS enrollment was unenrolled, or null
     */
    @JsonbCreator
    public EnterpriseCourseEnrollment {
        created = Payloads.micros(created);
        modified = Payloads.micros(modified);
        unenrolledAt = Payloads.micros(unenrolledAt);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param id the record's primary identifier
     * @param created when the record was created
     * @param modified when the record was last modified
     * @param enterpriseCustomerUser the enterprise learner the enrollment belongs to
     * @param courseId the course run the learner enrolled in
     * @param savedForLater whether the learner saved the course for later in the learner portal
     */
    public EnterpriseCourseEnrollment(long id, OffsetDateTime created, OffsetDateTime modified,
            EnterpriseCustomerUser enterpriseCustomerUser, CourseKey courseId, boolean savedForLater) {
        this(id, created, modified, enterpriseCustomerUser, courseId, savedForLater, null, null, null);
    }
}
