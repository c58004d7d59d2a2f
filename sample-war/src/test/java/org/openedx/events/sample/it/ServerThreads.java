package org.openedx.events.sample.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the threads alive in the server under test (WildFly or Payara Server), read from a thread dump that
 * the JDK's {@code jcmd} takes of the server's process (found by its installation directory on its command line), so
 * that a test can show which threads a deployment started or left behind, whatever the server.
 */
final class ServerThreads {

    /** The first line of a thread in a dump: {@code "name" #id ...}. */
    private static final Pattern THREAD = Pattern.compile("^\"(.*)\" #", Pattern.MULTILINE);

    private ServerThreads() {}

    /**
     * The names of the server's live threads once none matches, waiting up to 10 s for threads that are still ending
     * (e.g. those of a deployment undeployed just before).
     *
     * @param unwanted the names that must be gone
     * @return the names, when none matches; the last names read otherwise
     */
    static List<String> namesOnceNone(Predicate<String> unwanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> names = names();
        while (names.stream().anyMatch(unwanted) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            names = names();
        }
        return names;
    }

    /** The names of every live thread of the server. */
    static List<String> names() {
        long pid = serverProcess();
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!dump.waitFor(60, TimeUnit.SECONDS) || dump.exitValue() != 0) {
                throw new AssertionError("jcmd " + pid + " Thread.print failed: " + out);
            }
            List<String> names = new ArrayList<>();
            Matcher thread = THREAD.matcher(out);
            while (thread.find()) {
                names.add(thread.group(1));
            }
            if (names.isEmpty()) {
                throw new AssertionError("no thread in the dump of " + pid + ": " + out);
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot dump the server's threads", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while dumping the server's threads", e);
        }
    }

    /** The server's JVM: the one Java process whose command line names the server's installation directory. */
    private static long serverProcess() {
        String home = serverHome();
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(process -> process.info().command().orElse("").endsWith("java"))
                .filter(process -> process.info().commandLine().orElse("").contains(home))
                .toList();
        if (servers.size() != 1) {
            throw new AssertionError("expected one server JVM running from " + home + ", found "
                    + servers.stream().map(ProcessHandle::pid).toList());
        }
        return servers.get(0).pid();
    }

    /** The installation directory, from the log's location ({@code sample.server.log}). */
    private static String serverHome() {
        Path log = Path.of(System.getProperty("sample.server.log"));
        // WildFly: <home>/standalone/log/server.log; Payara: <home>/glassfish/domains/domain1/logs/server.log.
        Path home = ServerLog.server() == ServerLog.Server.PAYARA
                ? log.getParent().getParent().getParent().getParent().getParent()
                : log.getParent().getParent().getParent();
        return home.toAbsolutePath().normalize().toString();
    }
}
