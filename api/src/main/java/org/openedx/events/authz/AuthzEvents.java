package org.openedx.events.authz;

/**
 * The event types of the authz subdomain, as compile-time constants for {@code @OpenEdxEvent(...)}.
 *
 * <p>Each constant's signal, with its payload class, is the field of the same name in {@link AuthzSignals}.
 */
public final class AuthzEvents {

    private AuthzEvents() {
    }

    /** Emitted when a subject is given a role in some scope. See {@link AuthzSignals#ROLE_ASSIGNMENT_CREATED}. */
    public static final String ROLE_ASSIGNMENT_CREATED = "org.openedx.authz.role_assignment.created";

    /**
     * Emitted when a role assignment is taken away from a subject. See {@link AuthzSignals#ROLE_ASSIGNMENT_DELETED}.
     */
    public static final String ROLE_ASSIGNMENT_DELETED = "org.openedx.authz.role_assignment.deleted";
}
