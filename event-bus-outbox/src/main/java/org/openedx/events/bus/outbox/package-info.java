/**
 * The transactional outbox of the Open edX event bus: with {@code openedx.events.outbox.enabled=true}, every event
 * configured for the bus is stored in the sender's JTA transaction (a row of the outbox table) and published to Redis
 * or Kafka after the commit, again later if the bus was down or the process died in between.
 *
 * <ul>
 *   <li>{@link org.openedx.events.bus.outbox.TransactionalOutbox} — the bean the event bus hands events to;</li>
 *   <li>{@link org.openedx.events.bus.outbox.OutboxRelay} — publishes rows after the commit and in background passes,
 *       with retries, backoff and claims shared by several nodes;</li>
 *   <li>{@link org.openedx.events.bus.outbox.OutboxTable} — the table's statements;</li>
 *   <li>{@link org.openedx.events.bus.outbox.OutboxAdmin} and {@link org.openedx.events.bus.outbox.OutboxCommand} —
 *       what operators do: counts, failed rows, re-queueing;</li>
 *   <li>{@link org.openedx.events.bus.outbox.OutboxSettings} and {@link org.openedx.events.bus.outbox.OutboxError} —
 *       the settings and the {@code OXE73xx} messages.</li>
 * </ul>
 *
 * <p>Delivery is at least once: a row is published again when its acknowledgement was not recorded (the process died
 * in between, the database failed), always with the same event id, so consumers de-duplicate on it.
 */
package org.openedx.events.bus.outbox;
