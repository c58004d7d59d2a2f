package org.openedx.events.sample.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Notes where WildFly's {@code server.log} ends before a test class deploys (register it before Arquillian's
 * extension), so that the class can read only what its own deployment logged.
 */
final class ServerLog implements BeforeAllCallback {

    private static long mark;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path log = log();
        mark = Files.exists(log) ? Files.size(log) : 0;
    }

    /** The lines logged since the current test class started. */
    static List<String> linesSinceMark() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log().toFile(), "r")) {
            byte[] tail = new byte[(int) (file.length() - mark)];
            file.seek(mark);
            file.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static Path log() {
        String home = System.getProperty("jboss.home");
        if (home == null) {
            throw new IllegalStateException("System property jboss.home is not set; run the ITs with -Pwildfly");
        }
        return Path.of(home, "standalone", "log", "server.log");
    }
}
