package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.openedx.events.bus.kafka.testing.KafkaBroker;

/**
 * The in-JVM broker listens on loopback only (a project rule for tests): every TCP socket this JVM listens on while
 * the broker runs, its client listener and its controller listener among them, is bound to a loopback address, also
 * after the broker side restarts. Read from Linux's {@code /proc/net/tcp} and {@code /proc/net/tcp6}, keeping the
 * sockets whose inodes are among this process's file descriptors; skipped where there is no {@code /proc}.
 */
class KafkaBrokerLoopbackTest {

    /** The state of a listening socket in {@code /proc/net/tcp}. */
    private static final String LISTEN = "0A";

    @ParameterizedTest
    @EnumSource(
            value = SecurityProtocol.class,
            names = {"PLAINTEXT", "SASL_PLAINTEXT"})
    void theBrokerListensOnLoopbackOnly(SecurityProtocol protocol) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")) && Files.isDirectory(Path.of("/proc/self/fd")));
        Set<InetSocketAddress> before = listeningSockets();
        try (KafkaBroker broker = new KafkaBroker(protocol)) {
            int clientPort = Integer.parseInt(broker.bootstrapServers()
                    .substring(broker.bootstrapServers().lastIndexOf(':') + 1));
            assertListensOnLoopbackOnly(before, clientPort);

            broker.stopBroker();
            broker.startBroker();
            assertListensOnLoopbackOnly(before, clientPort);
        }
    }

    private static void assertListensOnLoopbackOnly(Set<InetSocketAddress> before, int clientPort) throws IOException {
        Set<InetSocketAddress> listening = listeningSockets();
        Set<InetSocketAddress> opened = new HashSet<>(listening);
        opened.removeAll(before);
        assertThat(opened)
                .as("the broker's listening sockets: the client listener and the controller listener")
                .hasSizeGreaterThanOrEqualTo(2)
                .anyMatch(address -> address.getPort() == clientPort);
        assertThat(listening)
                .as("every socket this JVM listens on")
                .allMatch(address -> address.getAddress().isLoopbackAddress(), "is on loopback");
    }

    /** The local addresses of this process's listening TCP sockets, IPv4 and IPv6. */
    private static Set<InetSocketAddress> listeningSockets() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : (Iterable<Path>) descriptors::iterator) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listing
                }
            }
        }
        Set<InetSocketAddress> sockets = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path);
            for (String line : lines.subList(1, lines.size())) {
                // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
                String[] fields = line.trim().split("\\s+");
                if (fields[3].equals(LISTEN) && inodes.contains(fields[9])) {
                    sockets.add(address(fields[1]));
                }
            }
        }
        return sockets;
    }

    /**
     * Parses {@code /proc/net/tcp}'s {@code ADDRESS:PORT}: the address in hexadecimal, as 32-bit words in the host's
     * (little-endian) byte order, the port in hexadecimal.
     */
    private static InetSocketAddress address(String field) throws IOException {
        String[] parts = field.split(":");
        String hex = parts[0];
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int offset = (word * 4 + 3 - i) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(offset, offset + 2), 16);
            }
        }
        return new InetSocketAddress(InetAddress.getByAddress(bytes), Integer.parseInt(parts[1], 16));
    }
}
