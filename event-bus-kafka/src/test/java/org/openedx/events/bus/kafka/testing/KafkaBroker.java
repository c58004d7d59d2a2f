package org.openedx.events.bus.kafka.testing;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.JaasUtils;
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
    private final SecurityProtocol protocol;

    /**
     * Formats and starts a node whose listeners speak PLAINTEXT, and waits until it serves clients.
     *
     * @throws Exception when it does not start (it is then closed)
     */
    public KafkaBroker() throws Exception {
        this(SecurityProtocol.PLAINTEXT);
    }

    /**
     * A node whose listeners speak the given protocol. With {@code SASL_PLAINTEXT} the test kit enables SASL PLAIN
     * with its users {@value JaasUtils#KAFKA_PLAIN_USER1} and {@value JaasUtils#KAFKA_PLAIN_ADMIN} (passwords
     * {@value JaasUtils#KAFKA_PLAIN_USER1_PASSWORD} and {@value JaasUtils#KAFKA_PLAIN_ADMIN_PASSWORD}) and ACLs:
     * the admin may do anything, other users only what {@link #allowEverything(String)} grants.
     *
     * @param protocol the security protocol of the listeners
     * @throws Exception when it does not start (it is then closed)
     */
    public KafkaBroker(SecurityProtocol protocol) throws Exception {
        this.protocol = protocol;
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setBrokerSecurityProtocol(protocol)
                        .setControllerSecurityProtocol(protocol)
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
        try (Admin admin = Admin.create(adminProperties())) {
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
    public void stopBroker() {
        cluster.brokers().values().forEach(broker -> broker.shutdown());
        cluster.brokers().values().forEach(broker -> broker.awaitShutdown());
    }

    /**
     * Starts the broker side again after {@link #stopBroker()}, on the same port, with the same data.
     *
     * @throws Exception when it does not come back
     */
    public void startBroker() throws Exception {
        cluster.brokers().values().forEach(broker -> broker.startup());
        cluster.waitForReadyBrokers();
    }

    /**
     * Grants a user every operation on every topic and every group (on a broker with ACLs, see
     * {@link #KafkaBroker(SecurityProtocol)}).
     *
     * @param user the user name
     * @throws Exception when the broker refuses
     */
    public void allowEverything(String user) throws Exception {
        try (Admin admin = Admin.create(adminProperties())) {
            admin.createAcls(List.of(ResourceType.TOPIC, ResourceType.GROUP).stream()
                            .map(type -> new AclBinding(
                                    new ResourcePattern(type, "*", PatternType.LITERAL),
                                    new AccessControlEntry(
                                            "User:" + user, "*", AclOperation.ALL, AclPermissionType.ALLOW)))
                            .toList())
                    .all()
                    .get();
        }
    }

    /** The properties of an administrator's client: the test kit's admin user when the broker requires SASL. */
    private Properties adminProperties() {
        Properties properties = cluster.clientProperties();
        if (protocol == SecurityProtocol.SASL_PLAINTEXT) {
            properties.put("security.protocol", protocol.name);
            properties.put("sasl.mechanism", "PLAIN");
            properties.put(
                    "sasl.jaas.config",
                    "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                            + JaasUtils.KAFKA_PLAIN_ADMIN + "\" password=\"" + JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD
                            + "\";");
        }
        return properties;
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
