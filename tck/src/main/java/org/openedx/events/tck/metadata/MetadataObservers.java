package org.openedx.events.tck.metadata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/** A synchronous and an asynchronous observer of logins that ask for the metadata and the delivery. */
@ApplicationScoped
public class MetadataObservers {

    @Inject
    Recorder recorder;

    void onLogin(
            @Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
            EventsMetadata metadata,
            EventDelivery delivery) {
        recorder.record("sync:" + user.id(), metadata, delivery);
    }

    void onLoginAsync(
            @ObservesAsync @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
            EventsMetadata metadata,
            EventDelivery delivery) {
        recorder.record("async:" + user.id(), metadata, delivery);
    }
}
