package org.openedx.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/events.md} in step with the Java registry. Run with {@code -Dopenedx.events.regenerate=true}
 * to rewrite the file instead of comparing (see {@link EventsIndex#REGENERATE}).
 */
class EventsIndexTest {

    @Test
    void committedIndexIsUpToDate() throws IOException {
        String rendered = EventsIndex.render();
        Path file = EventsIndex.repositoryRoot().resolve(EventsIndex.FILE);

        if (Boolean.getBoolean("openedx.events.regenerate")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail(EventsIndex.FILE + " is missing. Generate it with:\n  " + EventsIndex.REGENERATE);
        }
        String committed = Files.readString(file, StandardCharsets.UTF_8);
        if (!committed.equals(rendered)) {
            fail(EventsIndex.FILE + " is out of date with the signal registry. Regenerate it with:\n  "
                    + EventsIndex.REGENERATE + "\nfirst difference: " + firstDifference(committed, rendered));
        }
    }

    @Test
    void indexListsEveryBuiltInEventOnce() {
        String rendered = EventsIndex.render();

        for (var event : UpstreamCatalog.get().events()) {
            assertThat(rendered).containsOnlyOnce("| `" + event.getString("event_type") + "` |");
        }
        assertThat(rendered).doesNotContain("com.example").contains("\n75 events.\n");
    }

    private static String firstDifference(String committed, String rendered) {
        var expected = EventsIndex.lines(rendered);
        var actual = EventsIndex.lines(committed);
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(end of file)";
            String have = i < actual.size() ? actual.get(i) : "(end of file)";
            if (!want.equals(have)) {
                return "line " + (i + 1) + "\n  committed: " + have + "\n  expected:  " + want;
            }
        }
        return "none";
    }
}
