package org.openedx.events.learning.data;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.support.Payloads;

/**
 * The discussion configuration of a course: the provider, its switches and the topic contexts.
 *
 * <p>Upstream: {@code openedx_events.learning.data.CourseDiscussionConfigurationData}.
 *
 * @param courseKey the course whose discussions are configured
 * @param providerType the discussion provider, from the discussion settings
 * @param enabled whether discussions are enabled for the course; upstream default {@code true}
 * @param enableInContext whether in-context discussions are enabled; only effective when {@code enabled}; upstream
 *     default {@code true}
 * @param enableGradedUnits whether graded units get discussion topics too; upstream default {@code false}
 * @param unitLevelVisibility whether discussions are visible at unit level; upstream default {@code false}
 * @param pluginConfiguration the provider plugin's configuration for this context; upstream default: an empty map
 *     (upstream's default is the {@code dict} class itself, a quirk)
 * @param contexts the contexts in which discussions are enabled; upstream default: an empty list
 */
public record CourseDiscussionConfigurationData(
        @JsonbProperty("course_key") @NotNull CourseKey courseKey,
        @JsonbProperty("provider_type") @NotNull String providerType,
        boolean enabled,
        @JsonbProperty("enable_in_context") boolean enableInContext,
        @JsonbProperty("enable_graded_units") boolean enableGradedUnits,
        @JsonbProperty("unit_level_visibility") boolean unitLevelVisibility,
        @JsonbProperty("plugin_configuration") @NotNull Map<String, @NotNull Boolean> pluginConfiguration,
        @NotNull List<@NotNull @Valid DiscussionTopicContext> contexts) {

    /**
     * Copies and normalizes the components; a null {@code pluginConfiguration} becomes an empty map; a null
     * {@code contexts} becomes an empty list.
     *
     * @param courseKey the course whose discussions are configured
     * @param providerType the discussion provider, from the discussion settings
     * @param enabled whether discussions are enabled for the course; upstream default {@code true}
     * @param enableInContext whether in-context discussions are enabled; only effective when {@code enabled}; upstream
     *     default {@code true}
     * @param enableGradedUnits whether graded units get discussion topics too; upstream default {@code false}
     * @param unitLevelVisibility whether discussions are visible at unit level; upstream default {@code false}
     * @param pluginConfiguration the provider plugin's configuration for this context; upstream default: an empty map
     *     (upstream's default is the {@code dict} class itself, a quirk)
     * @param contexts the contexts in which discussions are enabled; upstream default: an empty list
     */
    @JsonbCreator
    public CourseDiscussionConfigurationData {
        pluginConfiguration = Payloads.copyOrEmpty(pluginConfiguration);
        contexts = Payloads.copyOrEmpty(contexts);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param courseKey the course whose discussions are configured
     * @param providerType the discussion provider, from the discussion settings
     */
    public CourseDiscussionConfigurationData(CourseKey courseKey, String providerType) {
        this(courseKey, providerType, true, true, false, false, Map.of(), List.of());
    }
}
