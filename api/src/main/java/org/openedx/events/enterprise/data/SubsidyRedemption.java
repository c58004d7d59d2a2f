package org.openedx.events.enterprise.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

/**
 * The redemption of an enterprise subsidy: which subsidy, for which content, by which learner.
 *
 * <p>Upstream: {@code openedx_events.enterprise.data.SubsidyRedemption}.
 *
 * <p>Upstream documents {@code lms_user_id} as a str but declares it {@code int}; this record follows the declaration.
 *
 * @param subsidyIdentifier the identifier of the redeemed subsidy
 * @param contentKey the content the subsidy paid for
 * @param lmsUserId the LMS user id of the learner who benefits
 */
public record SubsidyRedemption(
        @JsonbProperty("subsidy_identifier") @NotNull String subsidyIdentifier,
        @JsonbProperty("content_key") @NotNull String contentKey,
        @JsonbProperty("lms_user_id") long lmsUserId) {

    /**
     * Canonical constructor.
     *
     * @param subsidyIdentifier the identifier of the redeemed subsidy
     * @param contentKey the content the subsidy paid for
     * @param lmsUserId the LMS user id of the learner who benefits
     */
    @JsonbCreator
    public SubsidyRedemption {
    }
}
