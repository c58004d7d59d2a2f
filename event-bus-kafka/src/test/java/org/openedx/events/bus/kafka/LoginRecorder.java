package org.openedx.events.bus.kafka;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;

/** Records every login event it observes; fails while {@link #failuresLeft} is above zero. */
@ApplicationScoped
public class LoginRecorder {

    record Seen(UserData user, EventsMetadata metadata, boolean fromEventBus, String thread) {}

    static final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    static final AtomicInteger failuresLeft = new AtomicInteger();
    static final AtomicInteger attempts = new AtomicInteger();

    static void reset() {
        seen.clear();
        failuresLeft.set(0);
        attempts.set(0);
    }

    void onLogin(
            @Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
            EventsMetadata metadata,
            EventDelivery delivery) {
        attempts.incrementAndGet();
        if (failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0) {
            throw new IllegalStateException("observer failed on purpose");
        }
        seen.add(new Seen(
                user, metadata, delivery.fromEventBus(), Thread.currentThread().getName()));
    }
}
