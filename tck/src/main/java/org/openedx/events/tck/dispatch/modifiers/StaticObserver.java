package org.openedx.events.tck.dispatch.modifiers;

import java.io.IOException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/**
 * Static observers: there is no instance to intercept. Their parameters besides the event are injected all the
 * same; the observer of registrations throws a checked exception.
 */
@ApplicationScoped
public class StaticObserver {

    static void onStatic(
            @Observes @Priority(10) @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
            EventsMetadata metadata,
            Recorder recorder) {
        recorder.record("static", metadata, null);
    }

    static void onRegistered(
            @Observes @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED) UserData user, Recorder recorder)
            throws IOException {
        recorder.record("static-registered");
        throw new IOException("disk full");
    }
}
