package org.openedx.events.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.bus.EventBusProducerExtension;
import org.openedx.events.bus.redis.ConsumerOptions;
import org.openedx.events.bus.redis.RedisConnections;
import org.openedx.events.bus.redis.RedisEventBusExtension;
import org.openedx.events.bus.redis.RedisEventBusProducer;
import org.openedx.events.bus.redis.RedisEventConsumer;
import org.openedx.events.bus.redis.RedisSettings;
import org.openedx.events.bus.redis.RetryPolicy;
import org.openedx.events.cdi.OpenEdxEventsExtension;

/** Weld SE containers with the Redis bus, and consumers on threads of their own; closes them all. */
final class RedisFixture implements AutoCloseable {

    static final String LOGIN_CONFIG = """
            {"org.openedx.learning.auth.session.login.completed.v1": {
                "user-login": {"event_key_field": "user.pii.username", "enabled": true}}}""";

    private final List<WeldContainer> containers = new ArrayList<>();
    private final List<RedisEventConsumer> consumers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    RedisFixture(String url, int maxAttempts) {
        Telemetry.reset(); // sets the global SDK before any send asks for it
        RedisTestSettings.current = RedisSettings.forUrl(url)
                .withPolling(Duration.ofMillis(300), Duration.ofMillis(100))
                .withDefaults(new RetryPolicy(
                        maxAttempts, Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofSeconds(60)));
        LoginObservers.reset();
    }

    WeldContainer container(String producerConfig) {
        Map<String, String> busSettings = new LinkedHashMap<>();
        if (producerConfig != null) {
            busSettings.put("EVENT_BUS_PRODUCER_CONFIG", producerConfig);
        }
        WeldContainer container = new Weld("observability-redis-" + UUID.randomUUID())
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addExtension(new EventBusProducerExtension(busSettings::get))
                .addExtension(new RedisEventBusExtension())
                .addExtension(new HealthChecksExtension())
                .addBeanClasses(LoginObservers.class, RedisTestSettings.class)
                .initialize();
        containers.add(container);
        return container;
    }

    RedisEventConsumer consume(WeldContainer container, String topic, String group, String name) {
        ConsumerOptions options = ConsumerOptions.of(topic, group, name, RedisTestSettings.current.defaults())
                .withCheckBacklog(true);
        RedisEventConsumer consumer = new RedisEventConsumer(
                container.select(RedisConnections.class).get(),
                container.select(OpenEdxEvents.class).get(),
                options,
                null);
        Thread thread = new Thread(consumer::consumeIndefinitely, "test-consumer-" + name);
        consumers.add(consumer);
        threads.add(thread);
        thread.start();
        return consumer;
    }

    /** Waits until the producer's entries are answered (it does not wait for Redis). */
    static void answered(WeldContainer container) throws InterruptedException {
        assertThat(container.select(RedisEventBusProducer.class).get().flush(Duration.ofSeconds(10)))
                .isTrue();
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting: " + what);
    }

    @Override
    public void close() throws InterruptedException {
        LoginObservers.reset();
        consumers.forEach(RedisEventConsumer::stop);
        for (Thread thread : threads) {
            thread.join(10_000);
            assertThat(thread.isAlive()).as("consumer thread ended").isFalse();
        }
        containers.stream().filter(WeldContainer::isRunning).forEach(WeldContainer::close);
    }
}
