package org.openedx.events.authz.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

/**
 * A role assignment: which role a subject holds in which scope, and the operation that changed it.
 *
 * <p>Upstream: {@code openedx_events.authz.data.RoleAssignmentData}.
 *
 * <p>{@link #toString()} masks {@code subject} so that the record is safe to log.
 *
 * @param operation what happened to the assignment, e.g. {@code created} or {@code deleted}
 * @param subject who holds the role, e.g. {@code user^john_doe}
 * @param role the role, e.g. {@code course_admin}
 * @param scope where the role applies, e.g. {@code course-v1:edX+DemoX+Demo_Course}
 * @param actorId the database id of whoever made the change, or null
 */
public record RoleAssignmentData(
        @NotNull String operation,
        @NotNull String subject,
        @NotNull String role,
        @NotNull String scope,
        @JsonbNillable @JsonbProperty("actor_id") Long actorId) {

    /**
     * Canonical constructor.
     *
     * @param operation what happened to the assignment, e.g. {@code created} or {@code deleted}
     * @param subject who holds the role, e.g. {@code user^john_doe}
     * @param role the role, e.g. {@code course_admin}
     * @param scope where the role applies, e.g. {@code course-v1:edX+DemoX+Demo_Course}
     * @param actorId the database id of whoever made the change, or null
     */
    @JsonbCreator
    public RoleAssignmentData {
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param operation what happened to the assignment, e.g. {@code created} or {@code deleted}
     * @param subject who holds the role, e.g. {@code user^john_doe}
     * @param role the role, e.g. {@code course_admin}
     * @param scope where the role applies, e.g. {@code course-v1:edX+DemoX+Demo_Course}
     */
    public RoleAssignmentData(String operation, String subject, String role, String scope) {
        this(operation, subject, role, scope, null);
    }

    /** Like the default record toString, but masks the personal data. */
    @Override
    public String toString() {
        return "RoleAssignmentData[operation=" + operation + ", subject=***, role=" + role + ", scope=" + scope
                + ", actorId=" + actorId + "]";
    }
}
