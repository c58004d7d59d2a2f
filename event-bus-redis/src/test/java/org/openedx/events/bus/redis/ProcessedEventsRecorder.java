package org.openedx.events.bus.redis;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.lettuce.core.api.sync.RedisCommands;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.UserData;

/**
 * The observer of the {@link ConsumeEvents} process that {@link ConsumeEventsProcessTest} starts: it counts, in
 * Redis hashes that outlive the process, every attempt ({@value #ATTEMPTS}) and every finished delivery
 * ({@value #PROCESSED}) per event id. On the user named by the system property {@value #HOLD_USER} it marks
 * {@value #IN_HAND} and then holds the entry for {@value #HOLD_MILLIS_PROPERTY} milliseconds (default: ten
 * minutes, i.e. until the process is killed). Copied, alone, into the process's bean archive.
 */
@ApplicationScoped
public class ProcessedEventsRecorder {

    static final String ATTEMPTS = "test:attempts";
    static final String PROCESSED = "test:processed";
    static final String IN_HAND = "test:in-hand";
    static final String HOLD_USER = "test.hold-user";
    static final String HOLD_MILLIS_PROPERTY = "test.hold-millis";

    @Inject
    RedisConnections connections;

    void onLogin(@Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user, EventsMetadata metadata)
            throws InterruptedException {
        RedisCommands<String, byte[]> redis = connections.producerConnection().sync();
        String id = metadata.id().toString();
        redis.hincrby(ATTEMPTS, id, 1);
        if (user.id() == Long.getLong(HOLD_USER, -1)) {
            redis.set(IN_HAND, id.getBytes(StandardCharsets.UTF_8));
            Thread.sleep(Long.getLong(HOLD_MILLIS_PROPERTY, 600_000));
        }
        redis.hincrby(PROCESSED, id, 1);
    }
}
