package org.openedx.events.benchmarks;

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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A {@code redis-server} of the benchmarks' own (the Debian package's binary), adapted from event-bus-redis's test
 * fixture {@code RedisServer}: started on a free 127.0.0.1 port without persistence ({@code --save ''
 * --appendonly no}) in a temporary directory, and stopped by {@link #close()}, or by a shutdown hook should the JVM
 * end first (a failed benchmark, a JMH timeout). Nothing is left running and the directory is deleted.
 */
final class RedisServerProcess implements AutoCloseable {

    private final Path directory;
    private final int port;
    private final Thread shutdownHook;
    private Process process;

    private RedisServerProcess(Path directory, int port) {
        this.directory = directory;
        this.port = port;
        this.shutdownHook = new Thread(this::stop, "redis-server-stop");
    }

    /**
     * Starts a server and waits until it answers {@code PING}.
     *
     * @return the running server
     * @throws IOException if it cannot be started
     * @throws IllegalStateException if there is no {@code redis-server} binary, or it does not answer in 20 s
     */
    static RedisServerProcess start() throws IOException {
        String binary = binary("redis-server")
                .orElseThrow(() -> new IllegalStateException("The Redis benchmarks need a redis-server binary on the "
                        + "PATH (Debian/Ubuntu: apt-get install -y redis-server); the suite starts its own"));
        RedisServerProcess server =
                new RedisServerProcess(Files.createTempDirectory("openedx-events-bench-redis"), freePort());
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            server.launch(binary);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void launch(String binary) throws IOException {
        Path log = directory.resolve("redis.log");
        process = new ProcessBuilder(List.of(
                        binary,
                        "--bind",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(port),
                        "--save",
                        "",
                        "--appendonly",
                        "no",
                        "--dir",
                        directory.toString()))
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "redis-server exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            if (pong()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting redis-server", e);
            }
        }
        throw new IllegalStateException("redis-server did not answer on port " + port + " within 20 s");
    }

    /** {@return the server's URL} */
    String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    /** {@return the server's port} */
    int port() {
        return port;
    }

    /** Stops the server and deletes its directory. */
    @Override
    public void close() throws IOException {
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

    private synchronized void stop() {
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

    /**
     * A binary on the PATH (or in {@code /usr/bin}, {@code /usr/local/bin}).
     *
     * @param name the binary's name
     * @return its path, if found
     */
    static Optional<String> binary(String name) {
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
            return read > 0 && new String(buffer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
