package org.openedx.events.bus.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;
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
 * Serializers, schema ids and key specifications are built once per signal, topic and key field.
 */
public final class KafkaEventPublisher {

    private final KafkaSettings settings;
    private final Producer<byte[], byte[]> producer;
    private final SchemaRegistryClient registry;
    private final Map<OpenEdxPublicSignal<?>, AvroSignalSerializer<?>> serializers = new ConcurrentHashMap<>();
    private final Map<String, EventKeys.KeySpec> keys = new ConcurrentHashMap<>();

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
        String fullTopic = settings.fullTopic(topic);
        int valueSchemaId = registry.register(
                fullTopic + "-" + signal.eventType() + ".CloudEvent", AvroSchemas.schemaString(signal));
        byte[] value = ConfluentFraming.frame(valueSchemaId, serialize(signal, data));
        byte[] key = null;
        if (eventKeyField != null && !eventKeyField.isEmpty()) {
            EventKeys.KeySpec spec = keys.computeIfAbsent(
                    signal.eventType() + "\n" + eventKeyField, k -> EventKeys.of(signal, eventKeyField));
            key = ConfluentFraming.frame(
                    registry.register(spec.subject(fullTopic), spec.schema()), EventKeys.encode(spec, data));
        }
        return new ProducerRecord<>(fullTopic, null, key, value, CloudEventHeaders.of(metadata));
    }

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
        return producer.send(record(signal, topic, eventKeyField, data, metadata), callback);
    }

    @SuppressWarnings("unchecked")
    private <T> byte[] serialize(OpenEdxPublicSignal<T> signal, Object data) {
        AvroSignalSerializer<T> serializer =
                (AvroSignalSerializer<T>) serializers.computeIfAbsent(signal, s -> new AvroSignalSerializer<>(signal));
        return serializer.serialize(signal.cast(data));
    }
}
