package org.openedx.events.sample.it;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

/**
 * A real {@code redis-server} for one test class: started before the class (register this extension before
 * Arquillian's, so that it runs before the deployment) on a free loopback port without persistence, and stopped
 * after it, also when a test failed, or by a shutdown hook should the JVM end first. Fails, not skips, without the
 * binary.
 */
final class LocalRedis implements BeforeAllCallback, AfterAllCallback {

    private static volatile LocalRedis current;

    private Process process;
    private Path directory;
    private int port;
    private Thread shutdownHook;
    private RedisClient client;

    /** The server of the running test class. */
    static LocalRedis current() {
        LocalRedis redis = current;
        if (redis == null) {
            throw new IllegalStateException("No redis-server: register LocalRedis before ArquillianExtension");
        }
        return redis;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        port = freePort();
        directory = Files.createTempDirectory("sample-redis");
        shutdownHook = new Thread(this::stop, "sample-redis-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        ProcessBuilder builder = new ProcessBuilder(binary(), "--bind", "127.0.0.1", "--port", Integer.toString(port),
                "--save", "", "--appendonly", "no", "--dir", directory.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("redis.log").toFile());
        process = builder.start();
        current = this;
        client = RedisClient.create(url());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue() + ": "
                        + Files.readString(directory.resolve("redis.log")));
            }
            try (StatefulRedisConnection<String, byte[]> connection = connect()) {
                if ("PONG".equals(connection.sync().ping())) {
                    return;
                }
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("redis-server did not answer PING on port " + port, e);
                }
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** The URL the deployment and the test connect to. */
    String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    /** A new connection with text keys and byte values, as the bus reads entries; the caller closes it. */
    StatefulRedisConnection<String, byte[]> connect() {
        StatefulRedisConnection<String, byte[]> connection =
                client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        connection.setTimeout(Duration.ofSeconds(10));
        return connection;
    }

    private synchronized void stop() {
        current = null;
        if (client != null) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            client = null;
        }
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
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "redis-server");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        for (String candidate : new String[] {"/usr/bin/redis-server", "/usr/local/bin/redis-server"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("The Redis mode test needs a real Redis: no redis-server binary on the PATH."
                + " Install it (Debian/Ubuntu: apt-get install -y redis-server; the test starts its own server) or"
                + " run the build without -Predis");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
