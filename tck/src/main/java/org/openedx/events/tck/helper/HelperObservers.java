package org.openedx.events.tck.helper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/** A login observer that always fails, and a registration observer. */
@ApplicationScoped
public class HelperObservers {

    @Inject
    Recorder recorder;

    void onLogin(@Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user) {
        recorder.record("login:" + user.id());
        throw new IllegalStateException("login observer failure");
    }

    void onRegistration(@Observes @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED) UserData user) {
        recorder.record("registered:" + user.id());
    }
}
