package org.openedx.events.tck.libjar.explicit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/** Observers packaged in a {@code WEB-INF/lib} jar that has a {@code beans.xml}; user 13 makes one fail. */
@ApplicationScoped
public class LibraryObservers {

    @Inject
    Recorder recorder;

    String onLogin(
            @Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user, EventsMetadata metadata) {
        recorder.record("explicit-lib:" + user.id(), metadata, null);
        if (user.id() == 13) {
            throw new IllegalStateException("library failure");
        }
        return "explicit-lib";
    }
}
