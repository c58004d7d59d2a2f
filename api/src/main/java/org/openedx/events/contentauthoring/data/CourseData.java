package org.openedx.events.contentauthoring.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;

/**
 * A course, identified by its key only.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.CourseData}.
 *
 * <p>Not to be confused with {@link org.openedx.events.learning.data.CourseData}, which also carries the display name
 * and the dates.
 *
 * @param courseKey the course's key
 */
public record CourseData(
        @JsonbProperty("course_key") @NotNull CourseKey courseKey) {

    /**
     * Canonical constructor.
     *
     * @param courseKey the course's key
     */
    @JsonbCreator
    public CourseData {
    }
}
