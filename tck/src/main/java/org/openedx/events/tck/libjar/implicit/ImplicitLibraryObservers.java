package org.openedx.events.tck.libjar.implicit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/** Observers packaged in a {@code WEB-INF/lib} jar without {@code beans.xml}: an implicit bean archive. */
@ApplicationScoped
public class ImplicitLibraryObservers {

    @Inject
    Recorder recorder;

    String onLogin(
            @Observes @Priority(1) @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
            EventsMetadata metadata) {
        recorder.record("implicit-lib:" + user.id(), metadata, null);
        if (user.id() == 13) {
            throw new IllegalStateException("implicit library failure");
        }
        return "implicit-lib";
    }
}
