package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TimeBasedUuidsTest {

    @Test
    void idsAreVersionOneWithTheRfcVariantAndTheClockTime() {
        Instant now = Instant.parse("2024-01-02T03:04:05.123456700Z");
        UUID id = new TimeBasedUuids(Clock.fixed(now, ZoneOffset.UTC), new Random(1)).next();

        assertThat(id.version()).isEqualTo(1);
        assertThat(id.variant()).isEqualTo(2);
        long expected = now.getEpochSecond() * 10_000_000L + now.getNano() / 100 + 0x01B21DD213814000L;
        assertThat(id.timestamp()).isEqualTo(expected);
        assertThat(id.node() & 0x0100_0000_0000L)
                .as("multicast bit of a random node")
                .isNotZero();
    }

    @Test
    void aStoppedClockStillGivesIncreasingTimestamps() {
        TimeBasedUuids ids = new TimeBasedUuids(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new Random(2));

        UUID first = ids.next();
        UUID second = ids.next();

        assertThat(second.timestamp()).isEqualTo(first.timestamp() + 1);
    }

    @Test
    void idsFromManyThreadsAreUniqueAndIncreasingPerThread() throws Exception {
        TimeBasedUuids ids = new TimeBasedUuids();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<UUID>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<UUID> mine = new ArrayList<>();
                    for (int i = 0; i < 5_000; i++) {
                        mine.add(ids.next());
                    }
                    return mine;
                }));
            }
            Set<UUID> all = new HashSet<>();
            for (Future<List<UUID>> future : futures) {
                List<UUID> mine = future.get(30, TimeUnit.SECONDS);
                for (int i = 1; i < mine.size(); i++) {
                    assertThat(mine.get(i).timestamp())
                            .isGreaterThan(mine.get(i - 1).timestamp());
                }
                all.addAll(mine);
            }
            assertThat(all).hasSize(8 * 5_000);
        } finally {
            pool.shutdownNow();
        }
    }
}
