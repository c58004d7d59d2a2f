package org.openedx.events.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.bus.redis.RedisServer;
import org.openedx.events.learning.LearningSignals;

/** The health checks of the consumers against a real redis-server that is stopped and started again. */
@Tag("redis")
class RedisHealthTest {

    @RegisterExtension
    static final RedisServer REDIS = new RedisServer();

    private RedisFixture fixture;

    @BeforeEach
    void start() throws Exception {
        if (!REDIS.isRunning()) {
            REDIS.start();
        }
        fixture = new RedisFixture(REDIS.url(), 3);
    }

    @AfterEach
    void stop() throws InterruptedException {
        fixture.close();
    }

    @Test
    void theChecksAreBeansOnlyThroughTheExtensionAndAreUpWithoutConsumers() {
        WeldContainer container = fixture.container(null);

        List<HealthCheckResponse> readiness = container.select(HealthCheck.class, Readiness.Literal.INSTANCE).stream()
                .map(HealthCheck::call)
                .toList();
        List<HealthCheckResponse> liveness = container.select(HealthCheck.class, Liveness.Literal.INSTANCE).stream()
                .map(HealthCheck::call)
                .toList();

        assertThat(readiness)
                .extracting(HealthCheckResponse::getName)
                .containsExactlyInAnyOrder(ConsumersReadiness.NAME, ProducerReadiness.NAME);
        assertThat(liveness).extracting(HealthCheckResponse::getName).containsExactly(ConsumersLiveness.NAME);
        assertThat(readiness)
                .allSatisfy(check -> assertThat(check.getStatus()).isEqualTo(HealthCheckResponse.Status.UP));
        assertThat(liveness)
                .allSatisfy(check -> assertThat(check.getStatus()).isEqualTo(HealthCheckResponse.Status.UP));
    }

    @Test
    void readinessGoesDownWhenRedisStopsAndUpWhenItIsBack() throws Exception {
        WeldContainer container = fixture.container(null);
        HealthCheck readiness = container
                .select(ConsumersReadiness.class, Readiness.Literal.INSTANCE)
                .get();
        fixture.consume(container, "user-login", "g1", "c1");
        RedisFixture.await(
                () -> status(readiness) == HealthCheckResponse.Status.UP
                        && BusClients.get().running().size() == 1,
                "the consumer reached Redis");
        assertThat(readiness.call().getData().orElseThrow())
                .containsEntry("redis consumer 'c1' of group 'g1' on 'user-login'", "connected");

        REDIS.stop();
        RedisFixture.await(() -> status(readiness) == HealthCheckResponse.Status.DOWN, "readiness down");
        assertThat(readiness.call().getData().orElseThrow())
                .containsEntry("redis consumer 'c1' of group 'g1' on 'user-login'", "disconnected");

        REDIS.start();
        RedisFixture.await(() -> status(readiness) == HealthCheckResponse.Status.UP, "readiness up again");
    }

    @Test
    void theProducersReadinessFollowsItsConnection() throws Exception {
        WeldContainer container = fixture.container(RedisFixture.LOGIN_CONFIG);
        HealthCheck producer = container
                .select(ProducerReadiness.class, Readiness.Literal.INSTANCE)
                .get();
        assertThat(producer.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(producer.call().getData().orElseThrow()).containsEntry("redis producer", "connected");

        REDIS.stop();
        RedisFixture.await(() -> status(producer) == HealthCheckResponse.Status.DOWN, "producer readiness down");

        REDIS.start();
        RedisFixture.await(() -> status(producer) == HealthCheckResponse.Status.UP, "producer readiness up again");
        container.close();
        assertThat(BusClients.get().producers())
                .as("a closed producer is no longer listed")
                .isEmpty();
    }

    @Test
    void livenessGoesDownWhileAnObserverHoldsTheLoopAndUpWhenItReturns() throws Exception {
        WeldContainer container = fixture.container(RedisFixture.LOGIN_CONFIG);
        HealthCheck liveness = new ConsumersLiveness(Duration.ofMillis(1500));
        fixture.consume(container, "user-login", "g1", "c1");
        RedisFixture.await(() -> BusClients.get().running().size() == 1, "the consumer started");
        CountDownLatch release = new CountDownLatch(1);
        LoginObservers.release = release; // blocks the consumer's re-emission, not the send

        container.select(OpenEdxEvents.class).get().send(LearningSignals.SESSION_LOGIN_COMPLETED, SendTracingTest.USER);
        RedisFixture.answered(container);
        RedisFixture.await(() -> status(liveness) == HealthCheckResponse.Status.DOWN, "liveness down");

        release.countDown();
        RedisFixture.await(() -> status(liveness) == HealthCheckResponse.Status.UP, "liveness up again");
    }

    @Test
    void aStoppedConsumerIsNoLongerListed() throws Exception {
        WeldContainer container = fixture.container(null);
        fixture.consume(container, "user-login", "g1", "c1").stop();
        RedisFixture.await(() -> BusClients.get().running().isEmpty(), "the consumer is gone");
        assertThat(new ConsumersReadiness().call().getData().orElseThrow()).isEmpty();
    }

    private static HealthCheckResponse.Status status(HealthCheck check) {
        return check.call().getStatus();
    }
}
