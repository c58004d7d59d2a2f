package org.openedx.events.sample.observers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.openedx.events.EventDelivery;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.sample.store.EventLog;

/**
 * Prepares a welcome message for each completed registration, on a container thread rather than the request's
 * (an {@code @ObservesAsync} observer, reached by {@code OpenEdxEvents.sendAsync}). The sample only records it;
 * a real service would hand it to a mail queue.
 */
@ApplicationScoped
public class WelcomeMessages {

    /** The receiver name of {@link #welcome}. */
    public static final String RECEIVER = Receivers.name(WelcomeMessages.class, "welcome");

    @Inject
    EventLog log;

    /**
     * Records the welcome message.
     *
     * @param user the new user
     * @param delivery the delivery
     * @return what was done, shown as this receiver's message
     */
    String welcome(
            @ObservesAsync @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED) UserData user,
            EventDelivery delivery) {
        String summary = "queued a welcome message for user " + user.id();
        log.record(RECEIVER, "async", delivery, summary);
        return summary;
    }
}
