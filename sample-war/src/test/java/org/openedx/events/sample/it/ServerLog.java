package org.openedx.events.sample.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server's log as far as the current test class is concerned, on WildFly and on Payara Server alike. Registered
 * before Arquillian's extension, it notes where the log ends before the class deploys, so that the class reads only
 * what its own deployment logged.
 *
 * <p>The profile names the server ({@code sample.server}: {@code wildfly} or {@code payara}) and the log file
 * ({@code sample.server.log}). The log is read as entries, each with its level: WildFly writes one line per entry
 * ({@code 2026-01-01 12:00:00,000 WARN  [category] (thread) message}, stack traces on the lines after it), Payara Server a
 * bracketed header and a message that may span lines ({@code [time] [Payara 6...] [WARNING] [] [logger] ... [[ ...
 * ]]}).
 */
final class ServerLog implements BeforeAllCallback {

    /** What differs between the servers' logs. */
    enum Server {
        /** WildFly's {@code standalone/log/server.log}. */
        WILDFLY(
                Pattern.compile("^(?:\\d{4}-\\d{2}-\\d{2} )?\\d{2}:\\d{2}:\\d{2},\\d{3}\\s+([A-Z]+)\\s"),
                "WFLYSRV0010: Deployed \"sample.war\""),
        /** Payara Server's {@code domains/domain1/logs/server.log} (its default ODL format). */
        PAYARA(Pattern.compile("^\\[[^\\]]*\\] \\[[^\\]]*\\] \\[([A-Z]+)\\]"), "sample was successfully deployed in");

        private final Pattern entryStart;
        private final String deployed;

        Server(Pattern entryStart, String deployed) {
            this.entryStart = entryStart;
            this.deployed = deployed;
        }
    }

    /**
     * One log entry: its level as the server wrote it and its whole text (the first line and the ones that belong
     * to it).
     */
    record Entry(String level, String text) {

        private static final Set<String> ERRORS = Set.of("ERROR", "SEVERE", "FATAL");
        private static final Set<String> WARNINGS = Set.of("WARN", "WARNING");

        /** Whether the entry is an error, in either server's level names. */
        boolean isError() {
            return ERRORS.contains(level);
        }

        /** Whether the entry is a warning or an error, in either server's level names. */
        boolean isWarningOrError() {
            return isError() || WARNINGS.contains(level);
        }

        /** Whether the entry's text contains the given text. */
        boolean contains(String part) {
            return text.contains(part);
        }
    }

    private static long mark;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path log = log();
        mark = Files.exists(log) ? Files.size(log) : 0;
    }

    /** The server under test, from the system property {@code sample.server}. */
    static Server server() {
        String name = System.getProperty("sample.server");
        if (name == null) {
            throw new IllegalStateException(
                    "System property sample.server is not set; run the ITs with -Pwildfly or" + " -Ppayara");
        }
        return Server.valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** The entries logged since the current test class started. */
    static List<Entry> entriesSinceMark() throws IOException {
        Server server = server();
        List<Entry> entries = new ArrayList<>();
        String level = null;
        StringBuilder text = new StringBuilder();
        for (String line : linesSinceMark()) {
            Matcher start = server.entryStart.matcher(line);
            if (start.find()) {
                if (level != null) {
                    entries.add(new Entry(level, text.toString()));
                }
                level = start.group(1);
                text.setLength(0);
                text.append(line);
            } else if (level != null) {
                text.append('\n').append(line);
            }
        }
        if (level != null) {
            entries.add(new Entry(level, text.toString()));
        }
        return entries;
    }

    /** Whether the entries include the server's message that {@code sample.war} was deployed. */
    static boolean deployedTheSample(List<Entry> entries) {
        String deployed = server().deployed;
        return entries.stream().anyMatch(entry -> entry.contains(deployed));
    }

    /**
     * Whether an entry is the one warning the sample's deployment logs on Payara Server: before creating the
     * sample's id sequence, EclipseLink (Payara's JPA provider) probes for it and logs the failed probe
     * ({@code EclipseLink-4002} on {@code CALL NEXT VALUE FOR notification_preference_seq}) at every deployment.
     * Checks that want no warning at all allow this one and nothing else.
     */
    static boolean isEclipseLinksSequenceProbe(Entry entry) {
        return entry.level().equals("WARNING")
                && entry.contains("[EclipseLink-4002]")
                && entry.contains("Call: CALL NEXT VALUE FOR notification_preference_seq");
    }

    private static List<String> linesSinceMark() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log().toFile(), "r")) {
            byte[] tail = new byte[(int) (file.length() - mark)];
            file.seek(mark);
            file.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static Path log() {
        String log = System.getProperty("sample.server.log");
        if (log == null) {
            throw new IllegalStateException(
                    "System property sample.server.log is not set; run the ITs with -Pwildfly or -Ppayara");
        }
        return Path.of(log);
    }
}
