package org.openedx.events.wire.cloudevents;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

import jakarta.json.bind.adapter.JsonbAdapter;

import org.openedx.events.support.IsoDateTimes;

/**
 * Date-times in payloads as Python writes them ({@code isoformat()}: {@code 2024-01-02T03:04:05.123456+00:00},
 * microseconds only when non-zero, never {@code Z}) instead of JSON-B's default ISO form. A text without an offset
 * (a naive Python datetime) is read as UTC, because Java payloads always carry an offset.
 */
final class PythonDateTimeAdapter implements JsonbAdapter<OffsetDateTime, String> {

    @Override
    public String adaptToJson(OffsetDateTime time) {
        return time == null ? null : IsoDateTimes.format(time);
    }

    @Override
    public OffsetDateTime adaptFromJson(String text) {
        if (text == null) {
            return null;
        }
        Temporal parsed = IsoDateTimes.parse(text);
        return parsed instanceof LocalDateTime local
                ? OffsetDateTime.of(local, ZoneOffset.UTC)
                : (OffsetDateTime) parsed;
    }
}
