package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;

/**
 * A user's access role in a course.
 *
 * <p>Upstream: {@code openedx_events.learning.data.CourseAccessRoleData}.
 *
 * <p>Upstream's docstring calls the organization field {@code org}; the attribute, and so the wire name, is
 * {@code org_key}.
 *
 * @param user the user who holds the role
 * @param orgKey the organization of the course
 * @param courseKey the course
 * @param role the user's role in the course
 */
public record CourseAccessRoleData(
        @NotNull @Valid UserData user,
        @JsonbProperty("org_key") @NotNull String orgKey,
        @JsonbProperty("course_key") @NotNull CourseKey courseKey,
        @NotNull String role) {

    /**
     * Canonical constructor.
     *
     * @param user the user who holds the role
     * @param orgKey the organization of the course
     * @param courseKey the course
     * @param role the user's role in the course
     */
    @JsonbCreator
    public CourseAccessRoleData {
    }
}
