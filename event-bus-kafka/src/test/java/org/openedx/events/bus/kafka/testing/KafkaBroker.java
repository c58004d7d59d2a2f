package org.openedx.events.bus.kafka.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import kafka.server.BrokerServer;
import kafka.server.ControllerServer;
import kafka.server.FaultHandlerFactory;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.server.SharedServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.MockFaultHandler;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.authorizer.StandardAuthorizer;
import org.apache.kafka.metadata.bootstrap.BootstrapDirectory;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.ServerSocketFactory;
import org.apache.kafka.server.common.MetadataVersion;
import org.apache.kafka.server.fault.FaultHandler;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) inside the test JVM, listening on {@code 127.0.0.1}
 * only: both its listeners, the clients' and the controller's, are bound to loopback ports the system picks, and the
 * node refuses to open a listening socket anywhere else. {@link #close()} stops it and deletes its directory.
 *
 * <p>The node is assembled as Apache Kafka's own test kit ({@code KafkaClusterTestKit}) assembles it (a formatted
 * directory, a shared server, a controller and a broker, faults recorded instead of halting the JVM), but not with the
 * kit itself: the kit pre-binds every listener on the wildcard address, which nothing configures.
 *
 * <p>Test code only: it is published in this module's test-jar, and its users need {@code kafka_2.13} and
 * {@code kafka-test-common-runtime} on their test class path.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String BROKER_LISTENER = "EXTERNAL";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String LOOPBACK = "127.0.0.1";
    private static final long READY_TIMEOUT_SECONDS = 120;

    private final SecurityProtocol protocol;
    private final Path directory;
    private final LoopbackSockets sockets = new LoopbackSockets();
    private final MockFaultHandler fatalFaults = new MockFaultHandler("fatalFaultHandler");
    private final MockFaultHandler nonFatalFaults = new MockFaultHandler("nonFatalFaultHandler");
    private final int brokerPort;
    private ControllerServer controller;
    private BrokerServer broker;
    private boolean closed;

    /**
     * Formats and starts a node whose listeners speak PLAINTEXT, and waits until it serves clients.
     *
     * @throws Exception when it does not start (it is then closed)
     */
    public KafkaBroker() throws Exception {
        this(SecurityProtocol.PLAINTEXT);
    }

    /**
     * A node whose listeners speak the given protocol. With {@code SASL_PLAINTEXT} the node enables SASL PLAIN with
     * the test kit's users {@value JaasUtils#KAFKA_PLAIN_USER1} and {@value JaasUtils#KAFKA_PLAIN_ADMIN} (passwords
     * {@value JaasUtils#KAFKA_PLAIN_USER1_PASSWORD} and {@value JaasUtils#KAFKA_PLAIN_ADMIN_PASSWORD}) and ACLs: the
     * admin may do anything, other users only what {@link #allowEverything(String)} grants.
     *
     * @param protocol the security protocol of the listeners ({@code PLAINTEXT} or {@code SASL_PLAINTEXT})
     * @throws Exception when it does not start (it is then closed)
     */
    public KafkaBroker(SecurityProtocol protocol) throws Exception {
        if (protocol != SecurityProtocol.PLAINTEXT && protocol != SecurityProtocol.SASL_PLAINTEXT) {
            throw new IllegalArgumentException("PLAINTEXT or SASL_PLAINTEXT, not " + protocol);
        }
        this.protocol = protocol;
        directory = Files.createTempDirectory("kafka-broker-");
        try {
            brokerPort = sockets.bind(BROKER_LISTENER);
            int controllerPort = sockets.bind(CONTROLLER_LISTENER);
            KafkaConfig config = new KafkaConfig(config(controllerPort), false);
            String logDir = directory.toString();
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir))
                    .setMetadataLogDirectory(logDir)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .run();
            MetaPropertiesEnsemble formatted = new MetaPropertiesEnsemble.Loader()
                    .addLogDirs(List.of(logDir))
                    .addMetadataLogDir(logDir)
                    .load();
            FaultHandlerFactory faults = (name, fatal, action) -> fatal
                    ? fatalFaults
                    : (FaultHandler) (message, cause) -> {
                        action.run();
                        return nonFatalFaults.handleFault(message, cause);
                    };
            SharedServer shared = new SharedServer(
                    config,
                    formatted,
                    Time.SYSTEM,
                    new Metrics(),
                    CompletableFuture.completedFuture(
                            Map.of(NODE_ID, new InetSocketAddress(InetAddress.getByName(LOOPBACK), controllerPort))),
                    List.of(),
                    faults,
                    sockets);
            controller =
                    new ControllerServer(shared, KafkaRaftServer.configSchema(), new BootstrapDirectory(logDir).read());
            broker = new BrokerServer(shared);
            // As KafkaRaftServer starts a combined node: the controller first.
            controller.startup();
            broker.startup();
            waitUntilReady();
        } catch (Exception | Error e) {
            try {
                close();
            } catch (Exception | Error suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The node's configuration: a combined broker and controller whose listeners are on loopback ports. */
    private Map<String, Object> config(int controllerPort) {
        Map<String, Object> config = new HashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", Integer.toString(NODE_ID));
        config.put("log.dirs", directory.toString());
        config.put(
                "listeners",
                BROKER_LISTENER + "://" + LOOPBACK + ":" + brokerPort + "," + CONTROLLER_LISTENER + "://" + LOOPBACK
                        + ":" + controllerPort);
        config.put(
                "listener.security.protocol.map",
                BROKER_LISTENER + ":" + protocol.name + "," + CONTROLLER_LISTENER + ":" + protocol.name);
        config.put("inter.broker.listener.name", BROKER_LISTENER);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK + ":" + controllerPort);
        // one node: the internal topics cannot have three replicas
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        // as the test kit: a small cleaner buffer (the default takes 128 MiB) and a bounded start
        config.put("log.cleaner.dedupe.buffer.size", "2097152");
        config.put("server.max.startup.time.ms", Long.toString(TimeUnit.MINUTES.toMillis(10)));
        if (protocol == SecurityProtocol.SASL_PLAINTEXT) {
            // The test kit's SASL settings, with its JAAS section given per listener rather than in a JAAS file set
            // for the whole JVM: the node authenticates to itself as the admin, and knows both users.
            String jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required"
                    + " username=\"" + JaasUtils.KAFKA_PLAIN_ADMIN + "\""
                    + " password=\"" + JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD + "\""
                    + " user_" + JaasUtils.KAFKA_PLAIN_ADMIN + "=\"" + JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD + "\""
                    + " user_" + JaasUtils.KAFKA_PLAIN_USER1 + "=\"" + JaasUtils.KAFKA_PLAIN_USER1_PASSWORD + "\";";
            config.put("sasl.enabled.mechanisms", "PLAIN");
            config.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
            config.put("sasl.mechanism.controller.protocol", "PLAIN");
            config.put("listener.name." + BROKER_LISTENER.toLowerCase() + ".plain.sasl.jaas.config", jaas);
            config.put("listener.name." + CONTROLLER_LISTENER.toLowerCase() + ".plain.sasl.jaas.config", jaas);
            config.put("authorizer.class.name", StandardAuthorizer.class.getName());
            config.put("allow.everyone.if.no.acl.found", "false");
            config.put("super.users", "User:" + JaasUtils.KAFKA_PLAIN_ADMIN);
        }
        return config;
    }

    /** Waits until the controller has the broker registered and unfenced, and the broker's metadata shows it. */
    private void waitUntilReady() throws Exception {
        controller.controller().waitForReadyBrokers(1).get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
        while (!broker.metadataCache().hasAliveBroker(NODE_ID)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The broker's metadata does not show it alive");
            }
            Thread.sleep(10);
        }
    }

    /**
     * The address clients connect to.
     *
     * @return {@code 127.0.0.1:port}
     */
    public String bootstrapServers() {
        return LOOPBACK + ":" + brokerPort;
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
        broker.shutdown();
        broker.awaitShutdown();
    }

    /**
     * Starts the broker side again after {@link #stopBroker()}, on the same port, with the same data.
     *
     * @throws Exception when it does not come back
     */
    public void startBroker() throws Exception {
        broker.startup();
        waitUntilReady();
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

    /** The properties of an administrator's client: the admin user when the broker requires SASL. */
    private Properties adminProperties() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers());
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

    /**
     * Stops the node and deletes its directory.
     *
     * @throws Exception when the node met a fault while it ran, or its directory cannot be deleted
     */
    @Override
    public void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (broker != null) {
                broker.shutdown();
                broker.awaitShutdown();
            }
        } finally {
            try {
                if (controller != null) {
                    controller.shutdown();
                    controller.awaitShutdown();
                }
            } finally {
                sockets.close();
                Utils.delete(directory.toFile());
            }
        }
        fatalFaults.maybeRethrowFirstException();
        nonFatalFaults.maybeRethrowFirstException();
    }

    /**
     * The node's server sockets: each listener's first socket is bound before the node is configured, on a loopback
     * port the system picks (so that the port is known and no other process can take it meanwhile), and handed to the
     * node when it opens that listener; later sockets (the broker's listener after a restart) are bound on the address
     * the node asks for, which must be a loopback one.
     */
    private static final class LoopbackSockets implements ServerSocketFactory {

        private final Map<String, ServerSocketChannel> bound = new HashMap<>();

        /** Binds a listener's first socket and returns its port. */
        synchronized int bind(String listener) throws IOException {
            ServerSocketChannel channel = ServerSocketFactory.INSTANCE.openServerSocket(
                    listener, new InetSocketAddress(InetAddress.getByName(LOOPBACK), 0), -1, -1);
            bound.put(listener, channel);
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        }

        @Override
        public synchronized ServerSocketChannel openServerSocket(
                String listenerName, InetSocketAddress address, int recvBufferSize, int backlog) throws IOException {
            ServerSocketChannel first = bound.remove(listenerName);
            if (first != null) {
                return first;
            }
            if (address.getAddress() == null || !address.getAddress().isLoopbackAddress()) {
                throw new IOException("The test broker listens on loopback only, not on " + address);
            }
            return ServerSocketFactory.INSTANCE.openServerSocket(listenerName, address, recvBufferSize, backlog);
        }

        /** Closes the sockets bound but never handed to the node. */
        synchronized void close() throws IOException {
            for (ServerSocketChannel channel : bound.values()) {
                channel.close();
            }
            bound.clear();
        }
    }
}
