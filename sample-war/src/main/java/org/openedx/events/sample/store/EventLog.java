package org.openedx.events.sample.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.openedx.events.EventDelivery;

/**
 * The observers' log of what they did, newest last, in memory and bounded to the last {@value #CAPACITY} entries.
 * Safe for observers on any thread.
 */
@ApplicationScoped
public class EventLog {

    /** How many entries are kept. */
    public static final int CAPACITY = 1000;

    /** The delivery of entries for events that came from the event bus. */
    public static final String BUS = "bus";

    private final Deque<RecordedEvent> entries = new ArrayDeque<>();

    /**
     * Records what an observer did.
     *
     * @param observer the observer, as {@code Class#method}
     * @param phase {@code sync}, {@code after-success} or {@code async}; recorded as {@code bus} instead when the
     *              event came from the event bus (its consumer re-emits it outside any transaction)
     * @param delivery what the observer was told about the delivery
     * @param summary what it did, without personal data
     * @return the entry
     */
    public RecordedEvent record(String observer, String phase, EventDelivery delivery, String summary) {
        RecordedEvent entry = new RecordedEvent(
                observer,
                delivery.fromEventBus() ? BUS : phase,
                delivery.metadata(),
                delivery.fromEventBus(),
                summary,
                Thread.currentThread().getName(),
                OffsetDateTime.now(ZoneOffset.UTC));
        synchronized (entries) {
            if (entries.size() == CAPACITY) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
        return entry;
    }

    /**
     * Every entry kept, oldest first.
     *
     * @return a copy of the entries
     */
    public List<RecordedEvent> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }
}
