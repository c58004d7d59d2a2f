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

/** A final method cannot be overridden by an interceptor's subclass. */
@ApplicationScoped
public class FinalMethodObserver {

    @Inject
    Recorder recorder;

    final void onFinal(
            @Observes @Priority(30) @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
            EventsMetadata metadata) {
        recorder.record("final-method", metadata, null);
    }
}
