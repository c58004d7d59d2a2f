package org.openedx.events.support;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * Date-times as Open edX writes them: Python's {@code datetime.isoformat()} and {@code fromisoformat()}.
 *
 * <p>Python writes {@code YYYY-MM-DDTHH:MM:SS}, then {@code .ffffff} only when the microseconds are not zero,
 * then the offset as {@code +HH:MM} (never {@code Z}). Python datetimes have microsecond resolution, so
 * sub-microsecond digits cannot be represented on the wire: {@link #format(OffsetDateTime)} rejects them rather
 * than silently dropping them, and {@link #truncate(OffsetDateTime)} is the explicit way to conform a value.
 */
public final class IsoDateTimes {

    private static final DateTimeFormatter READER = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd().optionalEnd().optionalEnd()
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private IsoDateTimes() {
    }

    /**
     * Formats like Python's {@code isoformat()} for an aware datetime.
     *
     * @param time the time, not null, at most microsecond precision
     * @return e.g. {@code 2024-01-02T03:04:05.000006+00:00}
     * @throws java.time.DateTimeException if the time has sub-microsecond digits or a year outside 1..9999
     */
    public static String format(OffsetDateTime time) {
        StringBuilder out = new StringBuilder(32);
        appendLocal(out, time.toLocalDateTime());
        int total = time.getOffset().getTotalSeconds();
        out.append(total < 0 ? '-' : '+');
        int abs = Math.abs(total);
        pad2(out, abs / 3600).append(':');
        pad2(out, (abs / 60) % 60);
        if (abs % 60 != 0) {
            out.append(':');
            pad2(out, abs % 60);
        }
        return out.toString();
    }

    /**
     * Formats like Python's {@code isoformat()} for a naive datetime (no offset).
     *
     * @param time the time, not null, at most microsecond precision
     * @return e.g. {@code 2024-01-02T03:04:05}
     * @throws java.time.DateTimeException if the time has sub-microsecond digits or a year outside 1..9999
     */
    public static String format(LocalDateTime time) {
        StringBuilder out = new StringBuilder(26);
        appendLocal(out, time);
        return out.toString();
    }

    /**
     * Reads an ISO-8601 date-time with an offset, as Python's {@code fromisoformat} does ({@code Z} accepted).
     *
     * @param text the text
     * @return the time
     * @throws DateTimeParseException if the text is not an ISO date-time with an offset
     */
    public static OffsetDateTime parseOffset(String text) {
        return OffsetDateTime.parse(text, READER);
    }

    /**
     * Reads an ISO-8601 date-time and tells whether it had an offset.
     *
     * @param text the text
     * @return an {@link OffsetDateTime} when the text has an offset, else a {@link LocalDateTime}
     * @throws DateTimeParseException if the text is not an ISO date-time
     */
    public static java.time.temporal.Temporal parse(String text) {
        var parsed = READER.parse(text);
        LocalDateTime local = LocalDateTime.from(parsed);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)));
        }
        return local;
    }

    /**
     * Drops digits below the microsecond, the finest resolution Open edX can carry.
     *
     * @param time the time
     * @return the time truncated to microseconds
     */
    public static OffsetDateTime truncate(OffsetDateTime time) {
        // Every metadata construction passes here; most times are already whole microseconds.
        return time.getNano() % 1_000 == 0 ? time : time.truncatedTo(ChronoUnit.MICROS);
    }

    private static void appendLocal(StringBuilder out, LocalDateTime t) {
        int nanos = t.getNano();
        if (nanos % 1000 != 0) {
            throw new DateTimeException("Open edX date-times have microsecond resolution; " + t
                    + " has nanoseconds. Truncate it first (IsoDateTimes.truncate)");
        }
        int year = t.getYear();
        if (year < 1 || year > 9999) {
            throw new DateTimeException("Open edX date-times need a year from 1 to 9999, was " + year);
        }
        pad(out, year, 4).append('-');
        pad2(out, t.getMonthValue()).append('-');
        pad2(out, t.getDayOfMonth()).append('T');
        pad2(out, t.getHour()).append(':');
        pad2(out, t.getMinute()).append(':');
        pad2(out, t.getSecond());
        if (nanos != 0) {
            out.append('.');
            pad(out, nanos / 1000, 6);
        }
    }

    private static StringBuilder pad2(StringBuilder out, int value) {
        return pad(out, value, 2);
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
