package org.openedx.events.bus.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@code redis-server} for the tests of one class: started on a free loopback port without persistence,
 * stopped after the class (and by a shutdown hook should the JVM end first). Fails, not skips, without the binary.
 * It can require a password ({@code --requirepass}) or speak TLS only ({@code --port 0 --tls-port}, with a CA,
 * server and client certificates that {@link TestCertificates} makes with {@code openssl}).
 *
 * <p>Published in this module's test-jar for the tests of other modules and for the benchmarks. Register it before
 * Arquillian's extension when a deployment needs its URL ({@code @ExtendWith({RedisServer.class,
 * ArquillianExtension.class})}, then {@link #current()} in the {@code @Deployment} method). Outside JUnit,
 * {@link #started()} gives a running server and {@link #close()} stops it.
 */
public final class RedisServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    private static volatile RedisServer current;

    private final String password;
    private final boolean tls;
    private Process process;
    private Path directory;
    private TestCertificates certificates;
    private int port;
    private Thread shutdownHook;
    private RedisClient client;

    /** A plain server: no password, no TLS. */
    public RedisServer() {
        this(null, false);
    }

    private RedisServer(String password, boolean tls) {
        this.password = password;
        this.tls = tls;
    }

    /**
     * The server started last and not yet closed, for static contexts such as an Arquillian deployment method.
     *
     * @return the server
     * @throws IllegalStateException when none is running
     */
    public static RedisServer current() {
        RedisServer server = current;
        if (server == null) {
            throw new IllegalStateException("No redis-server: register RedisServer before ArquillianExtension");
        }
        return server;
    }

    /**
     * Starts a plain server outside JUnit.
     *
     * @return the running server, which the caller closes
     * @throws Exception if it does not start (nothing is left behind then)
     */
    public static RedisServer started() throws Exception {
        RedisServer server = new RedisServer();
        server.open();
        return server;
    }

    /** A server that requires this password from every client. */
    static RedisServer withPassword(String password) {
        return new RedisServer(password, false);
    }

    /** A server that accepts only TLS connections, from clients with a certificate of its CA. */
    static RedisServer withTls() {
        return new RedisServer(null, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
    }

    /**
     * Starts the server (outside JUnit's callbacks, e.g. from an Arquillian deployment method); when it does not
     * start, what was made for it is removed again.
     *
     * @throws Exception if it does not start
     */
    synchronized void open() throws Exception {
        port = freePort();
        directory = Files.createTempDirectory("redis-test");
        shutdownHook = new Thread(this::stop, "redis-server-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            if (tls) {
                certificates = TestCertificates.create(directory.resolve("tls"));
            }
            start();
        } catch (Exception | Error e) {
            try {
                close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        current = this;
    }

    /**
     * Stops the server and deletes its directory.
     *
     * @throws IOException if the directory cannot be deleted
     */
    @Override
    public synchronized void close() throws IOException {
        if (current == this) {
            current = null;
        }
        if (client != null) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            client = null;
        }
        stop();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
            shutdownHook = null;
        }
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
            directory = null;
        }
    }

    /** {@return the URL of the server, without credentials (<code>rediss://</code> for a TLS server)} */
    public String url() {
        return (tls ? "rediss" : "redis") + "://127.0.0.1:" + port + "/0";
    }

    /** {@return the port} */
    public int port() {
        return port;
    }

    /** The CA, server and client certificates of a TLS server. */
    TestCertificates certificates() {
        return certificates;
    }

    /**
     * A new connection to a plain server, with text keys and byte values as the bus reads entries.
     *
     * @return the connection, which the caller closes
     */
    public synchronized StatefulRedisConnection<String, byte[]> connect() {
        if (client == null) {
            client = RedisClient.create(url());
        }
        StatefulRedisConnection<String, byte[]> connection =
                client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        connection.setTimeout(Duration.ofSeconds(10));
        return connection;
    }

    /**
     * Freezes the server process ({@code SIGSTOP}): it keeps its connections but answers nothing until
     * {@link #thaw()}, as a Redis that hangs.
     *
     * @throws Exception if the signal cannot be sent
     */
    public synchronized void freeze() throws Exception {
        signal("-STOP");
    }

    /**
     * Lets a frozen server go on ({@code SIGCONT}).
     *
     * @throws Exception if the signal cannot be sent
     */
    public synchronized void thaw() throws Exception {
        signal("-CONT");
    }

    private void signal(String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid()))
                .redirectErrorStream(true)
                .start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed");
        }
    }

    /** {@return whether the server process is running} */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Stops the server and starts a new, empty one on the same port.
     *
     * @throws Exception if the new server does not start
     */
    public void restart() throws Exception {
        stop();
        start();
    }

    /**
     * Starts the server process again after {@link #stop()}, on the same port, empty.
     *
     * @throws Exception if it does not start
     */
    public synchronized void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                binary(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory.toString()));
        if (tls) {
            command.addAll(List.of(
                    "--port",
                    "0",
                    "--tls-port",
                    Integer.toString(port),
                    "--tls-cert-file",
                    certificates.serverCertificate().toString(),
                    "--tls-key-file",
                    certificates.serverKey().toString(),
                    "--tls-ca-cert-file",
                    certificates.caCertificate().toString(),
                    "--tls-auth-clients",
                    "yes"));
        } else {
            command.addAll(List.of("--port", Integer.toString(port)));
        }
        if (password != null) {
            command.addAll(List.of("--requirepass", password));
        }
        Path log = directory.resolve("redis.log");
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "redis-server exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            if (tls ? Files.readString(log).contains("Ready to accept connections") && listening() : pong()) {
                return;
            }
            Thread.sleep(50);
        }
        stop();
        throw new IllegalStateException("redis-server did not answer on port " + port + " within 20 s");
    }

    /** Stops the server process (the port stays this fixture's; {@link #start()} starts a new one on it). */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private static String binary() {
        return binary("redis-server")
                .orElseThrow(() -> new IllegalStateException("No redis-server binary on the PATH: these tests and the "
                        + "Redis benchmarks need a real Redis. Install it (Debian/Ubuntu: apt-get install -y "
                        + "redis-server; they start their own server), or run the build without -Predis"));
    }

    /**
     * A binary of the Redis package on the PATH, or in {@code /usr/bin} or {@code /usr/local/bin}.
     *
     * @param name the binary's name, e.g. {@code redis-benchmark}
     * @return its path, if found
     */
    public static Optional<String> binary(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name).toString());
            }
        }
        for (String dir : new String[] {"/usr/bin", "/usr/local/bin"}) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name).toString());
            }
        }
        return Optional.empty();
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** PING answered: {@code +PONG}, or {@code -NOAUTH} from a server that wants a password. */
    private boolean pong() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16];
            int read = in.read(buffer);
            String reply = read > 0 ? new String(buffer, 0, read, StandardCharsets.US_ASCII) : "";
            return reply.startsWith("+PONG") || reply.startsWith("-NOAUTH");
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
