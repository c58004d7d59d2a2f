package org.openedx.events.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures what the library logs (logger {@code org.openedx.events}) during each test:
 * {@code @RegisterExtension final LibraryLog log = new LibraryLog();}.
 */
public final class LibraryLog implements BeforeEachCallback, AfterEachCallback {

    private static final Logger LOGGER = Logger.getLogger("org.openedx.events");

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @Override
    public void beforeEach(ExtensionContext context) {
        records.clear();
        LOGGER.addHandler(handler);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LOGGER.removeHandler(handler);
    }

    /**
     * The records logged so far in this test.
     *
     * @return the records, oldest first
     */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }
}
