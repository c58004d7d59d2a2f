package org.openedx.events.tck.dispatch.modifiers;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/** A final class cannot be subclassed for interception. */
@Dependent
public final class FinalClassObserver {

    @Inject
    Recorder recorder;

    void onFinalClass(
            @Observes @Priority(40) @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
            EventsMetadata metadata) {
        recorder.record("final-class", metadata, null);
    }
}
