package org.openedx.events.learning.data;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.support.Payloads;

/**
 * A notification requested for a course, with the filters that select its audience.
 *
 * <p>Upstream: {@code openedx_events.learning.data.CourseNotificationData}.
 *
 * @param courseKey the course the notification is about
 * @param appName the name of the application requesting the notification
 * @param notificationType the notification type
 * @param contentUrl the URL the notification leads to
 * @param contentContext values for the notification's content template (the templates live in edx-platform's
 *     notifications app); upstream default: an empty map
 * @param audienceFilters filters that select the audience within the course, such as roles, enrollments or cohorts;
 *     upstream default: an empty map
 */
public record CourseNotificationData(
        @JsonbProperty("course_key") @NotNull CourseKey courseKey,
        @JsonbProperty("app_name") @NotNull String appName,
        @JsonbProperty("notification_type") @NotNull String notificationType,
        @JsonbProperty("content_url") @NotNull String contentUrl,
        @JsonbProperty("content_context") @NotNull Map<String, @NotNull String> contentContext,
        @JsonbProperty("audience_filters") @NotNull Map<String, @NotNull List<@NotNull String>> audienceFilters) {

    /**
     * Copies and normalizes the components; null {@code contentContext} and {@code audienceFilters} become empty maps.
     *
     * @param courseKey the course the notification is about
     * @param appName the name of the application requesting the notification
     * @param notificationType the notification type
     * @param contentUrl the URL the notification leads to
     * @param contentContext values for the notification's content template (the templates live in edx-platform's
     *     notifications app); upstream default: an empty map
     * @param audienceFilters filters that select the audience within the course, such as roles, enrollments or cohorts;
     *     upstream default: an empty map
     */
    @JsonbCreator
    public CourseNotificationData {
        contentContext = Payloads.copyOrEmpty(contentContext);
        audienceFilters = audienceFilters == null ? Map.of() : Payloads.copy(audienceFilters, Payloads::copy);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param courseKey the course the notification is about
     * @param appName the name of the application requesting the notification
     * @param notificationType the notification type
     * @param contentUrl the URL the notification leads to
     */
    public CourseNotificationData(CourseKey courseKey, String appName, String notificationType, String contentUrl) {
        this(courseKey, appName, notificationType, contentUrl, Map.of(), Map.of());
    }
}
