package org.openedx.events.instrumentation;

import java.time.Duration;

/**
 * What the transactional outbox has not published yet.
 *
 * @param pendingRows the rows waiting to be published
 * @param oldestPendingAge how long the oldest of them has waited; zero when there is none
 */
public record OutboxBacklog(long pendingRows, Duration oldestPendingAge) {

    /**
     * Checks the parts.
     *
     * @param pendingRows the rows waiting to be published
     * @param oldestPendingAge how long the oldest has waited
     * @throws IllegalArgumentException when the count is negative or the age null or negative
     */
    public OutboxBacklog {
        if (pendingRows < 0 || oldestPendingAge == null || oldestPendingAge.isNegative()) {
            throw new IllegalArgumentException("an outbox backlog needs a count and an age of zero or more, got "
                    + pendingRows + " and " + oldestPendingAge);
        }
    }
}
