package org.openedx.events.sample.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.openedx.events.bus.kafka.testing.KafkaBroker;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;

/**
 * A real single-node Kafka broker (KRaft) and the schema-registry stub, both inside the test JVM on loopback, for one
 * test class: started before the class, with the sample's topics created, and stopped after it, also when a test or
 * the start failed. Register it before Arquillian's extension, so that the deployment method can read
 * {@link #current()} and the servers outlive the undeployment.
 */
final class KafkaServers implements BeforeAllCallback, AfterAllCallback {

    /** The full topic of enrollments, with three partitions so that the key's partition is meaningful. */
    static final String ENROLLMENT_TOPIC = "sample-course-enrollment-lifecycle";
    /** The full topic of published blocks. */
    static final String XBLOCK_TOPIC = "sample-content-authoring-xblock-lifecycle";
    /** The dead-letter topic of the sample's enrollment consumer: {@code <full topic>.<group>.dead-letter}. */
    static final String ENROLLMENT_DEAD_LETTERS = ENROLLMENT_TOPIC + ".sample.dead-letter";
    /** The partitions of {@link #ENROLLMENT_TOPIC}. */
    static final int ENROLLMENT_PARTITIONS = 3;

    private static volatile KafkaServers current;

    private SchemaRegistryStub registry;
    private KafkaBroker broker;

    /**
     * The servers of the running class.
     *
     * @return the servers
     * @throws IllegalStateException when none run
     */
    static KafkaServers current() {
        KafkaServers servers = current;
        if (servers == null) {
            throw new IllegalStateException("No Kafka: register KafkaServers before ArquillianExtension");
        }
        return servers;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        try {
            registry = new SchemaRegistryStub();
            broker = new KafkaBroker();
            // Created as an operator would: consumers and producers then never meet a missing topic.
            broker.createTopics(ENROLLMENT_PARTITIONS, ENROLLMENT_TOPIC);
            broker.createTopics(1, XBLOCK_TOPIC, ENROLLMENT_DEAD_LETTERS, XBLOCK_TOPIC + ".sample.dead-letter");
        } catch (Exception | Error e) {
            close();
            throw e;
        }
        current = this;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        current = null;
        close();
    }

    private void close() throws Exception {
        try {
            if (broker != null) {
                broker.close();
            }
        } finally {
            broker = null;
            if (registry != null) {
                registry.close();
                registry = null;
            }
        }
    }

    KafkaBroker broker() {
        return broker;
    }

    SchemaRegistryStub registry() {
        return registry;
    }
}
