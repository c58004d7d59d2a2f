package org.openedx.events.bus.redis;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;

/** Records every login event it observes; can be told to fail or to block. One container at a time. */
@ApplicationScoped
public class LoginObserver {

    record Seen(UserData user, EventsMetadata metadata, boolean fromEventBus) {}

    // Static: tests reach them without going through the client proxy; reset() runs before each test.
    static final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    static final AtomicInteger failuresLeft = new AtomicInteger();
    static volatile CountDownLatch entered;
    static volatile CountDownLatch release;

    static void reset() {
        seen.clear();
        failuresLeft.set(0);
        entered = null;
        release = null;
    }

    void onLogin(
            @Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
            EventsMetadata metadata,
            EventDelivery delivery)
            throws InterruptedException {
        seen.add(new Seen(user, metadata, delivery.fromEventBus()));
        CountDownLatch gate = release;
        if (gate != null) {
            entered.countDown();
            gate.await(30, TimeUnit.SECONDS);
        }
        if (failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0) {
            throw new IllegalStateException("observer failed on purpose");
        }
    }
}
