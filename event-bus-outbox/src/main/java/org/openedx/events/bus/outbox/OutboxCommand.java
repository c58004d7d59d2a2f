package org.openedx.events.bus.outbox;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.openedx.events.bus.outbox.OutboxRow.Status;

/**
 * The outbox's command line, for operators: counts, failed rows, re-queueing, and creating the table.
 *
 * <pre>
 * java -cp openedx-events-event-bus-outbox.jar:openedx-events-api.jar:openedx-events-event-bus.jar:\
 *     openedx-events-wire.jar:postgresql.jar org.openedx.events.bus.outbox.OutboxCommand \
 *     --url jdbc:postgresql://127.0.0.1:5432/app --user app [--table openedx_events_outbox] COMMAND
 *
 * COMMAND: counts | failed [LIMIT] | requeue EVENT_ID | requeue-all-failed | create-table
 * </pre>
 *
 * <p>The password is read from the environment variable {@code OUTBOX_DB_PASSWORD}, never from the command line.
 * Exit status: 0 done, 1 the database failed, 2 bad usage.
 */
public final class OutboxCommand {

    /** The environment variable holding the database password. */
    public static final String PASSWORD_VARIABLE = "OUTBOX_DB_PASSWORD";

    private static final String USAGE = "usage: OutboxCommand --url JDBC_URL [--user USER] [--table TABLE] "
            + "counts | failed [LIMIT] | requeue EVENT_ID | requeue-all-failed | create-table\n"
            + "(the password comes from the environment variable " + PASSWORD_VARIABLE + ")";

    private OutboxCommand() {}

    /**
     * Runs the command and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv()::get, System.out, System.err));
    }

    /**
     * Runs the command.
     *
     * @param args the arguments
     * @param environment the environment variables
     * @param out where results go
     * @param err where errors go
     * @return the exit status: 0 done, 1 the database failed, 2 bad usage
     */
    public static int run(String[] args, Function<String, String> environment, PrintStream out, PrintStream err) {
        String url = null;
        String user = null;
        String table = OutboxSettings.DEFAULT_TABLE;
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url", "--user", "--table" -> {
                    if (i + 1 == args.length) {
                        err.println(args[i] + " needs a value\n" + USAGE);
                        return 2;
                    }
                    String value = args[++i];
                    switch (args[i - 1]) {
                        case "--url" -> url = value;
                        case "--user" -> user = value;
                        default -> table = value;
                    }
                }
                default -> command.add(args[i]);
            }
        }
        if (url == null || command.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        try {
            OutboxTable outbox =
                    new OutboxTable(new DriverManagerSource(url, user, environment.apply(PASSWORD_VARIABLE)), table);
            OutboxAdmin admin = new OutboxAdmin(outbox);
            switch (command.get(0)) {
                case "counts" -> {
                    for (Map.Entry<Status, Long> count : admin.counts().entrySet()) {
                        out.println(count.getKey() + " " + count.getValue());
                    }
                }
                case "failed" -> {
                    int limit = command.size() > 1 ? Integer.parseInt(command.get(1)) : 100;
                    for (OutboxRow row : admin.failed(limit)) {
                        out.println(row.id() + " " + row.eventId() + " " + row.eventType() + " " + row.topic() + " "
                                + row.attempts() + " " + row.createdAt() + " " + row.lastError());
                    }
                }
                case "requeue" -> {
                    if (command.size() != 2) {
                        err.println("requeue needs one event id\n" + USAGE);
                        return 2;
                    }
                    out.println("re-queued " + admin.requeue(UUID.fromString(command.get(1))) + " rows");
                }
                case "requeue-all-failed" -> out.println("re-queued " + admin.requeueAllFailed() + " rows");
                case "create-table" -> {
                    outbox.create();
                    out.println("table " + table + " ready");
                }
                default -> {
                    err.println("unknown command '" + command.get(0) + "'\n" + USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (SQLException | RuntimeException e) {
            err.println("failed: " + e);
            return 1;
        }
    }

    /** Connections from {@link DriverManager}: enough for a command line. */
    private record DriverManagerSource(String url, String user, String password) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return DriverManager.getConnection(url, username, pass);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter writer) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }

        @Override
        public String toString() {
            return "DriverManagerSource[" + url + "]"; // never the password
        }
    }
}
