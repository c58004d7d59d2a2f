package org.openedx.events.tck.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/** Observes every {@code UserData} event, whatever its type, as CDI's rules for unqualified observers dictate. */
@ApplicationScoped
public class UnqualifiedObserver {

    @Inject
    Recorder recorder;

    void onAnyUser(@Observes UserData user) {
        recorder.record("any-user:" + user.id());
        if (user.id() == 13) {
            throw new IllegalStateException("unlucky");
        }
    }
}
