package org.openedx.events.learning.data;

import java.util.Map;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.UsageKey;
import org.openedx.events.support.Payloads;

/**
 * A discussion topic of a course: links the topic's external id to the unit it belongs to.
 *
 * <p>Upstream: {@code openedx_events.learning.data.DiscussionTopicContext}.
 *
 * @param title the discussion's title, cached here to avoid looking it up in the course structure
 * @param usageKey the unit the topic belongs to, or null
 * @param groupId the group this context is for, letting providers without cohorts emulate them, or null
 * @param externalId the commentable id used by the forum service ({@code cs_comments_service}), or null
 * @param ordering the position of the topic, or null
 * @param context more information on where the topic is used, such as its section and subsection; upstream default: an
 *     empty map
 */
public record DiscussionTopicContext(
        @NotNull String title,
        @JsonbNillable @JsonbProperty("usage_key") UsageKey usageKey,
        @JsonbNillable @JsonbProperty("group_id") Long groupId,
        @JsonbNillable @JsonbProperty("external_id") String externalId,
        Long ordering,
        @NotNull Map<String, @NotNull String> context) {

    /**
     * Copies and normalizes the components; a null {@code context} becomes an empty map.
     *
     * @param title the discussion's title, cached here to avoid looking it up in the course structure
     * @param usageKey the unit the topic belongs to, or null
     * @param groupId the group this context is for, letting providers without cohorts emulate them, or null
     * @param externalId the commentable id used by the forum service ({@code cs_comments_service}), or null
     * @param ordering the position of the topic, or null
     * @param context more information on where the topic is used, such as its section and subsection; upstream default:
     *     an empty map
     */
    @JsonbCreator
    public DiscussionTopicContext {
        context = Payloads.copyOrEmpty(context);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param title the discussion's title, cached here to avoid looking it up in the course structure
     */
    public DiscussionTopicContext(String title) {
        this(title, null, null, null, null, Map.of());
    }
}
