package org.openedx.events.tck.dispatch.modifiers;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/** A package-private method of a normal bean, the last of the login observers: the behaviour to compare with. */
@ApplicationScoped
public class OrdinaryObserver {

    @Inject
    Recorder recorder;

    String onOrdinary(
            @Observes @Priority(50) @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
            EventsMetadata metadata) {
        recorder.record("ordinary", metadata, null);
        return "ordinary:" + user.id();
    }
}
