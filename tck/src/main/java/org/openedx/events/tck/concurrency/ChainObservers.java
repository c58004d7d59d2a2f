package org.openedx.events.tck.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;

/**
 * A login observer that sends a registration event from inside its own delivery (a nested send) and answers the
 * user id; the registration observer answers the event type and user id it got.
 */
@ApplicationScoped
public class ChainObservers {

    @Inject
    OpenEdxEvents events;

    private final Map<Long, List<String>> innerResponses = new ConcurrentHashMap<>();
    private final Map<Long, EventsMetadata> innerMetadata = new ConcurrentHashMap<>();

    long onLogin(
            @Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user, EventsMetadata metadata) {
        SendResult inner = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, user);
        List<String> responses = new ArrayList<>();
        for (ReceiverResponse response : inner.responses()) {
            responses.add(response.receiver() + "=" + response.response());
        }
        innerResponses.put(user.id(), responses);
        innerMetadata.put(user.id(), inner.metadata());
        if (!metadata.eventType().equals(LearningEvents.SESSION_LOGIN_COMPLETED)) {
            throw new IllegalStateException("the outer metadata was lost after the nested send");
        }
        return user.id();
    }

    String onRegistration(
            @Observes @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED) UserData user,
            EventsMetadata metadata) {
        return metadata.eventType() + "#" + user.id();
    }

    /** Forgets every nested send. */
    public void clear() {
        innerResponses.clear();
        innerMetadata.clear();
    }

    /** The responses of the nested sends, by user id. */
    public Map<Long, List<String>> innerResponses() {
        return Map.copyOf(innerResponses);
    }

    /** The metadata of the nested sends, by user id. */
    public Map<Long, EventsMetadata> innerMetadata() {
        return Map.copyOf(innerMetadata);
    }
}
