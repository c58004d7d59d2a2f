package org.openedx.events.support;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.Temporal;

/**
 * Date-times as Open edX writes them: Python's {@code datetime.isoformat()} and {@code fromisoformat()}.
 *
 * <p>Python writes {@code YYYY-MM-DDTHH:MM:SS}, then {@code .ffffff} only when the microseconds are not zero,
 * then the offset as {@code +HH:MM} (never {@code Z}). Python datetimes have microsecond resolution, so
 * sub-microsecond digits cannot be represented on the wire: {@link #format(OffsetDateTime)} rejects them rather
 * than silently dropping them, and {@link #truncate(OffsetDateTime)} is the explicit way to conform a value.
 */
public final class IsoDateTimes {

    private IsoDateTimes() {}

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
     * Reads a date-time that must have an offset, as Python's {@code datetime.fromisoformat} reads it.
     *
     * @param text the text
     * @return the time
     * @throws DateTimeParseException if Python refuses the text, if it has no offset, or if Java cannot hold it
     *     (see {@link #parse(String)}); the message can follow a field's name
     */
    public static OffsetDateTime parseOffset(String text) {
        Temporal parsed = parse(text);
        if (parsed instanceof OffsetDateTime aware) {
            return aware;
        }
        throw new DateTimeParseException(
                "is '" + Echo.of(text) + "', which has no UTC offset; the time must be aware "
                        + "(e.g. 2024-01-02T03:04:05.123456+00:00)",
                text,
                0);
    }

    /**
     * Reads a date-time exactly as CPython 3.12's {@code datetime.fromisoformat} (the C implementation in
     * {@code Modules/_datetimemodule.c}) reads it, and tells whether it had an offset.
     *
     * <p>Accepted, as there: a date {@code YYYY-MM-DD}, {@code YYYYMMDD} or an ISO week date ({@code YYYY-Www},
     * {@code YYYYWww}, {@code YYYY-Www-D}, {@code YYYYWwwD}), alone (midnight) or followed by any single character
     * and a time {@code HH[:MM[:SS]]} or {@code HH[MM[SS]]} with an optional fraction after {@code .} or {@code ,}
     * (any number of digits, truncated to microseconds), then optionally {@code Z} or an offset {@code ±HH[:MM[:SS
     * [.f]]]} (also without colons). The date is located by CPython's {@code _find_isoformat_datetime_separator},
     * and its quirks are kept (a fraction may follow the hours or minutes; offset minutes are not range-checked, only
     * the whole offset, which must be under 24 hours). Fields must be in range: years 1 to 9999 (Python's), hours 0
     * to 23 (CPython 3.12 refuses {@code 24:00}).
     *
     * <p>Two deviations, where Java cannot hold what Python can: offsets of more than 18 hours, and offsets with
     * fractions of a second (other than an offset of zero, which Python itself reads as UTC), are refused.
     *
     * @param text the text
     * @return an {@link OffsetDateTime} when the text has an offset, else a {@link LocalDateTime}
     * @throws DateTimeParseException if the text is not a date-time that Python reads, with a message that can
     *     follow a field's name, e.g. {@code is '0000-01-01T00:00', which is not ...}, echoing at most 200
     *     characters
     */
    public static Temporal parse(String text) {
        if (text == null) {
            throw new DateTimeParseException(
                    "is missing; expected an ISO-8601 date-time such as " + "2024-01-02T03:04:05.123456+00:00", "", 0);
        }
        OffsetDateTime fast = fastAware(text);
        if (fast != null) {
            return fast;
        }
        return new FromIsoFormat(text).parse();
    }

    /**
     * The shape Python's {@code isoformat()} writes for an aware UTC-offset time, without allocation beyond the
     * result: {@code YYYY-MM-DDTHH:MM:SS[.ffffff]±HH:MM}; anything else (or out of range) gives null.
     */
    private static OffsetDateTime fastAware(String text) {
        int length = text.length();
        if ((length != 25 && length != 32)
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int micros = 0;
        int at = 19;
        if (length == 32) {
            if (text.charAt(19) != '.') {
                return null;
            }
            micros = digits(text, 20, 6);
            at = 26;
        }
        char sign = text.charAt(at);
        int offsetHours = digits(text, at + 1, 2);
        int offsetMinutes = digits(text, at + 4, 2);
        if ((year | month | day | hour | minute | second | micros | offsetHours | offsetMinutes) < 0
                || (sign != '+' && sign != '-')
                || text.charAt(at + 3) != ':'
                || year < 1
                || month < 1
                || month > 12
                || day < 1
                || day > 28
                || hour > 23
                || minute > 59
                || second > 59
                || offsetHours > 17
                || offsetMinutes > 59) {
            return null; // the general reader decides (days 29 to 31 depend on the month)
        }
        int offset = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
        return OffsetDateTime.of(
                year,
                month,
                day,
                hour,
                minute,
                second,
                micros * 1000,
                offset == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offset));
    }

    /** ASCII digits as a number, or -1. */
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

    private static DateTimeParseException refused(String text, String reason, int index) {
        return new DateTimeParseException(
                "is '" + Echo.of(text) + "', which is not a date-time that Python's "
                        + "datetime.fromisoformat reads (e.g. 2024-01-02T03:04:05.123456+00:00): " + reason,
                text,
                index);
    }

    /**
     * One reading, following CPython 3.12's {@code datetime_fromisoformat}: {@code _find_isoformat_datetime_separator},
     * {@code parse_isoformat_date}, {@code parse_isoformat_time} and {@code parse_hh_mm_ss_ff}. The C code works on
     * the UTF-8 bytes; the date part and the time part are ASCII when valid, so working on chars gives the same
     * answers, the separator being one code point.
     */
    private static final class FromIsoFormat {

        private final String text;

        FromIsoFormat(String text) {
            this.text = text;
        }

        Temporal parse() {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // a pair: one code point, encodable
                } else if (Character.isSurrogate(c) && i != 10) {
                    // CPython replaces a lone surrogate at index 10 (the usual separator) with 'T'; any other makes
                    // the text unencodable, which it reports as an invalid string
                    throw refused(text, "it holds a lone surrogate", i);
                }
            }
            int separator = separatorLocation();
            if (separator < 0) {
                throw refused(text, "the date is neither YYYY-MM-DD, YYYYMMDD nor an ISO week date", 0);
            }
            int[] ymd = date(Math.min(separator, text.length()));
            int[] time = {0, 0, 0, 0};
            Integer offsetSeconds = null;
            if (separator < text.length()) {
                int timeStart = separator + Character.charCount(text.codePointAt(separator));
                offsetSeconds = time(timeStart, time);
            }
            return build(ymd, time, offsetSeconds);
        }

        /** {@code _find_isoformat_datetime_separator}. */
        private int separatorLocation() {
            int len = text.length();
            if (len == 7) {
                return 7;
            }
            if (at(4) == '-') {
                if (at(5) == 'W') {
                    if (len < 8) {
                        return -1;
                    }
                    if (len > 8 && at(8) == '-') {
                        if (len == 9) {
                            return -1;
                        }
                        if (len > 10 && Ascii.isDigit(at(10))) {
                            return 8; // YYYY-Www-HH...: CPython takes the hyphen as the separator
                        }
                        return 10;
                    }
                    return 8;
                }
                return 10;
            }
            if (at(4) == 'W') {
                int idx = 7;
                while (idx < len && Ascii.isDigit(at(idx))) {
                    idx++;
                }
                if (idx < 9) {
                    return idx;
                }
                return idx % 2 == 0 ? 7 : 8;
            }
            return 8;
        }

        /** {@code parse_isoformat_date} on the first {@code len} chars, then the range checks of the result. */
        private int[] date(int len) {
            int p = 0;
            int year = digitsAt(p, 4);
            if (year < 0) {
                throw refused(text, "the year must be four digits", p);
            }
            p += 4;
            boolean usesSeparator = at(p) == '-';
            if (usesSeparator) {
                p++;
            }
            if (at(p) == 'W') {
                p++;
                int week = digitsAt(p, 2);
                if (week < 0) {
                    throw refused(text, "the ISO week must be two digits", p);
                }
                p += 2;
                int weekday = 1;
                if (p < len) {
                    if (usesSeparator && at(p++) != '-') {
                        throw refused(text, "the date mixes forms with and without '-'", p - 1);
                    }
                    weekday = digitsAt(p, 1);
                    if (weekday < 0) {
                        throw refused(text, "the ISO weekday must be one digit", p);
                    }
                }
                return isoWeekDate(year, week, weekday);
            }
            int month = digitsAt(p, 2);
            if (month < 0) {
                throw refused(text, "the month must be two digits", p);
            }
            p += 2;
            if (usesSeparator && at(p++) != '-') {
                throw refused(text, "the date mixes forms with and without '-'", p - 1);
            }
            int day = digitsAt(p, 2);
            if (day < 0) {
                throw refused(text, "the day must be two digits", p);
            }
            return new int[] {year, month, day};
        }

        /** {@code iso_to_ymd}. */
        private int[] isoWeekDate(int year, int week, int weekday) {
            if (year < 1 || year > 9999) {
                throw refused(text, "the year must be from 1 to 9999, was " + year, 0);
            }
            LocalDate firstThursdayWeek = LocalDate.of(year, 1, 4);
            long weeksInYear = IsoFields.WEEK_OF_WEEK_BASED_YEAR
                    .rangeRefinedBy(firstThursdayWeek)
                    .getMaximum();
            if (week < 1 || week > weeksInYear) {
                throw refused(text, "ISO year " + year + " has no week " + week, 5);
            }
            if (weekday < 1 || weekday > 7) {
                throw refused(text, "the ISO weekday must be from 1 to 7, was " + weekday, 0);
            }
            LocalDate date = firstThursdayWeek
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(ChronoField.DAY_OF_WEEK, weekday);
            return new int[] {date.getYear(), date.getMonthValue(), date.getDayOfMonth()};
        }

        /**
         * {@code parse_isoformat_time} from {@code start}: fills hour, minute, second and microsecond, and returns
         * the offset in seconds, or null for none.
         */
        private Integer time(int start, int[] time) {
            int end = text.length();
            int tz = start;
            while (tz < end && at(tz) != 'Z' && at(tz) != '+' && at(tz) != '-') {
                tz++;
            }
            if (start >= end) {
                throw refused(text, "nothing follows the separator; expected a time such as 03:04:05", start);
            }
            int rv = hhMmSsFf(start, tz, time);
            if (tz == end) {
                if (rv == 1) {
                    throw refused(text, "unexpected text after the time", start);
                }
                return null;
            }
            if (at(tz) == 'Z') {
                if (tz + 1 != end) {
                    throw refused(text, "unexpected text after 'Z'", tz + 1);
                }
                return 0;
            }
            int sign = at(tz) == '-' ? -1 : 1;
            int[] offset = {0, 0, 0, 0};
            if (hhMmSsFf(tz + 1, end, offset) != 0) {
                throw refused(text, "the UTC offset is malformed; expected e.g. +00:00", tz);
            }
            int seconds = sign * (offset[0] * 3600 + offset[1] * 60 + offset[2]);
            if (Math.abs(seconds) >= 24 * 3600) {
                throw refused(text, "the UTC offset must be under 24 hours", tz);
            }
            if (seconds != 0 && offset[3] != 0) {
                throw refused(
                        text,
                        "the UTC offset has a fraction of a second, which Java's ZoneOffset cannot " + "hold",
                        tz);
            }
            if (Math.abs(seconds) > 18 * 3600) {
                throw refused(text, "the UTC offset is more than 18 hours, which Java's ZoneOffset cannot hold", tz);
            }
            return seconds;
        }

        /**
         * {@code parse_hh_mm_ss_ff} on [from, to): 0 when it reaches the end, 1 when text is left over; throws
         * where CPython returns -3 or -4.
         */
        private int hhMmSsFf(int from, int to, int[] values) {
            int p = from;
            boolean hasSeparator = true;
            for (int i = 0; i < 3; i++) {
                int value = p + 2 <= to ? digitsAt(p, 2) : -1;
                if (value < 0) {
                    throw refused(text, "the time needs two digits at position " + (p + 1), p);
                }
                values[i] = value;
                p += 2;
                char c = p < text.length() ? at(p) : '\0';
                p++;
                if (i == 0) {
                    hasSeparator = c == ':';
                }
                if (p >= to) {
                    return c != '\0' ? 1 : 0; // CPython: the character just read, or the end of the text
                }
                if (hasSeparator && c == ':') {
                    continue;
                }
                if (c == '.' || c == ',') {
                    break;
                }
                if (!hasSeparator) {
                    p--;
                } else {
                    throw refused(text, "the time separators are malformed (expected ':')", p - 1);
                }
            }
            int remaining = to - p; // at least 1: the loop returns when it reaches the end
            int count = Math.min(remaining, 6);
            int micros = digitsAt(p, count);
            if (micros < 0) {
                throw refused(text, "the fraction of a second must be digits", p);
            }
            for (int i = count; i < 6; i++) {
                micros *= 10;
            }
            values[3] = micros;
            p += count;
            while (p < to && Ascii.isDigit(at(p))) {
                p++; // digits beyond the microsecond are dropped, as Python does
            }
            return p < to ? 1 : 0;
        }

        private Temporal build(int[] ymd, int[] time, Integer offsetSeconds) {
            if (ymd[0] < 1 || ymd[0] > 9999) {
                throw refused(text, "the year must be from 1 to 9999, was " + ymd[0], 0);
            }
            // new_datetime's checks, in Python's words
            if (ymd[1] < 1 || ymd[1] > 12) {
                throw refused(text, "month must be in 1..12, was " + ymd[1], 0);
            }
            if (ymd[2] < 1 || ymd[2] > YearMonth.of(ymd[0], ymd[1]).lengthOfMonth()) {
                throw refused(
                        text,
                        "day is out of range for month (" + ymd[0] + "-" + ymd[1] + " has no day " + ymd[2] + ")",
                        0);
            }
            if (time[0] > 23) {
                throw refused(text, "hour must be in 0..23, was " + time[0], 0);
            }
            if (time[1] > 59) {
                throw refused(text, "minute must be in 0..59, was " + time[1], 0);
            }
            if (time[2] > 59) {
                throw refused(text, "second must be in 0..59, was " + time[2], 0);
            }
            LocalDateTime local = LocalDateTime.of(ymd[0], ymd[1], ymd[2], time[0], time[1], time[2], time[3] * 1000);
            if (offsetSeconds == null) {
                return local;
            }
            return OffsetDateTime.of(
                    local, offsetSeconds == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetSeconds));
        }

        private char at(int index) {
            return index < text.length() ? text.charAt(index) : '\0';
        }

        private int digitsAt(int from, int count) {
            if (from + count > text.length()) {
                return -1;
            }
            return digits(text, from, count);
        }
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
