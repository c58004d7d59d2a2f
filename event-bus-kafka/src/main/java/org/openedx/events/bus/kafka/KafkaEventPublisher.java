package org.openedx.events.bus.kafka;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.instrumentation.BusMessage;
import org.openedx.events.instrumentation.EventsInstrumentation;
import org.openedx.events.instrumentation.Observation;
import org.openedx.events.wire.avro.AvroSchemas;
import org.openedx.events.wire.avro.AvroSignalSerializer;

/**
 * Turns an event into the Kafka record upstream's event-bus-kafka writes, and sends it; container-free.
 *
 * <ul>
 *   <li>topic: {@code <EVENT_BUS_TOPIC_PREFIX>-<topic>};</li>
 *   <li>value: the Confluent frame around the event's Avro body, its schema (upstream's sorted compact text)
 *       registered under {@code <full topic>-<event type>.CloudEvent} (TopicRecordName strategy);</li>
 *   <li>key: from {@code event_key_field} ({@link EventKeys}), registered under {@code <full topic>-string} or
 *       {@code -long}, framed the same way; no key when no field is configured;</li>
 *   <li>headers: {@link CloudEventHeaders}.</li>
 * </ul>
 * Serializers are built once per signal; the full topic, the schema ids and the key specification once per signal,
 * topic and key field.
 */
public final class KafkaEventPublisher {

    private final KafkaSettings settings;
    private final Producer<byte[], byte[]> producer;
    private final SchemaRegistryClient registry;
    /** The bus, as OpenTelemetry's {@code messaging.system} names it. */
    static final String SYSTEM = "kafka";

    private final EventsInstrumentation instrumentation = EventsInstrumentation.get();
    private final Map<OpenEdxPublicSignal<?>, AvroSignalSerializer<?>> serializers = new ConcurrentHashMap<>();
    private final Map<Destination, Route> routes = new ConcurrentHashMap<>();

    /**
     * Creates a publisher.
     *
     * @param settings the settings (the topic prefix)
     * @param producer the Kafka producer of byte arrays
     * @param registry the schema registry
     */
    public KafkaEventPublisher(
            KafkaSettings settings, Producer<byte[], byte[]> producer, SchemaRegistryClient registry) {
        this.settings = settings;
        this.producer = producer;
        this.registry = registry;
    }

    /**
     * The record of an event, as upstream writes it. Registers (or finds) the value and key schemas.
     *
     * @param signal the signal
     * @param topic the topic, without the prefix
     * @param eventKeyField the dotted key path, or null or empty for no key
     * @param data the payload
     * @param metadata the metadata
     * @return the record
     * @throws RuntimeException when the payload cannot be encoded, the key field is invalid or the registry fails
     */
    public ProducerRecord<byte[], byte[]> record(
            OpenEdxPublicSignal<?> signal, String topic, String eventKeyField, Object data, EventsMetadata metadata) {
        Route route = route(new Destination(signal, topic, eventKeyField));
        byte[] value = ConfluentFraming.frame(route.valueSchemaId(), serialize(signal, data));
        byte[] key = route.key() == null
                ? null
                : ConfluentFraming.frame(route.keySchemaId(), EventKeys.encode(route.key(), data));
        return new ProducerRecord<>(route.fullTopic(), null, key, value, CloudEventHeaders.of(metadata));
    }

    /**
     * The route of a destination, made once: its schemas registered (a registry failure is not remembered, so the
     * next send tries again).
     */
    private Route route(Destination destination) {
        Route route = routes.get(destination);
        if (route == null) {
            OpenEdxPublicSignal<?> signal = destination.signal();
            String fullTopic = settings.fullTopic(destination.topic());
            int valueSchemaId = registry.register(
                    fullTopic + "-" + signal.eventType() + ".CloudEvent", AvroSchemas.schemaString(signal));
            String keyField = destination.eventKeyField();
            EventKeys.KeySpec key = keyField == null || keyField.isEmpty() ? null : EventKeys.of(signal, keyField);
            int keySchemaId = key == null ? 0 : registry.register(key.subject(fullTopic), key.schema());
            route = new Route(fullTopic, valueSchemaId, key, keySchemaId);
            routes.putIfAbsent(destination, route);
        }
        return route;
    }

    /** Where an event goes: its signal, its topic (without the prefix) and its key field (null or empty: none). */
    private record Destination(OpenEdxPublicSignal<?> signal, String topic, String eventKeyField) {}

    /** A destination resolved: the full topic, the value's schema id, and the key (null: none) with its schema id. */
    private record Route(String fullTopic, int valueSchemaId, EventKeys.KeySpec key, int keySchemaId) {}

    /**
     * Sends an event.
     *
     * @param signal the signal
     * @param topic the topic, without the prefix
     * @param eventKeyField the dotted key path, or null or empty for no key
     * @param data the payload
     * @param metadata the metadata
     * @param callback told of the delivery's outcome
     * @return the pending send
     * @throws RuntimeException when the record cannot be made, or the producer refuses it at once
     */
    public Future<RecordMetadata> publish(
            OpenEdxPublicSignal<?> signal,
            String topic,
            String eventKeyField,
            Object data,
            EventsMetadata metadata,
            Callback callback) {
        Map<String, String> trace = instrumentation == EventsInstrumentation.NOOP ? Map.of() : new LinkedHashMap<>(4);
        Observation observation = instrumentation == EventsInstrumentation.NOOP
                ? Observation.NONE
                : instrumentation.startBusWrite(
                        BusMessage.produced(
                                SYSTEM,
                                settings.fullTopic(topic),
                                signal.eventType(),
                                metadata.id().toString()),
                        trace);
        try {
            ProducerRecord<byte[], byte[]> record = record(signal, topic, eventKeyField, data, metadata);
            trace.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            return producer.send(record, (written, failure) -> {
                end(observation, failure);
                if (callback != null) {
                    callback.onCompletion(written, failure);
                }
            });
        } catch (RuntimeException e) {
            end(observation, e);
            throw e;
        }
    }

    private static void end(Observation observation, Exception failure) {
        if (failure != null) {
            observation.failed(failure);
        }
        observation.close();
    }

    @SuppressWarnings("unchecked")
    private <T> byte[] serialize(OpenEdxPublicSignal<T> signal, Object data) {
        AvroSignalSerializer<T> serializer =
                (AvroSignalSerializer<T>) serializers.computeIfAbsent(signal, s -> new AvroSignalSerializer<>(signal));
        return serializer.serialize(signal.cast(data));
    }
}
