package org.openedx.events.cdi.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.openedx.events.EventsMetadata;
import org.openedx.events.LibraryVersion;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * Makes the metadata of new events (upstream's {@code generate_signal_metadata}).
 */
public final class MetadataFactory {

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
    public MetadataFactory(Settings settings, TimeBasedUuids ids, Clock clock) {
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
    public EventsMetadata create(OpenEdxPublicSignal<?> signal, OffsetDateTime time) {
        OffsetDateTime when = time != null ? time : OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return new EventsMetadata(signal.eventType(), ids.next(), signal.minorVersion(), source, sourceHost, when,
                LibraryVersion.SOURCE_LIB);
    }
}
