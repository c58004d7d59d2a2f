package org.openedx.events.bus.redis;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.lettuce.core.XAddArgs;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.bus.BusError;
import org.openedx.events.bus.EventBusProducer;
import org.openedx.events.wire.avro.AvroSignalSerializer;

/**
 * Publishes events to Redis streams as upstream's event-bus-redis does: {@code XADD <prefix-topic> MAXLEN ~ <max> *}
 * with the fields of {@link StreamEntries}. The {@code event_key_field} is not used, as upstream.
 *
 * <p>{@link #send} never throws: a failure is logged ({@code OXE7009}, without payload values), as upstream's
 * producer does. {@link #publish} is the throwing form.
 */
@ApplicationScoped
public class RedisEventBusProducer implements EventBusProducer {

    private static final Logger LOG = System.getLogger("org.openedx.events.bus.redis");

    private RedisConnections connections;
    private final Map<OpenEdxPublicSignal<?>, AvroSignalSerializer<?>> serializers = new ConcurrentHashMap<>();

    /** For the container's proxy. */
    protected RedisEventBusProducer() {}

    /**
     * Creates the producer.
     *
     * @param connections the Redis connections and settings
     */
    @Inject
    public RedisEventBusProducer(RedisConnections connections) {
        this.connections = connections;
    }

    @Override
    public void send(
            OpenEdxPublicSignal<?> signal, String topic, String eventKeyField, Object data, EventsMetadata metadata) {
        try {
            String entryId = publish(signal, topic, data, metadata);
            LOG.log(
                    Level.DEBUG,
                    () -> "Message delivered to Redis event bus: topic=" + topic + ", event type=" + signal.eventType()
                            + ", message id=" + metadata.id() + ", redis_msg_id=" + entryId);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.ERROR,
                    BusError.PRODUCER_SEND_FAILED.format("Redis", signal.eventType(), metadata.id(), topic, e),
                    e);
        }
    }

    /** {@return {@code redis}, the name {@code EVENT_BUS_PRODUCER} chooses this back end by} */
    @Override
    public String name() {
        return "redis";
    }

    /**
     * Publishes an event and returns the entry id Redis gave it.
     *
     * @param signal the signal
     * @param topic the topic, without the prefix
     * @param data the payload
     * @param metadata the metadata
     * @return the stream entry id, e.g. {@code 1684306039300-0}
     * @throws RuntimeException when encoding or Redis fails
     */
    public String publish(OpenEdxPublicSignal<?> signal, String topic, Object data, EventsMetadata metadata) {
        byte[] eventData = serialize(signal, data);
        RedisSettings settings = connections.settings();
        try {
            return connections
                    .producerConnection()
                    .sync()
                    .xadd(
                            settings.streamKey(topic),
                            new XAddArgs().maxlen(settings.streamMaxLen()).approximateTrimming(),
                            StreamEntries.encode(metadata, eventData));
        } finally {
            // The caller's thread is the container's (request, transaction completion): leave no Netty state on it.
            RedisConnections.releaseNettyThreadLocals();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> byte[] serialize(OpenEdxPublicSignal<T> signal, Object data) {
        AvroSignalSerializer<T> serializer =
                (AvroSignalSerializer<T>) serializers.computeIfAbsent(signal, s -> new AvroSignalSerializer<>(signal));
        return serializer.serialize(signal.cast(data));
    }
}
