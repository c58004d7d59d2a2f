package org.openedx.events.bus.redis;

import java.time.Duration;
import java.util.Objects;

import org.openedx.events.bus.BusDelivery;

/**
 * How a consumer retries an entry whose observers failed, and when it takes over entries left pending.
 *
 * @param maxAttempts attempts before the entry goes to the dead-letter stream (1 means no retry)
 * @param backoff the wait before the second attempt; each further wait doubles, up to {@code maxBackoff}
 * @param maxBackoff the longest wait between attempts
 * @param claimIdle how long an entry must have been pending, unacknowledged, before a consumer of the group claims
 *                  it (XAUTOCLAIM): entries of a consumer that died, or that gave up at shutdown
 */
public record RetryPolicy(int maxAttempts, Duration backoff, Duration maxBackoff, Duration claimIdle) {

    /**
     * Checks the components.
     *
     * @param maxAttempts attempts before the dead-letter stream
     * @param backoff the first wait
     * @param maxBackoff the longest wait
     * @param claimIdle the idle time before a claim
     * @throws IllegalArgumentException if maxAttempts is below 1 or a duration is negative
     */
    public RetryPolicy {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(claimIdle, "claimIdle");
        if (maxAttempts < 1 || backoff.isNegative() || maxBackoff.isNegative() || claimIdle.isNegative()) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 and durations 0 or more: " + maxAttempts
                    + ", " + backoff + ", " + maxBackoff + ", " + claimIdle);
        }
    }

    /**
     * The wait after a failed attempt.
     *
     * @param attempt the attempt that failed, from 1
     * @return {@code backoff * 2^(attempt-1)}, at most {@code maxBackoff}
     */
    public Duration delayAfter(int attempt) {
        return BusDelivery.delayAfter(backoff, maxBackoff, attempt);
    }
}
