package org.openedx.events.benchmarks;

import java.util.List;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) inside the benchmark's JVM, from Apache Kafka's
 * own test kit, on loopback ports the system picks; {@link #close()} stops it and deletes its directories. Copied
 * from event-bus-kafka's test fixture of the same name (plaintext only), with retention settings that keep a long
 * producer benchmark from filling the disk.
 */
final class KafkaBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    KafkaBroker() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setBrokerSecurityProtocol(SecurityProtocol.PLAINTEXT)
                        .setControllerSecurityProtocol(SecurityProtocol.PLAINTEXT)
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                // one node: the internal topics cannot have three replicas
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                // a benchmark writes a million records or more: old segments go
                .setConfigProp("log.segment.bytes", Integer.toString(16 << 20))
                .setConfigProp("log.retention.bytes", Integer.toString(64 << 20))
                .setConfigProp("log.retention.check.interval.ms", "5000")
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

    /** {@return the bootstrap servers} */
    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /**
     * Creates topics with the given number of partitions.
     *
     * @param partitions the partitions of each
     * @param topics the topics
     * @throws Exception if the broker refuses
     */
    void createTopics(int partitions, String... topics) throws Exception {
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            admin.createTopics(List.of(topics).stream()
                            .map(topic -> new NewTopic(topic, partitions, (short) 1))
                            .toList())
                    .all()
                    .get();
        }
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
