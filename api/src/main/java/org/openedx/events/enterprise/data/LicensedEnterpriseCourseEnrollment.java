package org.openedx.events.enterprise.data;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * An enterprise course enrollment granted through a subscription license (an
 * {@code enterprise.LicensedEnterpriseCourseEnrollment}).
 *
 * <p>Upstream: {@code openedx_events.enterprise.data.LicensedEnterpriseCourseEnrollment} (upstream subclass of
 * {@link BaseEnterpriseFulfillment}). Records cannot extend, so the inherited components come first, in upstream's
 * attribute order. No upstream event carries it, directly or nested.
 *
 * @param uuid the record's primary identifier
 * @param created when the record was created
 * @param modified when the record was last modified
 * @param fulfillmentType how the subsidy is fulfilled, typically {@code license}, {@code learner_credit} or
 *     {@code coupon_code}
 * @param isRevoked whether the subsidy was revoked, e.g. because the learner's license was revoked
 * @param enterpriseCourseEntitlementUuid the course entitlement the subsidy is for, or null
 * @param enterpriseCourseEnrollment the course enrollment the subsidy is for, or null
 * @param licenseUuid the UUID of the license that granted this enrollment, or null
 */
public record LicensedEnterpriseCourseEnrollment(
        @NotNull UUID uuid,
        @NotNull OffsetDateTime created,
        @NotNull OffsetDateTime modified,
        @JsonbProperty("fulfillment_type") @NotNull String fulfillmentType,
        @JsonbProperty("is_revoked") boolean isRevoked,
        @JsonbNillable @JsonbProperty("enterprise_course_entitlement_uuid") UUID enterpriseCourseEntitlementUuid,
        @JsonbNillable @JsonbProperty("enterprise_course_enrollment") @Valid
        EnterpriseCourseEnrollment enterpriseCourseEnrollment,
        @JsonbNillable @JsonbProperty("license_uuid") UUID licenseUuid) {

    /**
     * Copies and normalizes the components.
     *
     * @param uuid the record's primary identifier
     * @param created when the record was created
     * @param modified when the record was last modified
     * @param fulfillmentType how the subsidy is fulfilled, typically {@code license}, {@code learner_credit} or
     *     {@code coupon_code}
     * @param isRevoked whether the subsidy was revoked, e.g. because the learner's license was revoked
     * @param enterpriseCourseEntitlementUuid the course entitlement the subsidy is for, or null
     * @param enterpriseCourseEnrollment the course enrollment the subsidy is for, or null
     * @param licenseUuid the UUID of the license that granted this enrollment, or null
     */
    @JsonbCreator
    public LicensedEnterpriseCourseEnrollment {
        created = Payloads.micros(created);
        modified = Payloads.micros(modified);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param uuid the record's primary identifier
     * @param created when the record was created
     * @param modified when the record was last modified
     * @param fulfillmentType how the subsidy is fulfilled, typically {@code license}, {@code learner_credit} or
     *     {@code coupon_code}
     * @param isRevoked whether the subsidy was revoked, e.g. because the learner's license was revoked
     */
    public LicensedEnterpriseCourseEnrollment(UUID uuid, OffsetDateTime created, OffsetDateTime modified,
            String fulfillmentType, boolean isRevoked) {
        this(uuid, created, modified, fulfillmentType, isRevoked, null, null, null);
    }
}
