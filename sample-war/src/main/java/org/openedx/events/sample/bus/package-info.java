/**
 * The sample's optional Redis mode: one switch, {@value org.openedx.events.sample.bus.RedisMode#SWITCH}, holding a
 * Redis URL, turns on the library's Redis event bus ({@code openedx-events-event-bus-redis}, in
 * {@code WEB-INF/lib}). {@link org.openedx.events.sample.bus.RedisMode} then supplies the bus's settings through
 * MicroProfile Config: enrollments are published to a Redis stream after their transaction commits, and a consumer
 * started with the application reads them back and re-emits them, so that the observers see each enrollment a
 * second time, marked as coming from the event bus. Without the switch the bus is present but idle.
 */
package org.openedx.events.sample.bus;
