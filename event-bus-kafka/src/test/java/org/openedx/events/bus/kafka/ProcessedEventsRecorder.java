package org.openedx.events.bus.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;

/**
 * The observer of the {@link ConsumeEvents} process that {@link ConsumeEventsProcessTest} starts: it appends every
 * attempt and every finished delivery, by event id, to files that outlive the process (in the directory named by the
 * system property {@value #DIRECTORY}). On the user named by {@value #HOLD_USER} it writes the id to
 * {@code in-hand} and then holds the record until the process is killed. Copied, alone, into the process's bean
 * archive.
 */
@ApplicationScoped
public class ProcessedEventsRecorder {

    static final String DIRECTORY = "test.directory";
    static final String HOLD_USER = "test.hold-user";

    void onLogin(@Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user, EventsMetadata metadata)
            throws InterruptedException {
        Path directory = Path.of(System.getProperty(DIRECTORY));
        String id = metadata.id().toString();
        append(directory.resolve("attempts"), id);
        if (user.id() == Long.getLong(HOLD_USER, -1)) {
            append(directory.resolve("in-hand"), id);
            Thread.sleep(600_000);
        }
        append(directory.resolve("processed"), id);
    }

    private static void append(Path file, String line) {
        try {
            Files.writeString(
                    file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
