package org.openedx.events.tck.switches;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/** Observers of logins (failing for user 13) and registrations. */
@ApplicationScoped
public class SwitchObservers {

    @Inject
    Recorder recorder;

    void onLogin(@Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user) {
        recorder.record("login:" + user.id());
        if (user.id() == 13) {
            throw new IllegalStateException("unlucky");
        }
    }

    void onRegistration(@Observes @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED) UserData user) {
        recorder.record("registered:" + user.id());
    }
}
