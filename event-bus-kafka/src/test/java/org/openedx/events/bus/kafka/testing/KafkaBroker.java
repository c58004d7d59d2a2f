package org.openedx.events.bus.kafka.testing;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) inside the test JVM, from Apache Kafka's own test
 * kit ({@code KafkaClusterTestKit}), listening on loopback ports the system picks; {@link #close()} stops it and
 * deletes its directories.
 *
 * <p>Test code only: it is published in this module's test-jar, and its users need {@code kafka_2.13} and
 * {@code kafka-test-common-runtime} on their test class path.
 */
public final class KafkaBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    /**
     * Formats and starts the node and waits until it serves clients.
     *
     * @throws Exception when it does not start (it is then closed)
     */
    public KafkaBroker() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                // one node: the internal topics cannot have three replicas
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * The address clients connect to.
     *
     * @return {@code host:port} on loopback
     */
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /**
     * Creates topics, each with one replica.
     *
     * @param partitions the partitions of each topic
     * @param topics the full topic names
     * @throws Exception when the broker refuses
     */
    public void createTopics(int partitions, String... topics) throws Exception {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers());
        try (Admin admin = Admin.create(properties)) {
            admin.createTopics(List.of(topics).stream()
                            .map(topic -> new NewTopic(topic, partitions, (short) 1))
                            .toList())
                    .all()
                    .get();
        }
    }

    /**
     * Client properties for a plain consumer or producer of this broker.
     *
     * @return {@code bootstrap.servers} only
     */
    public Map<String, Object> clientProperties() {
        return Map.of("bootstrap.servers", bootstrapServers());
    }

    /** Stops the node and deletes its directories. */
    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
