package org.openedx.events.learning.data;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.support.Payloads;

/**
 * A post in a course discussion forum: a thread, a response or a comment.
 *
 * <p>Upstream: {@code openedx_events.learning.data.DiscussionThreadData}.
 *
 * <p>Upstream documents {@code id} as an int but declares it {@code str}; this record follows the declaration.
 *
 * @param body the text of the post
 * @param commentableId the id of the commentable the post belongs to
 * @param id the post's id
 * @param truncated whether the body is truncated
 * @param url the post's URL
 * @param user the author of the post
 * @param courseId the course of the discussion
 * @param threadType the thread type, or null
 * @param anonymous whether the author is anonymous, or null
 * @param anonymousToPeers whether the author is anonymous to other learners, or null
 * @param title the thread's title, or null
 * @param titleTruncated whether the title is truncated, or null
 * @param groupId the group's id, or null
 * @param teamId the team's id, or null
 * @param categoryId the category's id, or null
 * @param categoryName the category's name, or null
 * @param discussion discussion data, for comments and responses only, or null
 * @param userCourseRoles the author's roles in the course; upstream default: an empty list
 * @param userForumsRoles the author's roles in the forums; upstream default: an empty list
 * @param options the thread's options; upstream default: an empty map
 */
public record DiscussionThreadData(
        @NotNull String body,
        @JsonbProperty("commentable_id") @NotNull String commentableId,
        @NotNull String id,
        boolean truncated,
        @NotNull String url,
        @NotNull @Valid UserData user,
        @JsonbProperty("course_id") @NotNull CourseKey courseId,
        @JsonbNillable @JsonbProperty("thread_type") String threadType,
        Boolean anonymous,
        @JsonbNillable @JsonbProperty("anonymous_to_peers") Boolean anonymousToPeers,
        String title,
        @JsonbNillable @JsonbProperty("title_truncated") Boolean titleTruncated,
        @JsonbNillable @JsonbProperty("group_id") Long groupId,
        @JsonbNillable @JsonbProperty("team_id") Long teamId,
        @JsonbNillable @JsonbProperty("category_id") Long categoryId,
        @JsonbNillable @JsonbProperty("category_name") String categoryName,
        Map<String, @NotNull String> discussion,
        @JsonbProperty("user_course_roles") @NotNull List<@NotNull String> userCourseRoles,
        @JsonbProperty("user_forums_roles") @NotNull List<@NotNull String> userForumsRoles,
        @NotNull Map<String, @NotNull Boolean> options) {

    /**
     * Copies and normalizes the components; null {@code userCourseRoles} and {@code userForumsRoles} become empty
     * lists; a null {@code options} becomes an empty map.
     *
     * @param body the text of the post
     * @param commentableId the id of the commentable the post belongs to
     * @param id the post's id
     * @param truncated whether the body is truncated
     * @param url the post's URL
     * @param user the author of the post
     * @param courseId the course of the discussion
     * @param threadType the thread type, or null
     * @param anonymous whether the author is anonymous, or null
     * @param anonymousToPeers whether the author is anonymous to other learners, or null
     * @param title the thread's title, or null
     * @param titleTruncated whether the title is truncated, or null
     * @param groupId the group's id, or null
     * @param teamId the team's id, or null
     * @param categoryId the category's id, or null
     * @param categoryName the category's name, or null
     * @param discussion discussion data, for comments and responses only, or null
     * @param userCourseRoles the author's roles in the course; upstream default: an empty list
     * @param userForumsRoles the author's roles in the forums; upstream default: an empty list
     * @param options the thread's options; upstream default: an empty map
     */
    @JsonbCreator
    public DiscussionThreadData {
        discussion = Payloads.copy(discussion);
        userCourseRoles = Payloads.copyOrEmpty(userCourseRoles);
        userForumsRoles = Payloads.copyOrEmpty(userForumsRoles);
        options = Payloads.copyOrEmpty(options);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param body the text of the post
     * @param commentableId the id of the commentable the post belongs to
     * @param id the post's id
     * @param truncated whether the body is truncated
     * @param url the post's URL
     * @param user the author of the post
     * @param courseId the course of the discussion
     */
    public DiscussionThreadData(String body, String commentableId, String id, boolean truncated, String url,
            UserData user, CourseKey courseId) {
        this(body, commentableId, id, truncated, url, user, courseId, null, null, null, null, null, null, null, null,
                null, null, List.of(), List.of(), Map.of());
    }
}
