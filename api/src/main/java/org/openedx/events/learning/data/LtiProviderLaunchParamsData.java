package org.openedx.events.learning.data;

import java.util.Map;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * The LTI parameters of a launch.
 *
 * <p>Upstream: {@code openedx_events.learning.data.LtiProviderLaunchParamsData}.
 *
 * <p>{@link #toString()} masks {@code extraParams} so that the record is safe to log.
 *
 * @param roles the user's roles, comma-separated, as the LTI specification names them
 * @param contextId the id of the LTI launch context
 * @param userId the external (LTI) id of the launching user
 * @param extraParams the other launch parameters; upstream default: an empty map
 */
public record LtiProviderLaunchParamsData(
        @NotNull String roles,
        @JsonbProperty("context_id") @NotNull String contextId,
        @JsonbProperty("user_id") @NotNull String userId,
        @JsonbProperty("extra_params") @NotNull Map<String, @NotNull String> extraParams) {

    /**
     * Copies and normalizes the components; a null {@code extraParams} becomes an empty map.
     *
     * @param roles the user's roles, comma-separated, as the LTI specification names them
     * @param contextId the id of the LTI launch context
     * @param userId the external (LTI) id of the launching user
     * @param extraParams the other launch parameters; upstream default: an empty map
     */
    @JsonbCreator
    public LtiProviderLaunchParamsData {
        extraParams = Payloads.copyOrEmpty(extraParams);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param roles the user's roles, comma-separated, as the LTI specification names them
     * @param contextId the id of the LTI launch context
     * @param userId the external (LTI) id of the launching user
     */
    public LtiProviderLaunchParamsData(String roles, String contextId, String userId) {
        this(roles, contextId, userId, Map.of());
    }

    /** Like the default record toString, but masks the personal data. */
    @Override
    public String toString() {
        return "LtiProviderLaunchParamsData[roles=" + roles + ", contextId=" + contextId + ", userId=" + userId
                + ", extraParams=***]";
    }
}
