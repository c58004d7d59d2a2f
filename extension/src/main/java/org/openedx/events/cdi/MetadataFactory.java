package org.openedx.events.cdi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.openedx.events.EventsMetadata;
import org.openedx.events.LibraryVersion;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * Makes the metadata of new events (upstream's {@code generate_signal_metadata}).
 */
final class MetadataFactory {

    private final String source;
    private final String sourceHost;
    private final TimeBasedUuids ids;
    private final Clock clock;

    /**
     * Creates the factory.
     *
     * @param settings where the service name and host come from
     * @param ids the id generator
     * @param clock the clock for "now"
     */
    MetadataFactory(Settings settings, TimeBasedUuids ids, Clock clock) {
        this.source = settings.source();
        this.sourceHost = settings.sourceHost();
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Fresh metadata for a signal.
     *
     * @param signal the signal
     * @param time the event time in UTC, or null for now
     * @return the metadata
     * @throws org.openedx.events.SenderValidationException if the time is not UTC
     */
    EventsMetadata create(OpenEdxPublicSignal<?> signal, OffsetDateTime time) {
        // One clock read for the id and the time. The time is built directly in UTC, already at microseconds:
        // OffsetDateTime.now(clock) would look up the zone's rules (a new ZoneRules per call for an offset) and the
        // metadata would then truncate it again (see benchmarks/RESULTS.md).
        Instant now = clock.instant();
        OffsetDateTime when = time != null
                ? time
                : OffsetDateTime.of(
                        LocalDateTime.ofEpochSecond(
                                now.getEpochSecond(), now.getNano() / 1_000 * 1_000, ZoneOffset.UTC),
                        ZoneOffset.UTC);
        return new EventsMetadata(
                signal.eventType(),
                ids.next(now),
                signal.minorVersion(),
                source,
                sourceHost,
                when,
                LibraryVersion.SOURCE_LIB);
    }
}
