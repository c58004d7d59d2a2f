package org.openedx.events.wire.avro;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;

import org.openedx.events.support.IsoDateTimes;
import org.openedx.events.wire.payload.PathFailure;

/**
 * Reads the date-times of Avro payloads with {@link IsoDateTimes#parse(String)}, which reads what Python's
 * {@code datetime.fromisoformat} reads (and quickly what {@code isoformat()} writes).
 *
 * <p>A text without an offset (a naive Python datetime) is taken as UTC: Java payloads hold
 * {@link OffsetDateTime}s, which cannot be naive. This is a documented deviation from upstream, where such a value
 * stays naive.
 */
final class PyDateTimes {

    private PyDateTimes() {}

    static OffsetDateTime parse(String text) {
        Temporal parsed;
        try {
            parsed = IsoDateTimes.parse(text);
        } catch (DateTimeParseException e) {
            throw new PathFailure(e.getMessage(), e);
        }
        if (parsed instanceof LocalDateTime local) {
            return OffsetDateTime.of(local, ZoneOffset.UTC);
        }
        return (OffsetDateTime) parsed;
    }
}
