package org.openedx.events.bus.kafka;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) inside the test JVM, from Apache Kafka's own test
 * kit, listening on loopback ports the system picks; {@link #close()} stops it and deletes its directories.
 */
final class KafkaBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    KafkaBroker() throws Exception {
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

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Creates topics with the given number of partitions. */
    void createTopics(int partitions, String... topics) throws Exception {
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
     * Stops the broker side of the node (its client listener closes; the controller and the data stay), as when a
     * broker goes down.
     */
    void stopBroker() {
        cluster.brokers().values().forEach(broker -> broker.shutdown());
        cluster.brokers().values().forEach(broker -> broker.awaitShutdown());
    }

    /** Starts the broker side again after {@link #stopBroker()}, on the same port, with the same data. */
    void startBroker() throws Exception {
        cluster.brokers().values().forEach(broker -> broker.startup());
        cluster.waitForReadyBrokers();
    }

    /** Client properties for a plain consumer or producer of this broker. */
    Map<String, Object> clientProperties() {
        return Map.of("bootstrap.servers", bootstrapServers());
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
