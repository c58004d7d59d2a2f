package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Whether a user's updated course grade is enough to pass the course.
 *
 * <p>Upstream: {@code openedx_events.learning.data.CoursePassingStatusData}. It is the upstream base class of
 * {@link CcxCoursePassingStatusData}, which repeat its components.
 *
 * @param isPassing whether the user's grade is enough to pass the course
 * @param course the course whose grade was updated
 * @param user the user whose grade was updated
 */
public record CoursePassingStatusData(
        @JsonbProperty("is_passing") boolean isPassing,
        @NotNull @Valid CourseData course,
        @NotNull @Valid UserData user) {

    /**
     * Canonical constructor.
     *
     * @param isPassing whether the user's grade is enough to pass the course
     * @param course the course whose grade was updated
     * @param user the user whose grade was updated
     */
    @JsonbCreator
    public CoursePassingStatusData {
    }
}
