package org.openedx.events.enterprise.data;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * The link between an LMS user and an enterprise customer.
 *
 * <p>Upstream: {@code openedx_events.enterprise.data.EnterpriseCustomerUser}.
 *
 * @param id the record's primary identifier
 * @param created when the record was created
 * @param modified when the record was last modified
 * @param enterpriseCustomerUuid the enterprise customer the user is linked to
 * @param userId the LMS user id
 * @param active whether this is the active enterprise link of the LMS user
 * @param linked whether the user is linked to the enterprise customer
 * @param isRelinkable whether the user may be linked to the enterprise again
 * @param shouldInactivateOtherCustomers whether saving the link, when active, deactivates the user's links to other
 *     enterprise customers
 * @param inviteKey the invite key that linked the learner to the enterprise, or null
 */
public record EnterpriseCustomerUser(
        long id,
        @NotNull OffsetDateTime created,
        @NotNull OffsetDateTime modified,
        @JsonbProperty("enterprise_customer_uuid") @NotNull UUID enterpriseCustomerUuid,
        @JsonbProperty("user_id") long userId,
        boolean active,
        boolean linked,
        @JsonbProperty("is_relinkable") boolean isRelinkable,
        @JsonbProperty("should_inactivate_other_customers") boolean shouldInactivateOtherCustomers,
        @JsonbNillable @JsonbProperty("invite_key") UUID inviteKey) {

    /**
     * Copies and normalizes the components.
     *
     * @param id the record's primary identifier
     * @param created when the record was created
     * @param modified when the record was last modified
     * @param enterpriseCustomerUuid the enterprise customer the user is linked to
     * @param userId the LMS user id
     * @param active whether this is the active enterprise link of the LMS user
     * @param linked whether the user is linked to the enterprise customer
     * @param isRelinkable whether the user may be linked to the enterprise again
     * @param shouldInactivateOtherCustomers whether saving the link, when active, deactivates the user's links to other
     *     enterprise customers
     * @param inviteKey the invite key that linked the learner to the enterprise, or null
     */
    @JsonbCreator
    public EnterpriseCustomerUser {
        created = Payloads.micros(created);
        modified = Payloads.micros(modified);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param id the record's primary identifier
     * @param created when the record was created
     * @param modified when the record was last modified
     * @param enterpriseCustomerUuid the enterprise customer the user is linked to
     * @param userId the LMS user id
     * @param active whether this is the active enterprise link of the LMS user
     * @param linked whether the user is linked to the enterprise customer
     * @param isRelinkable whether the user may be linked to the enterprise again
     * @param shouldInactivateOtherCustomers whether saving the link, when active, deactivates the user's links to other
     *     enterprise customers
     */
    public EnterpriseCustomerUser(long id, OffsetDateTime created, OffsetDateTime modified, UUID enterpriseCustomerUuid,
            long userId, boolean active, boolean linked, boolean isRelinkable, boolean shouldInactivateOtherCustomers) {
        this(id, created, modified, enterpriseCustomerUuid, userId, active, linked, isRelinkable,
                shouldInactivateOtherCustomers, null);
    }
}
