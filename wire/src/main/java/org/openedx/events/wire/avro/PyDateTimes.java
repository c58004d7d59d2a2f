package org.openedx.events.wire.avro;

import org.openedx.events.support.Echo;
import org.openedx.events.wire.payload.PathFailure;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;

import org.openedx.events.support.IsoDateTimes;

/**
 * Reads date-times written by Python's {@code isoformat()} quickly: the four shapes Python writes (with or without
 * {@code .ffffff}, with or without {@code +HH:MM}) are parsed by hand; anything else goes through
 * {@link IsoDateTimes#parse(String)}, which accepts what {@code datetime.fromisoformat} accepts.
 *
 * <p>A text without an offset (a naive Python datetime) is taken as UTC: Java payloads hold
 * {@link OffsetDateTime}s, which cannot be naive. This is a documented deviation from upstream, where such a value
 * stays naive.
 */
final class PyDateTimes {

    private PyDateTimes() {
    }

    static OffsetDateTime parse(String text) {
        int length = text.length();
        if ((length == 19 || length == 25 || length == 26 || length == 32)
                && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':') {
            OffsetDateTime fast = fast(text, length);
            if (fast != null) {
                return fast;
            }
        }
        return slow(text);
    }

    private static OffsetDateTime fast(String text, int length) {
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        boolean fraction = length == 26 || length == 32;
        if (fraction) {
            if (text.charAt(19) != '.') {
                return null;
            }
            int micros = digits(text, 20, 6);
            if (micros < 0) {
                return null;
            }
            nanos = micros * 1000;
            at = 26;
        }
        ZoneOffset offset = ZoneOffset.UTC;
        if (at < length) {
            char sign = text.charAt(at);
            if ((sign != '+' && sign != '-') || text.charAt(at + 3) != ':') {
                return null;
            }
            int hours = digits(text, at + 1, 2);
            int minutes = digits(text, at + 4, 2);
            if ((hours | minutes) < 0) {
                return null;
            }
            if (hours != 0 || minutes != 0) {
                try {
                    offset = sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                            : ZoneOffset.ofHoursMinutes(-hours, -minutes);
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (DateTimeException e) {
            return null; // let the general parser report it
        }
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static OffsetDateTime slow(String text) {
        Temporal parsed;
        try {
            parsed = IsoDateTimes.parse(text);
        } catch (DateTimeParseException e) {
            throw new PathFailure("is '" + Echo.of(text) + "', which is not an ISO-8601 date-time as Python's isoformat() "
                    + "writes it (e.g. 2024-01-02T03:04:05.123456+00:00): " + e.getMessage(), e);
        }
        if (parsed instanceof LocalDateTime local) {
            return OffsetDateTime.of(local, ZoneOffset.UTC);
        }
        return (OffsetDateTime) parsed;
    }
}
