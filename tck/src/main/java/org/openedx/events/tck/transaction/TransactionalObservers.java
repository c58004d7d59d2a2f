package org.openedx.events.tck.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;

/** Observers of registrations in each transaction phase; the after-success one fails for user 13. */
@ApplicationScoped
public class TransactionalObservers {

    @Inject
    Recorder recorder;

    void inProgress(
            @Observes @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED) UserData user,
            EventsMetadata metadata) {
        recorder.record("in-progress:" + user.id(), metadata, null);
    }

    void afterSuccess(
            @Observes(during = TransactionPhase.AFTER_SUCCESS)
                    @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED)
                    UserData user,
            EventsMetadata metadata,
            EventDelivery delivery) {
        recorder.record("after-success:" + user.id(), metadata, delivery);
        if (user.id() == 13) {
            throw new IllegalStateException("after-success failure");
        }
    }

    void afterFailure(
            @Observes(during = TransactionPhase.AFTER_FAILURE)
                    @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED)
                    UserData user,
            EventsMetadata metadata) {
        recorder.record("after-failure:" + user.id(), metadata, null);
    }
}
