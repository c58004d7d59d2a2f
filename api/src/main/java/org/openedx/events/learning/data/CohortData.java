package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A user's membership in a cohort of a course.
 *
 * <p>Upstream: {@code openedx_events.learning.data.CohortData}.
 *
 * @param user the user assigned to the cohort
 * @param course the course of the cohort
 * @param name the cohort's name
 */
public record CohortData(
        @NotNull @Valid UserData user,
        @NotNull @Valid CourseData course,
        @NotNull String name) {

    /**
     * Canonical constructor.
     *
     * @param user the user assigned to the cohort
     * @param course the course of the cohort
     * @param name the cohort's name
     */
    @JsonbCreator
    public CohortData {
    }
}
