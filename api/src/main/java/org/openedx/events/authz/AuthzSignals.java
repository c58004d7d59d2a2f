package org.openedx.events.authz;

import java.util.List;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.authz.data.RoleAssignmentData;

/**
 * The signals of the authz subdomain (upstream {@code openedx_events.authz.signals}), in upstream's order.
 *
 * <p>Each signal's event type is the constant of the same name in {@link AuthzEvents}. Generated from the upstream
 * catalog by {@code tools/catalog/generate.py}.
 */
public final class AuthzSignals {

    private AuthzSignals() {
    }

    /**
     * Emitted when a subject is given a role in some scope.
     *
     * <p>Payload {@code role_assignment}: {@link RoleAssignmentData}. Event-bus key: {@code user.pii.username}. Sent by
     * {@code openedx/openedx-authz}.
     *
     * <p>The event key field is kept exactly as upstream defines it, although it does not resolve against the payload:
     * the payload key is {@code role_assignment}, not {@code user}. A producer configured with it cannot find the key.
     *
     * <p>Event type: {@link AuthzEvents#ROLE_ASSIGNMENT_CREATED}.
     */
    public static final OpenEdxPublicSignal<RoleAssignmentData> ROLE_ASSIGNMENT_CREATED =
            OpenEdxPublicSignal.of(AuthzEvents.ROLE_ASSIGNMENT_CREATED, "role_assignment", RoleAssignmentData.class)
                    .withEventKeyField("user.pii.username");

    /**
     * Emitted when a role assignment is taken away from a subject.
     *
     * <p>Payload {@code role_assignment}: {@link RoleAssignmentData}. Event-bus key: {@code user.pii.username}. Sent by
     * {@code openedx/openedx-authz}.
     *
     * <p>The event key field is kept exactly as upstream defines it, although it does not resolve against the payload:
     * the payload key is {@code role_assignment}, not {@code user}. A producer configured with it cannot find the key.
     *
     * <p>Event type: {@link AuthzEvents#ROLE_ASSIGNMENT_DELETED}.
     */
    public static final OpenEdxPublicSignal<RoleAssignmentData> ROLE_ASSIGNMENT_DELETED =
            OpenEdxPublicSignal.of(AuthzEvents.ROLE_ASSIGNMENT_DELETED, "role_assignment", RoleAssignmentData.class)
                    .withEventKeyField("user.pii.username");

    /** Every signal of this subdomain, in upstream's definition order. */
    public static final List<OpenEdxPublicSignal<?>> ALL = List.of(
            ROLE_ASSIGNMENT_CREATED,
            ROLE_ASSIGNMENT_DELETED);
}
