package org.openedx.events.bus.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;

import org.openedx.events.EventsMetadata;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/** What the outbox tests send and how they read the stream back. */
final class OutboxFixtures {

    static final String TOPIC = "user-login";
    static final String KEY_FIELD = "user.id";

    private OutboxFixtures() {}

    static UserData user(long id) {
        return new UserData(id, true, new UserPersonalData("learner" + id, "learner" + id + "@example.com", "L " + id));
    }

    static EventsMetadata metadata() {
        return new EventsMetadata(
                LearningEvents.SESSION_LOGIN_COMPLETED,
                UUID.randomUUID(),
                0,
                "openedx/lms/web",
                "lms-test-1",
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                List.of(11, 2, 0));
    }

    /** The ids of the stream's entries, in stream order. */
    static List<String> streamIds(RedisCommands<String, byte[]> redis, String stream) {
        List<String> ids = new ArrayList<>();
        for (StreamMessage<String, byte[]> entry : redis.xrange(stream, Range.create("-", "+"))) {
            ids.add(new String(entry.getBody().get("id"), StandardCharsets.UTF_8));
        }
        return ids;
    }

    /** The entries' fields by event id. */
    static Map<String, Map<String, byte[]>> entries(RedisCommands<String, byte[]> redis, String stream) {
        Map<String, Map<String, byte[]>> entries = new LinkedHashMap<>();
        for (StreamMessage<String, byte[]> entry : redis.xrange(stream, Range.create("-", "+"))) {
            entries.put(new String(entry.getBody().get("id"), StandardCharsets.UTF_8), entry.getBody());
        }
        return entries;
    }

    static void await(BooleanSupplier condition, String what, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                assertThat(condition.getAsBoolean())
                        .as(what + " within " + seconds + " s")
                        .isTrue();
            }
            Thread.sleep(20);
        }
    }
}
