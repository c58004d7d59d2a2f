package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.keys.UsageKey;

/**
 * An LTI launch of Open edX content, with Open edX acting as the LTI provider.
 *
 * <p>Upstream: {@code openedx_events.learning.data.LtiProviderLaunchData}.
 *
 * @param user the Open edX user who launched
 * @param courseKey the course of the launched content
 * @param usageKey the launched content
 * @param launchParams the LTI parameters of the launch
 */
public record LtiProviderLaunchData(
        @NotNull @Valid UserData user,
        @JsonbProperty("course_key") @NotNull CourseKey courseKey,
        @JsonbProperty("usage_key") @NotNull UsageKey usageKey,
        @JsonbProperty("launch_params") @NotNull @Valid LtiProviderLaunchParamsData launchParams) {

    /**
     * Canonical constructor.
     *
     * @param user the Open edX user who launched
     * @param courseKey the course of the launched content
     * @param usageKey the launched content
     * @param launchParams the LTI parameters of the launch
     */
    @JsonbCreator
    public LtiProviderLaunchData {
    }
}
