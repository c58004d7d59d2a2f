package org.openedx.events.bus.kafka;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.authz.AuthzEvents;
import org.openedx.events.authz.data.RoleAssignmentData;

/** Records every role assignment it observes (a payload with an optional field, {@code actor_id}). */
@ApplicationScoped
public class RoleAssignmentRecorder {

    static final BlockingQueue<RoleAssignmentData> seen = new LinkedBlockingQueue<>();

    void onRoleAssigned(@Observes @OpenEdxEvent(AuthzEvents.ROLE_ASSIGNMENT_CREATED) RoleAssignmentData assignment) {
        seen.add(assignment);
    }
}
