/**
 * The Open edX event bus over Apache Kafka, wire-compatible with upstream's {@code event-bus-kafka}.
 *
 * <ul>
 *   <li>{@link org.openedx.events.bus.kafka.ConfluentFraming}: the value and key framing (magic byte, schema id,
 *       Avro body);</li>
 *   <li>{@link org.openedx.events.bus.kafka.SchemaRegistryClient}: the small client of a Confluent-compatible schema
 *       registry (register, look up by id), with upstream's subject names;</li>
 *   <li>{@link org.openedx.events.bus.kafka.EventKeys}: the message key derived from {@code event_key_field};</li>
 *   <li>{@link org.openedx.events.bus.kafka.CloudEventHeaders}: upstream's ten headers, written and read
 *       strictly;</li>
 *   <li>{@link org.openedx.events.bus.kafka.Crc32Partitioner}: librdkafka's default partitioner, so that Java and
 *       Python producers put one key on one partition.</li>
 * </ul>
 * The producer and consumer beans come next (issue #14).
 */
package org.openedx.events.bus.kafka;
