/**
 * The Open edX event bus over Redis Streams, wire-compatible with upstream's {@code event-bus-redis}.
 *
 * <ul>
 *   <li>{@link org.openedx.events.bus.redis.RedisEventBusProducer}: the {@code EventBusProducer} bean; with
 *       {@code EVENT_BUS_PRODUCER_CONFIG} it publishes the configured events after commit
 *       ({@link org.openedx.events.bus.EventBusProducerExtension}), one stream entry per enabled topic, fields as
 *       {@link org.openedx.events.bus.redis.StreamEntries} describes.</li>
 *   <li>{@link org.openedx.events.bus.redis.RedisEventConsumer}: an at-least-once consumer of one stream and
 *       group, with retries, claiming of idle entries and a dead-letter stream; started with the application by
 *       {@link org.openedx.events.bus.redis.RedisConsumers} or from the command line by
 *       {@link org.openedx.events.bus.redis.ConsumeEvents}.</li>
 *   <li>{@link org.openedx.events.bus.redis.RedisSettings}: connection, stream and consumer settings.</li>
 * </ul>
 */
package org.openedx.events.bus.redis;
