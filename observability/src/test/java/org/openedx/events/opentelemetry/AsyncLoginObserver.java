package org.openedx.events.opentelemetry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;

/** An asynchronous observer of logins. */
@ApplicationScoped
public class AsyncLoginObserver {

    void onLogin(@ObservesAsync @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user) {
        // nothing: its span is what the test looks at
    }
}
