package org.openedx.events.bus.kafka;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.bus.BusError;
import org.openedx.events.bus.EventBusProducer;
import org.openedx.events.cdi.SettingSources;
import org.openedx.events.instrumentation.EventsInstrumentation;
import org.openedx.events.instrumentation.Registration;

/**
 * Publishes events to Kafka as upstream's event-bus-kafka does ({@link KafkaEventPublisher}), with durable producer
 * settings ({@code acks=all}, idempotence) and librdkafka's partitioner.
 *
 * <p>{@link #send} never throws: a failure to encode, to register a schema or to deliver is logged ({@code OXE7009},
 * without payload values), as upstream's producer does. The client is created on the first send and closed (after
 * flushing what is in flight, for at most {@link #CLOSE_TIMEOUT}) with the application.
 */
@ApplicationScoped
public class KafkaEventBusProducer implements EventBusProducer {

    /** How long closing waits for records in flight. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = System.getLogger("org.openedx.events.bus.kafka");

    private KafkaSettings settings;
    private final EventsInstrumentation instrumentation = EventsInstrumentation.get();
    private volatile Producer<byte[], byte[]> producer;
    private KafkaEventPublisher publisher;
    private Registration registration = Registration.NONE;
    private volatile Metric connectionCount;

    /** For the container's proxy. */
    protected KafkaEventBusProducer() {}

    /**
     * Creates the producer with the application's settings: its {@link KafkaSettings} bean when it has one,
     * otherwise those of {@link SettingSources#lookup()}, read on the first send.
     *
     * @param configured the application's settings bean, if any
     */
    @Inject
    public KafkaEventBusProducer(Instance<KafkaSettings> configured) {
        this.settings = configured.isResolvable() ? configured.get() : null;
    }

    /**
     * Creates the producer with given settings (outside a container).
     *
     * @param settings the settings
     */
    public KafkaEventBusProducer(KafkaSettings settings) {
        this.settings = settings;
    }

    /** {@return {@code kafka}, the name {@code EVENT_BUS_PRODUCER} chooses this back end by} */
    @Override
    public String name() {
        return "kafka";
    }

    /**
     * Reads and validates the settings and creates the Kafka producer, which connects to the brokers in the
     * background: a wrong setting fails the deployment, and the first send finds the client ready.
     *
     * @throws OpenEdxEventException ({@code OXE7203}, {@code OXE5001}, {@code OXE7211}) for a missing or invalid
     *     setting
     */
    @Override
    public void prepare() {
        publisher();
    }

    @Override
    public void send(
            OpenEdxPublicSignal<?> signal, String topic, String eventKeyField, Object data, EventsMetadata metadata) {
        try {
            publisher().publish(signal, topic, eventKeyField, data, metadata, (written, failure) -> {
                if (failure != null) {
                    LOG.log(
                            Level.ERROR,
                            BusError.PRODUCER_SEND_FAILED.format(
                                    "Kafka", signal.eventType(), metadata.id(), topic, failure),
                            failure);
                } else {
                    LOG.log(
                            Level.DEBUG,
                            () -> "Message delivered to Kafka event bus: topic=" + written.topic()
                                    + ", partition=" + written.partition() + ", offset=" + written.offset()
                                    + ", message id=" + metadata.id() + ", event type=" + signal.eventType());
                }
            });
        } catch (RuntimeException e) {
            LOG.log(
                    Level.ERROR,
                    BusError.PRODUCER_SEND_FAILED.format("Kafka", signal.eventType(), metadata.id(), topic, e),
                    e);
        }
    }

    /**
     * Publishes like {@link #send} and tells when the broker has acknowledged the record (see
     * {@link EventBusProducer#deliver}); nothing is logged.
     */
    @Override
    public CompletionStage<Void> deliver(
            OpenEdxPublicSignal<?> signal, String topic, String eventKeyField, Object data, EventsMetadata metadata) {
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        try {
            publisher().publish(signal, topic, eventKeyField, data, metadata, (written, failure) -> {
                if (failure != null) {
                    outcome.completeExceptionally(failure);
                } else {
                    outcome.complete(null);
                }
            });
        } catch (RuntimeException e) {
            outcome.completeExceptionally(e);
        }
        return outcome;
    }

    private synchronized KafkaEventPublisher publisher() {
        if (publisher == null) {
            if (settings == null) {
                settings = KafkaSettings.from(SettingSources.lookup());
            }
            try {
                producer = new KafkaProducer<>(settings.producerProperties());
            } catch (KafkaException e) {
                throw new OpenEdxEventException(KafkaError.CLIENT_CONFIG_INVALID, "producer", e.getMessage());
            }
            publisher = new KafkaEventPublisher(
                    settings,
                    producer,
                    new SchemaRegistryClient(
                            settings.schemaRegistryUrl(),
                            settings.registryApiKey(),
                            settings.registryApiSecret(),
                            KafkaSettings.MAX_BLOCK));
            registration = instrumentation.producerStarted("kafka", this::connected);
        }
        return publisher;
    }

    /**
     * Whether the client has a connection open to a broker, read from its own {@code connection-count} metric
     * without blocking, for the health checks. The client opens one as soon as it is created (for the cluster's
     * metadata), loses it when the brokers go away, and opens it again by itself when they are back; its periodic
     * metadata refresh (every {@code metadata.max.age.ms}, five minutes by default) keeps it open while no event
     * is sent.
     *
     * @return true while at least one connection is open
     */
    boolean connected() {
        Producer<byte[], byte[]> client = producer;
        if (client == null) {
            return false;
        }
        Metric count = connectionCount;
        if (count == null) {
            for (Map.Entry<MetricName, ? extends Metric> metric :
                    client.metrics().entrySet()) {
                if (metric.getKey().name().equals("connection-count")
                        && metric.getKey().group().equals("producer-metrics")) {
                    count = metric.getValue();
                    connectionCount = count;
                    break;
                }
            }
        }
        return count != null && count.metricValue() instanceof Number open && open.doubleValue() > 0;
    }

    /** Flushes and closes the client. */
    @PreDestroy
    public synchronized void close() {
        registration.close();
        registration = Registration.NONE;
        if (producer != null) {
            producer.close(CLOSE_TIMEOUT);
            producer = null;
            publisher = null;
            connectionCount = null;
        }
    }
}
