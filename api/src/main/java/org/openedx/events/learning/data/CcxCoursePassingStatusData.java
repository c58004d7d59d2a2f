package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Whether a user's updated grade in a CCX course is enough to pass it.
 *
 * <p>Upstream: {@code openedx_events.learning.data.CcxCoursePassingStatusData} (upstream subclass of
 * {@link CoursePassingStatusData}). Records cannot extend, so the inherited components come first, in upstream's
 * attribute order; {@code course} is redefined here as a {@link CcxCourseData}, so it moves after them.
 *
 * @param isPassing whether the user's grade is enough to pass the course
 * @param user the user whose grade was updated
 * @param course the CCX whose grade was updated
 */
public record CcxCoursePassingStatusData(
        @JsonbProperty("is_passing") boolean isPassing,
        @NotNull @Valid UserData user,
        @NotNull @Valid CcxCourseData course) {

    /**
     * Canonical constructor.
     *
     * @param isPassing whether the user's grade is enough to pass the course
     * @param user the user whose grade was updated
     * @param course the CCX whose grade was updated
     */
    @JsonbCreator
    public CcxCoursePassingStatusData {
    }
}
