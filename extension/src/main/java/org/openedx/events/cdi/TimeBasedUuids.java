package org.openedx.events.cdi;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Version-1 (time-based) UUIDs, as Python's {@code uuid.uuid1()} makes for event ids.
 *
 * <p>The timestamp counts 100-nanosecond intervals since 1582-10-15. Ids are unique and their timestamps strictly
 * increase across all threads: when the clock has not moved (or moved back) since the last id, the next id takes
 * the last timestamp plus one. The node is a random 48-bit number with the multicast bit set, as RFC 9562 asks of
 * nodes that are not a MAC address; the clock sequence is random per generator.
 */
final class TimeBasedUuids {

    /** 100-ns intervals between 1582-10-15T00:00Z and 1970-01-01T00:00Z. */
    private static final long GREGORIAN_OFFSET = 0x01B21DD213814000L;

    private final Clock clock;
    private final AtomicLong last = new AtomicLong();
    private final long leastSignificant;

    /** A generator on the system clock. */
    TimeBasedUuids() {
        this(Clock.systemUTC(), new SecureRandom());
    }

    TimeBasedUuids(Clock clock, java.util.Random random) {
        this.clock = clock;
        long clockSequence = random.nextInt(1 << 14);
        long node = (random.nextLong() & 0xFFFF_FFFF_FFFFL) | 0x0100_0000_0000L;
        this.leastSignificant = (0x8000L | clockSequence) << 48 | node;
    }

    /**
     * The next id.
     *
     * @return a version-1 UUID
     */
    UUID next() {
        return next(clock.instant());
    }

    /**
     * The next id for a time read from the clock by the caller, so that a send reads the clock once for its id and
     * its time.
     *
     * @param now the current time
     * @return a version-1 UUID
     */
    UUID next(Instant now) {
        long timestamp = nextTimestamp(now);
        long mostSignificant = (timestamp & 0xFFFF_FFFFL) << 32
                | ((timestamp >>> 32) & 0xFFFFL) << 16
                | 0x1000L
                | ((timestamp >>> 48) & 0x0FFFL);
        return new UUID(mostSignificant, leastSignificant);
    }

    private long nextTimestamp(Instant now) {
        long candidate = now.getEpochSecond() * 10_000_000L + now.getNano() / 100 + GREGORIAN_OFFSET;
        while (true) {
            long previous = last.get();
            long next = Math.max(candidate, previous + 1);
            if (last.compareAndSet(previous, next)) {
                return next;
            }
        }
    }
}
