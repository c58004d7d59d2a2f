package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.learning.LearningSignals;

/** Fresh metadata: the time in UTC at microseconds, and an id whose timestamp is the same clock reading. */
class MetadataFactoryTest {

    private static final Instant NOW = Instant.parse("2024-01-02T03:04:05.123456789Z");

    @Test
    void theTimeIsUtcMicrosecondsAndTheIdTimestampIsTheSameReading() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        MetadataFactory factory =
                new MetadataFactory(Settings.of(Map.of()), new TimeBasedUuids(clock, new Random(1)), clock);

        EventsMetadata metadata = factory.create(LearningSignals.SESSION_LOGIN_COMPLETED, null);

        assertThat(metadata.time()).isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05.123456Z"));
        assertThat(metadata.time().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(metadata.id().version()).isEqualTo(1);
        // 100-ns intervals since 1582-10-15: the reading's own 100 ns, not truncated to the microsecond.
        assertThat(metadata.id().timestamp())
                .isEqualTo(NOW.getEpochSecond() * 10_000_000L + 1_234_567 + 0x01B21DD213814000L);
    }

    @Test
    void aClockInAnotherZoneStillGivesUtc() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.ofHours(5));
        MetadataFactory factory =
                new MetadataFactory(Settings.of(Map.of()), new TimeBasedUuids(clock, new Random(1)), clock);

        assertThat(factory.create(LearningSignals.SESSION_LOGIN_COMPLETED, null).time())
                .isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05.123456Z"));
    }

    @Test
    void aGivenTimeIsKept() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        MetadataFactory factory =
                new MetadataFactory(Settings.of(Map.of()), new TimeBasedUuids(clock, new Random(1)), clock);
        OffsetDateTime given = OffsetDateTime.parse("2023-05-06T07:08:09.5Z");

        assertThat(factory.create(LearningSignals.SESSION_LOGIN_COMPLETED, given)
                        .time())
                .isEqualTo(given);
    }
}
