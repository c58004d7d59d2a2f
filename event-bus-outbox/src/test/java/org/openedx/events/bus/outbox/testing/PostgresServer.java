package org.openedx.events.bus.outbox.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for the tests of one class: a throw-away cluster ({@code initdb} in a temporary directory) served
 * on a free port of 127.0.0.1 only (its Unix socket in that directory), without durability ({@code fsync=off}), stopped
 * and deleted after the class (and by a shutdown hook should the JVM end first). Fails, not skips, without the
 * binaries (Debian package {@code postgresql}).
 *
 * <p>PostgreSQL refuses to run as root; as root (CI) the fixture runs {@code initdb} and {@code postgres} as the
 * {@code postgres} user the Debian package creates ({@code setpriv}), and lets that user reach the temporary
 * directory.
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback {

    private static volatile PostgresServer current;

    private Path directory;
    private Process process;
    private int port;
    private Thread shutdownHook;

    /** A server, started by JUnit before the class's tests. */
    public PostgresServer() {}

    /**
     * The server started last and not yet closed, for static contexts.
     *
     * @return the server
     * @throws IllegalStateException when none is running
     */
    public static PostgresServer current() {
        PostgresServer server = current;
        if (server == null) {
            throw new IllegalStateException("No PostgreSQL: register PostgresServer first");
        }
        return server;
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
     * Creates the cluster and starts the server.
     *
     * @throws Exception if it does not start
     */
    public synchronized void open() throws Exception {
        port = freePort();
        directory = Files.createTempDirectory("postgres-test");
        shutdownHook = new Thread(this::stop, "postgres-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Path data = directory.resolve("data");
        if (root()) {
            letPostgresIn(directory);
        }
        run(List.of(
                binary("initdb"),
                "-D",
                data.toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync"));
        start();
        current = this;
    }

    /**
     * Stops the server and deletes the cluster.
     *
     * @throws IOException if the directory cannot be deleted
     */
    public synchronized void close() throws IOException {
        if (current == this) {
            current = null;
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

    /** {@return the JDBC URL of the {@code postgres} database, user {@code postgres} without a password} */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /** {@return a new data source for the {@code postgres} database} */
    public DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"127.0.0.1"});
        source.setPortNumbers(new int[] {port});
        source.setDatabaseName("postgres");
        source.setUser("postgres");
        return source;
    }

    /** {@return the port} */
    public int port() {
        return port;
    }

    /**
     * Starts the server on the existing cluster (after {@link #stop()}), on the same port.
     *
     * @throws Exception if it does not start within 30 s
     */
    public synchronized void start() throws Exception {
        Path data = directory.resolve("data");
        Path log = directory.resolve("postgres.log");
        List<String> command = asPostgres(List.of(
                binary("postgres"),
                "-D",
                data.toString(),
                "-p",
                Integer.toString(port),
                "-k",
                directory.toString(),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=50"));
        process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "postgres exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            if (Files.readString(log).contains("database system is ready to accept connections")) {
                return;
            }
            Thread.sleep(50);
        }
        stop();
        throw new IllegalStateException("postgres did not start on port " + port + " within 30 s");
    }

    /** Stops the server (fast shutdown: open sessions are ended), leaving the cluster for {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        try {
            signal("-INT"); // fast shutdown
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                signal("-QUIT"); // immediate shutdown
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            process.destroyForcibly();
        }
        process = null;
    }

    private void signal(String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", signal, Long.toString(process.pid()))
                .redirectErrorStream(true)
                .start()
                .waitFor(10, TimeUnit.SECONDS);
    }

    private void run(List<String> command) throws Exception {
        Path log = directory.resolve("initdb.log");
        Process initdb = new ProcessBuilder(asPostgres(command))
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!initdb.waitFor(120, TimeUnit.SECONDS)) {
            initdb.destroyForcibly();
            throw new IllegalStateException("initdb did not finish within 120 s");
        }
        if (initdb.exitValue() != 0) {
            throw new IllegalStateException("initdb failed: " + Files.readString(log));
        }
    }

    private static List<String> asPostgres(List<String> command) {
        if (!root()) {
            return command;
        }
        List<String> wrapped =
                new ArrayList<>(List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Gives the directory to the postgres user and lets it through every parent directory. */
    private static void letPostgresIn(Path directory) throws IOException {
        UserPrincipal postgres;
        try {
            postgres = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Running as root, the PostgreSQL tests need the user 'postgres' that the "
                            + "Debian package postgresql creates (apt-get install -y postgresql)",
                    e);
        }
        Files.setOwner(directory, postgres);
        Files.setPosixFilePermissions(
                directory,
                EnumSet.of(
                        PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE));
        for (Path parent = directory.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(parent);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(parent, permissions);
            }
        }
    }

    /** The newest PostgreSQL's binary: Debian keeps them under /usr/lib/postgresql/VERSION/bin, off the PATH. */
    private static String binary(String name) {
        Path newest = null;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            newest = versions.filter(
                            dir -> Files.isExecutable(dir.resolve("bin").resolve(name)))
                    .max(Comparator.comparingInt(PostgresServer::version))
                    .map(dir -> dir.resolve("bin").resolve(name))
                    .orElse(null);
        } catch (IOException e) {
            // not a Debian layout: look on the PATH
        }
        if (newest != null) {
            return newest.toString();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("These tests need a real PostgreSQL: no " + name + " under "
                + "/usr/lib/postgresql/*/bin or on the PATH. Install it (Debian/Ubuntu: apt-get install -y postgresql; "
                + "the tests create and start their own throw-away cluster) or run the build without -Ppostgresql");
    }

    private static int version(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
