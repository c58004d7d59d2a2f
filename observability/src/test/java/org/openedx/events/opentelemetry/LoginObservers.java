package org.openedx.events.opentelemetry;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.EventDelivery;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;

/**
 * Two observers of logins: one records, one can be told to fail, or to block deliveries from the bus. One container at
 * a time.
 */
@ApplicationScoped
public class LoginObservers {

    /**
     * What the record observer saw: the payload, whether it came from the bus, and the trace and span ids in JBoss
     * Logging's mapped diagnostic context while it ran.
     */
    record Seen(UserData user, boolean fromEventBus, Object traceId, Object spanId) {}

    static final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    static final AtomicInteger failuresLeft = new AtomicInteger();
    static volatile CountDownLatch release;

    static void reset() {
        seen.clear();
        failuresLeft.set(0);
        release = null;
    }

    void record(@Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user, EventDelivery delivery) {
        seen.add(new Seen(
                user,
                delivery.fromEventBus(),
                org.jboss.logging.MDC.get(LogContext.TRACE_ID),
                org.jboss.logging.MDC.get(LogContext.SPAN_ID)));
    }

    void mayFail(@Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user, EventDelivery delivery)
            throws InterruptedException {
        CountDownLatch gate = release;
        if (gate != null && delivery.fromEventBus()) {
            gate.await(30, TimeUnit.SECONDS);
        }
        if (failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0) {
            throw new IllegalStateException(
                    "observer failed on purpose for " + user.pii().username());
        }
    }
}
