package org.openedx.events.learning.data;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.support.Payloads;

/**
 * A notification requested for a set of users.
 *
 * <p>Upstream: {@code openedx_events.learning.data.UserNotificationData}.
 *
 * @param userIds the ids of the users to notify
 * @param notificationType the notification type
 * @param contentUrl the URL of the content
 * @param appName the name of the application
 * @param courseKey the course the notification is about
 * @param context more information on the context of the notification; upstream default: an empty map
 */
public record UserNotificationData(
        @JsonbProperty("user_ids") @NotNull List<@NotNull Long> userIds,
        @JsonbProperty("notification_type") @NotNull String notificationType,
        @JsonbProperty("content_url") @NotNull String contentUrl,
        @JsonbProperty("app_name") @NotNull String appName,
        @JsonbProperty("course_key") @NotNull CourseKey courseKey,
        @NotNull Map<String, @NotNull String> context) {

    /**
     * Copies and normalizes the components; a null {@code context} becomes an empty map.
     *
     * @param userIds the ids of the users to notify
     * @param notificationType the notification type
     * @param contentUrl the URL of the content
     * @param appName the name of the application
     * @param courseKey the course the notification is about
     * @param context more information on the context of the notification; upstream default: an empty map
     */
    @JsonbCreator
    public UserNotificationData {
        userIds = Payloads.copy(userIds);
        context = Payloads.copyOrEmpty(context);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param userIds the ids of the users to notify
     * @param notificationType the notification type
     * @param contentUrl the URL of the content
     * @param appName the name of the application
     * @param courseKey the course the notification is about
     */
    public UserNotificationData(List<Long> userIds, String notificationType, String contentUrl, String appName,
            CourseKey courseKey) {
        this(userIds, notificationType, contentUrl, appName, courseKey, Map.of());
    }
}
