package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendResult;
import org.openedx.events.cdi.support.Payloads;
import org.openedx.events.cdi.support.WeldContainers;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;

/** Asynchronous observers, nested sends and concurrent sends. */
class AsyncAndConcurrencyTest {

    /** Async observers of enrollments; one fails for mode "fail". */
    @Singleton
    public static class AsyncObservers {
        final Map<String, EventsMetadata> seen = new ConcurrentHashMap<>();
        final Map<String, String> threads = new ConcurrentHashMap<>();

        String onCreated(
                @ObservesAsync @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData data,
                EventsMetadata metadata,
                EventDelivery delivery) {
            seen.put("created", metadata);
            threads.put("created", Thread.currentThread().getName());
            if (data.mode().equals("fail")) {
                throw new IllegalArgumentException("async failure");
            }
            return "async-ok";
        }
    }

    /** An observer that sends another event from inside its own delivery, and echoes the user id. */
    @Singleton
    public static class Chain {
        @Inject
        OpenEdxEvents events;

        final Map<Long, List<String>> innerResponses = new ConcurrentHashMap<>();

        long onLogin(
                @Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
                EventsMetadata metadata) {
            SendResult inner = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, user);
            List<String> names = new ArrayList<>();
            for (ReceiverResponse response : inner.responses()) {
                names.add(response.receiver() + "=" + response.response());
            }
            innerResponses.put(user.id(), names);
            if (!metadata.eventType().equals(LearningEvents.SESSION_LOGIN_COMPLETED)) {
                throw new IllegalStateException("outer metadata lost after nested send");
            }
            return user.id();
        }

        String onRegistered(
                @Observes @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED) UserData user,
                EventsMetadata metadata) {
            return metadata.eventType() + "#" + user.id();
        }
    }

    private WeldContainer container;
    private OpenEdxEvents events;

    @BeforeEach
    void start() {
        container = WeldContainers.start(AsyncObservers.class, Chain.class);
        events = container.select(OpenEdxEvents.class).get();
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void asyncObserverGetsTheMetadataOfItsSendOnAnotherThread() throws Exception {
        SendResult result = events.sendAsync(LearningSignals.COURSE_ENROLLMENT_CREATED, Payloads.enrollment(1))
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);

        AsyncObservers observers = container.select(AsyncObservers.class).get();
        assertThat(observers.seen.get("created")).isEqualTo(result.metadata());
        assertThat(observers.threads.get("created"))
                .isNotEqualTo(Thread.currentThread().getName());
        assertThat(result.responses()).singleElement().satisfies(r -> {
            assertThat(r.receiver()).isEqualTo(AsyncObservers.class.getName() + "#onCreated");
            assertThat(r.response()).isEqualTo("async-ok");
        });
    }

    @Test
    void asyncFailureIsCollectedInRobustMode() throws Exception {
        CourseEnrollmentData failing = new CourseEnrollmentData(
                Payloads.user(1), Payloads.enrollment(1).course(), "fail", true, Payloads.TIME);

        SendResult result = events.sendAsync(LearningSignals.COURSE_ENROLLMENT_CREATED, failing)
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);

        assertThat(result.failures())
                .singleElement()
                .satisfies(r -> assertThat(r.failure()).hasMessage("async failure"));
    }

    @Test
    void asyncFailureFailsTheStageWhenNonRobust() {
        CourseEnrollmentData failing = new CourseEnrollmentData(
                Payloads.user(1), Payloads.enrollment(1).course(), "fail", true, Payloads.TIME);

        var stage = events.sendAsync(
                        LearningSignals.COURSE_ENROLLMENT_CREATED,
                        failing,
                        org.openedx.events.SendOptions.defaults().withRobust(false))
                .toCompletableFuture();

        assertThat(stage)
                .failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingRootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .withMessage("async failure");
    }

    @Test
    void nestedSendGetsItsOwnResponsesAndMetadata() {
        SendResult outer = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(7));

        assertThat(outer.failures()).isEmpty();
        assertThat(outer.responses())
                .singleElement()
                .satisfies(r -> assertThat(r.response()).isEqualTo(7L));
        assertThat(container.select(Chain.class).get().innerResponses.get(7L))
                .containsExactly(Chain.class.getName() + "#onRegistered="
                        + LearningEvents.STUDENT_REGISTRATION_COMPLETED + "#7");
    }

    @Test
    void eightThreadsSendingAtOnceLoseAndMixUpNothing() throws Exception {
        int threads = 8;
        int sendsPerThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long base = t * 100_000L;
                Callable<Integer> sender = () -> {
                    start.await();
                    int checked = 0;
                    for (int i = 0; i < sendsPerThread; i++) {
                        long id = base + i;
                        SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(id));
                        assertThat(result.failures()).isEmpty();
                        assertThat(result.responses())
                                .singleElement()
                                .satisfies(r -> assertThat(r.response()).isEqualTo(id));
                        assertThat(result.metadata().eventType()).isEqualTo(LearningEvents.SESSION_LOGIN_COMPLETED);
                        checked++;
                    }
                    return checked;
                };
                futures.add(pool.submit(sender));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> future : futures) {
                total += future.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(threads * sendsPerThread);
            Chain chain = container.select(Chain.class).get();
            assertThat(chain.innerResponses).hasSize(threads * sendsPerThread);
            chain.innerResponses.forEach((id, responses) -> assertThat(responses)
                    .containsExactly(Chain.class.getName() + "#onRegistered="
                            + LearningEvents.STUDENT_REGISTRATION_COMPLETED + "#" + id));
        } finally {
            pool.shutdownNow();
        }
    }
}
