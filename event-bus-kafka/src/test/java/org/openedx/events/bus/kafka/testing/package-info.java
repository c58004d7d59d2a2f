/**
 * Test fixtures of the Kafka event bus, for tests only: a real single-node KRaft broker inside the test JVM
 * ({@link org.openedx.events.bus.kafka.testing.KafkaBroker}) and a small Confluent-compatible schema registry
 * ({@link org.openedx.events.bus.kafka.testing.SchemaRegistryStub}), both on loopback. They are published in the
 * module's test-jar (classifier {@code tests}) so that other modules' tests, such as the sample application's Kafka
 * mode, can use them; nothing in the library's own jar refers to them.
 */
package org.openedx.events.bus.kafka.testing;
