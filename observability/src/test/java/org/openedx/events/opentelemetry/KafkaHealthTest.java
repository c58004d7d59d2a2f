package org.openedx.events.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openedx.events.bus.EventBusProducerExtension;
import org.openedx.events.bus.kafka.KafkaEventBusExtension;
import org.openedx.events.bus.kafka.testing.KafkaBroker;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;
import org.openedx.events.cdi.OpenEdxEventsExtension;

/**
 * The Kafka producer's readiness follows its client's connections: up once the client has reached the broker (it
 * connects at deployment, before any send), down while the broker is away, up again when the client has
 * reconnected by itself; a closed producer is no longer listed.
 */
class KafkaHealthTest {

    private KafkaBroker broker;
    private SchemaRegistryStub registry;
    private WeldContainer container;

    @BeforeEach
    void start() throws Exception {
        registry = new SchemaRegistryStub();
        broker = new KafkaBroker();
        KafkaTestSettings.current = KafkaTestSettings.of(broker, registry, Map.of("reconnect.backoff.max.ms", "200"));
        container = new Weld("observability-kafka-health-" + UUID.randomUUID())
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addExtension(new EventBusProducerExtension(
                        Map.of("EVENT_BUS_PRODUCER_CONFIG", RedisFixture.LOGIN_CONFIG)::get))
                .addExtension(new KafkaEventBusExtension())
                .addExtension(new HealthChecksExtension())
                .addBeanClasses(LoginObservers.class, KafkaTestSettings.class)
                .initialize();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (container != null && container.isRunning()) {
                container.close();
            }
        } finally {
            KafkaTestSettings.current = null;
            broker.close();
            registry.close();
        }
    }

    @Test
    void theKafkaProducersReadinessFollowsItsConnections() throws Exception {
        HealthCheck producer = container
                .select(ProducerReadiness.class, Readiness.Literal.INSTANCE)
                .get();
        RedisFixture.await(() -> status(producer) == HealthCheckResponse.Status.UP, "readiness up before any send");
        assertThat(producer.call().getData().orElseThrow()).containsEntry("kafka producer", "connected");

        broker.stopBroker();
        RedisFixture.await(() -> status(producer) == HealthCheckResponse.Status.DOWN, "readiness down");
        assertThat(producer.call().getData().orElseThrow()).containsEntry("kafka producer", "disconnected");

        broker.startBroker();
        RedisFixture.await(() -> status(producer) == HealthCheckResponse.Status.UP, "readiness up again");

        container.close();
        assertThat(BusClients.get().producers())
                .as("a closed producer is no longer listed")
                .isEmpty();
    }

    private static HealthCheckResponse.Status status(HealthCheck check) {
        return check.call().getStatus();
    }
}
