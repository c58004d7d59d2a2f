package org.openedx.events.tck.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;

/** Eight threads sending at once: every send gets exactly its own responses and metadata. */
@ExtendWith(ArquillianExtension.class)
@Spec("README#how-sending-works")
class ConcurrentSendTest {

    private static final int THREADS = 8;
    private static final int SENDS_PER_THREAD = 200;

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(ConcurrentSendTest.class);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    ChainObservers chain;

    @Test
    void eightThreadsSendingAtOnceLoseAndMixUpNothing() throws Exception {
        chain.clear();
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> senders = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long base = t * 100_000L;
                Callable<Integer> sender = () -> {
                    start.await();
                    for (int i = 0; i < SENDS_PER_THREAD; i++) {
                        long id = base + i;
                        SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(id));
                        assertThat(result.failures()).isEmpty();
                        assertThat(result.responses())
                                .singleElement()
                                .satisfies(response ->
                                        assertThat(response.response()).isEqualTo(id));
                        assertThat(result.metadata().eventType()).isEqualTo(LearningEvents.SESSION_LOGIN_COMPLETED);
                        ids.add(result.metadata().id());
                    }
                    return SENDS_PER_THREAD;
                };
                senders.add(pool.submit(sender));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> sender : senders) {
                total += sender.get(120, TimeUnit.SECONDS);
            }

            assertThat(total).isEqualTo(THREADS * SENDS_PER_THREAD);
            assertThat(ids).hasSize(THREADS * SENDS_PER_THREAD);
            assertThat(chain.innerResponses()).hasSize(THREADS * SENDS_PER_THREAD);
            chain.innerResponses()
                    .forEach((id, responses) -> assertThat(responses)
                            .containsExactly(ChainObservers.class.getName() + "#onRegistration="
                                    + LearningEvents.STUDENT_REGISTRATION_COMPLETED + "#" + id));
            assertThat(chain.innerMetadata().values())
                    .extracting(metadata -> metadata.id())
                    .doesNotHaveDuplicates()
                    .doesNotContainAnyElementsOf(ids);
        } finally {
            pool.shutdownNow();
        }
    }
}
