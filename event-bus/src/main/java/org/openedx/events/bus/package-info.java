/**
 * The event bus, independent of its back end: what upstream's {@code openedx_events} app does for every bus.
 *
 * <ul>
 *   <li>{@link org.openedx.events.bus.ProducerConfig}: upstream's {@code EVENT_BUS_PRODUCER_CONFIG} (event type,
 *       then topic, then {@code event_key_field} and {@code enabled}), validated with upstream's rules and
 *       messages.</li>
 *   <li>{@link org.openedx.events.bus.EventBusProducer}: the back end's side (upstream's {@code EventBusProducer}),
 *       and {@link org.openedx.events.bus.EventBusProducerExtension}, which forwards every send of a configured
 *       signal to it once the surrounding transaction has committed, never forwarding an event that came from the
 *       bus.</li>
 *   <li>{@link org.openedx.events.bus.TopicNames} (the topic prefix) and
 *       {@link org.openedx.events.cdi.SettingSources} (where settings come from).</li>
 * </ul>
 *
 * <p>The Avro wire format lives in {@code org.openedx.events.wire.avro}; back ends such as Redis Streams live in
 * their own modules.
 */
package org.openedx.events.bus;
