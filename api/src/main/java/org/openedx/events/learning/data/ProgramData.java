package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

/**
 * A program, as course-discovery defines it.
 *
 * <p>Upstream: {@code openedx_events.learning.data.ProgramData}.
 *
 * @param uuid the program's UUID in course-discovery
 * @param title the program's title
 * @param programType the slug of the program type, e.g. {@code professional}, {@code microbachelors} or
 *     {@code micromasters}
 */
public record ProgramData(
        @NotNull String uuid,
        @NotNull String title,
        @JsonbProperty("program_type") @NotNull String programType) {

    /**
     * Canonical constructor.
     *
     * @param uuid the program's UUID in course-discovery
     * @param title the program's title
     * @param programType the slug of the program type, e.g. {@code professional}, {@code microbachelors} or
     *     {@code micromasters}
     */
    @JsonbCreator
    public ProgramData {
    }
}
