package org.openedx.events.support;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;

/**
 * Date-times as Open edX writes them: Python's {@code datetime.isoformat()} and {@code fromisoformat()}. Not API
 * (see the package description).
 *
 * <p>Python writes {@code YYYY-MM-DDTHH:MM:SS}, then {@code .ffffff} only when the microseconds are not zero,
 * then the offset as {@code +HH:MM} (never {@code Z}). Python datetimes have microsecond resolution, so
 * sub-microsecond digits cannot be represented on the wire: {@link #format(OffsetDateTime)} rejects them rather
 * than silently dropping them, and {@link #truncate(OffsetDateTime)} is the explicit way to conform a value.
 *
 * <p>{@link #parse(String)} reads what CPython 3.12's {@code datetime.fromisoformat} reads, and every value it
 * returns formats with {@link #format(OffsetDateTime)} or {@link #format(LocalDateTime)} and reads back equal.
 */
public final class IsoDateTimes {

    /** Python's {@code timezone} offsets must be strictly within a day. */
    private static final long DAY_MICROS = 86_400L * 1_000_000L;

    /** The most Java's {@link ZoneOffset} holds: 18 hours. */
    private static final int MAX_JAVA_OFFSET_SECONDS = 18 * 3600;

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
     * @param text the text; {@code null} is refused as missing
     * @return the time
     * @throws DateTimeParseException if Python refuses the text, if it has no offset, or if Java cannot hold it
     *     (see {@link #parse(String)}); the message can follow a field's name and repeats at most
     *     {@value Echo#LIMIT} characters of the text
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
     * Reads a date-time exactly as CPython 3.12's {@code datetime.fromisoformat} (the C implementation,
     * {@code datetime_fromisoformat} in {@code Modules/_datetimemodule.c}) reads it, and tells whether it had an
     * offset.
     *
     * <p>Accepted, as there:
     *
     * <ul>
     *   <li>a date {@code YYYY-MM-DD}, {@code YYYYMMDD} or an ISO week date {@code YYYY-Www}, {@code YYYYWww},
     *       {@code YYYY-Www-D} or {@code YYYYWwwD} ({@code parse_isoformat_date}, {@code iso_to_ymd}), alone
     *       (midnight, naive);
     *   <li>or followed by any one character (not only {@code T}; where it is is decided by
     *       {@code _find_isoformat_datetime_separator}, ambiguities included: {@code 2020-W01-0304} is week 1 at
     *       03:04) and a time {@code HH}, {@code HH:MM}, {@code HHMM}, {@code HH:MM:SS} or {@code HHMMSS}, with an
     *       optional fraction after {@code .} or {@code ,} of any number of digits, truncated to microseconds
     *       ({@code parse_hh_mm_ss_ff}; like CPython it also takes a fraction after the hours or minutes, and a
     *       fraction after a third {@code :} or after {@code HHMMSS} without a separator);
     *   <li>then optionally {@code Z} or an offset {@code ±HH}, {@code ±HH:MM}, {@code ±HHMM}, {@code ±HH:MM:SS},
     *       {@code ±HHMMSS}, with an optional fraction ({@code parse_isoformat_time}); the offset's minutes and
     *       seconds are not range-checked, only the whole offset, which must be strictly within a day
     *       ({@code new_timezone}); an offset of zero is UTC whatever its fraction
     *       ({@code tzinfo_from_isoformat_results}).
     * </ul>
     *
     * <p>The fields must be in Python's ranges ({@code check_date_args}, {@code check_time_args}): years 1 to 9999,
     * hours 0 to 23 (CPython 3.12 refuses {@code 24:00}; 3.14 reads it as the next midnight). CPython's byte-level
     * quirks are kept: it reads the UTF-8 bytes of the text, so a lone surrogate is refused unless it is the
     * separator at code point 7, 8 or 10 ({@code _sanitize_isoformat_str}), a non-ASCII character right after the
     * hours is refused even where an ASCII one is ignored ({@code 2024-01-02T12x+00:00} reads as 12:00 UTC), and
     * a NUL character counts as the end of the text wherever the C code looks for the end that way (after a time
     * field, after the fraction's digits, after {@code Z}). The oracle tests check all this against the answers
     * CPython 3.12.1 gave for thousands of texts.
     *
     * <p>Two deviations, where Java cannot hold what Python can: offsets of more than 18 hours, and offsets with a
     * fraction of a second (other than an offset of zero, which Python itself reads as UTC), are refused with a
     * message that says so.
     *
     * @param text the text; {@code null} is refused as missing
     * @return an {@link OffsetDateTime} when the text has an offset, else a {@link LocalDateTime}; never null
     * @throws DateTimeParseException if the text is not a date-time that Python reads, or Java cannot hold it, with
     *     a message that can follow a field's name, e.g. {@code is '0000-01-01T00:00', which is not ...: the year
     *     must be from 1 to 9999, was 0}, repeating at most {@value Echo#LIMIT} characters of the text. Nothing else
     *     is thrown.
     */
    public static Temporal parse(String text) {
        if (text == null) {
            throw new DateTimeParseException(
                    "is missing; expected an ISO-8601 date-time such as 2024-01-02T03:04:05.123456+00:00", "", 0);
        }
        Temporal fast = fastIsoformat(text);
        if (fast != null) {
            return fast;
        }
        return new FromIsoFormat(text).read();
    }

    /**
     * The shapes Python's {@code isoformat()} writes, read without allocation beyond the result:
     * {@code YYYY-MM-DDTHH:MM:SS[.ffffff]}, then nothing, {@code ±HH:MM}, or {@code Z} (as CloudEvents writers
     * often end RFC 3339 times). Anything else, or anything near a range limit (days after the 28th, offsets of 18
     * hours or more), gives null and is left to the general reader, which gives the same answer for everything this
     * accepts.
     */
    private static Temporal fastIsoformat(String text) {
        int length = text.length();
        if (length < 19
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        boolean fraction = length >= 26 && text.charAt(19) == '.';
        int timeEnd = fraction ? 26 : 19;
        int zone = length - timeEnd; // 0: naive, 1: Z, 6: an offset
        if (zone != 0 && zone != 1 && zone != 6) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int micros = fraction ? digits(text, 20, 6) : 0;
        if ((year | month | day | hour | minute | second | micros) < 0
                || year < 1
                || month < 1
                || month > 12
                || day < 1
                || day > 28
                || hour > 23
                || minute > 59
                || second > 59) {
            return null;
        }
        if (zone == 0) {
            return LocalDateTime.of(year, month, day, hour, minute, second, micros * 1000);
        }
        if (zone == 1) {
            return text.charAt(timeEnd) == 'Z'
                    ? OffsetDateTime.of(year, month, day, hour, minute, second, micros * 1000, ZoneOffset.UTC)
                    : null;
        }
        char sign = text.charAt(timeEnd);
        int offsetHours = digits(text, timeEnd + 1, 2);
        int offsetMinutes = digits(text, timeEnd + 4, 2);
        if ((sign != '+' && sign != '-')
                || text.charAt(timeEnd + 3) != ':'
                || (offsetHours | offsetMinutes) < 0
                || offsetHours > 17
                || offsetMinutes > 59) {
            return null;
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

    /** ASCII digits of a text whose length the caller checked, as a number, or -1. */
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

    /**
     * One reading of a text by the rules of CPython 3.12's {@code datetime_fromisoformat}. Like the C code, it
     * works on the UTF-8 bytes of the text, reads a NUL byte past the end (C strings end with one), and tests the
     * same bytes in the same order; each C function has its counterpart here, named in its Javadoc.
     */
    private static final class FromIsoFormat {

        private final String text;

        /** The UTF-8 bytes of the text after {@link #sanitized()}. */
        private byte[] bytes;

        FromIsoFormat(String text) {
            this.text = text;
        }

        /** {@code datetime_fromisoformat}: the date, then the time if there is more, then the range checks. */
        Temporal read() {
            bytes = sanitized().getBytes(StandardCharsets.UTF_8);
            int length = bytes.length;
            int separator = separatorLocation();
            // CPython passes -1 on as a huge size_t: the date is then read as far as it goes (and always fails)
            int[] ymd = date(separator < 0 ? Integer.MAX_VALUE : separator);
            int[] time = {0, 0, 0, 0};
            int[] offset = null;
            if (length > separator) {
                int start = separator + utf8Width(at(separator));
                offset = time(start, length, time);
            }
            return build(ymd, time, offset);
        }

        /**
         * {@code _sanitize_isoformat_str} and the UTF-8 encoding after it: a lone surrogate at code point 7, 8 or
         * 10 (the first of these that holds one) could be the separator and becomes {@code T}; any other lone
         * surrogate makes the text unencodable, which CPython reports as an invalid string.
         */
        private String sanitized() {
            int replaced = -1;
            int codePoint = 0;
            for (int i = 0; i < text.length(); codePoint++) {
                char c = text.charAt(i);
                boolean pair = Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!pair && Character.isSurrogate(c)) {
                    if (replaced < 0 && (codePoint == 7 || codePoint == 8 || codePoint == 10)) {
                        replaced = i;
                    } else {
                        throw refused("it holds a lone surrogate (half of a UTF-16 pair), which is not text", i);
                    }
                }
                i += pair ? 2 : 1;
            }
            if (replaced < 0) {
                return text;
            }
            return text.substring(0, replaced) + 'T' + text.substring(replaced + 1);
        }

        /**
         * {@code _find_isoformat_datetime_separator}: where the date ends, from the characters at 4 and 5; -1 where
         * no date can be read. Lengths are in bytes, as there.
         */
        private int separatorLocation() {
            int length = bytes.length;
            if (length == 7) {
                return 7;
            }
            if (at(4) == '-') {
                if (at(5) == 'W') {
                    if (length < 8) {
                        return -1;
                    }
                    if (length > 8 && at(8) == '-') {
                        if (length == 9) {
                            return -1;
                        }
                        if (length > 10 && isDigit(at(10))) {
                            // YYYY-Www-##: CPython takes the hyphen at 8 as the separator (a time follows)
                            return 8;
                        }
                        return 10;
                    }
                    return 8;
                }
                return 10;
            }
            if (at(4) == 'W') {
                // YYYYWww or YYYYWwwD: the time's digits come in pairs, so an odd count of digits from 7 means D
                int index = 7;
                while (index < length && isDigit(at(index))) {
                    index++;
                }
                if (index < 9) {
                    return index;
                }
                return index % 2 == 0 ? 7 : 8;
            }
            return 8;
        }

        /**
         * {@code parse_isoformat_date} on the first {@code length} bytes, with {@code iso_to_ymd} for week dates.
         *
         * @return year, month and day, not yet range-checked (month and day come from the text as they are)
         */
        private int[] date(int length) {
            int p = 0;
            int year = digitsAt(p, 4);
            if (year < 0) {
                throw refused("the year must be four digits", p);
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
                    throw refused("the ISO week must be two digits (Www)", p);
                }
                p += 2;
                int weekday = 1;
                if (p < length) {
                    if (usesSeparator && at(p++) != '-') {
                        throw refused("the date mixes forms with and without '-'", p - 1);
                    }
                    weekday = digitsAt(p, 1);
                    if (weekday < 0) {
                        throw refused("the ISO weekday must be one digit", p);
                    }
                }
                return isoToYmd(year, week, weekday);
            }
            int month = digitsAt(p, 2);
            if (month < 0) {
                throw refused("the month must be two digits", p);
            }
            p += 2;
            if (usesSeparator && at(p++) != '-') {
                throw refused("the date mixes forms with and without '-'", p - 1);
            }
            int day = digitsAt(p, 2);
            if (day < 0) {
                throw refused("the day must be two digits", p);
            }
            return new int[] {year, month, day};
        }

        /**
         * {@code iso_to_ymd}: the year first (1 to 9999), then the week (53 only in years that have it), then the
         * weekday (1 to 7); the Monday of week 1 is the one of the week that holds 4 January.
         */
        private int[] isoToYmd(int year, int week, int weekday) {
            if (year < 1 || year > 9999) {
                throw refused("the year must be from 1 to 9999, was " + year, 0);
            }
            if (week <= 0 || week >= 53) {
                DayOfWeek first = LocalDate.of(year, 1, 1).getDayOfWeek();
                boolean has53 = first == DayOfWeek.THURSDAY || (first == DayOfWeek.WEDNESDAY && Year.isLeap(year));
                if (week != 53 || !has53) {
                    throw refused("ISO year " + year + " has no week " + week, 0);
                }
            }
            if (weekday <= 0 || weekday >= 8) {
                throw refused("the ISO weekday must be from 1 to 7, was " + weekday, 0);
            }
            LocalDate january4 = LocalDate.of(year, 1, 4);
            LocalDate week1Monday = january4.minusDays(january4.getDayOfWeek().getValue() - 1L);
            LocalDate date = week1Monday.plusDays((week - 1) * 7L + weekday - 1);
            // 9999-W52-6 and -7 fall in the year 10000: refused with the other years out of range in build()
            return new int[] {date.getYear(), date.getMonthValue(), date.getDayOfMonth()};
        }

        /**
         * {@code parse_isoformat_time} on [{@code start}, {@code end}): fills hour, minute, second and microsecond
         * and returns the offset as {seconds, microseconds} with its sign, or null for none.
         */
        private int[] time(int start, int end, int[] time) {
            if (start >= end) {
                // CPython fails here too, reading the hours at the end of the text
                throw refused("nothing follows the separator; expected a time such as 03:04:05", charIndex(start));
            }
            int tz = start;
            while (tz < end && at(tz) != 'Z' && at(tz) != '+' && at(tz) != '-') {
                tz++;
            }
            int rest = hhMmSsFf(start, tz, time, "time");
            if (tz == end) {
                if (rest == 1) {
                    throw refused("unexpected text after the time", charIndex(start));
                }
                return null;
            }
            if (at(tz) == 'Z') {
                if (at(tz + 1) != 0) {
                    throw refused("unexpected text after 'Z'", charIndex(tz + 1));
                }
                return new int[] {0, 0};
            }
            int sign = at(tz) == '-' ? -1 : 1;
            int[] offset = {0, 0, 0, 0};
            if (hhMmSsFf(tz + 1, end, offset, "UTC offset") != 0) {
                throw refused("unexpected text after the UTC offset", charIndex(tz));
            }
            return new int[] {sign * (offset[0] * 3600 + offset[1] * 60 + offset[2]), sign * offset[3]};
        }

        /**
         * {@code parse_hh_mm_ss_ff} on [{@code from}, {@code to}): hours, then minutes and seconds, each two digits,
         * all with {@code :} or none without; a fraction after {@code .} or {@code ,} (or after the seconds with
         * no separator), truncated to microseconds.
         *
         * @return 0 when the text ends there, 1 when something follows (CPython tests for the NUL, not for
         *     {@code to}); CPython's negative codes are thrown
         */
        private int hhMmSsFf(int from, int to, int[] values, String what) {
            int p = from;
            boolean hasSeparator = true;
            for (int i = 0; i < 3; i++) {
                int value = digitsAt(p, 2);
                if (value < 0) {
                    throw refused("the " + what + " needs two digits at character " + (charIndex(p) + 1), charIndex(p));
                }
                values[i] = value;
                p += 2;
                byte c = at(p++);
                if (i == 0) {
                    hasSeparator = c == ':';
                }
                if (p >= to) {
                    return c != 0 ? 1 : 0;
                } else if (hasSeparator && c == ':') {
                    continue;
                } else if (c == '.' || c == ',') {
                    break;
                } else if (!hasSeparator) {
                    p--;
                } else {
                    throw refused("the " + what + " mixes forms with and without ':'", charIndex(p - 1));
                }
            }
            int count = Math.min(to - p, 6); // at least 1: the loop returns at the end
            int micros = digitsAt(p, count);
            if (micros < 0) {
                throw refused("the fraction of a second must be digits", charIndex(p));
            }
            for (int i = count; i < 6; i++) {
                micros *= 10;
            }
            values[3] = micros;
            p += count;
            while (isDigit(at(p))) {
                p++; // digits below the microsecond are dropped, not rounded, as Python does
            }
            return at(p) != 0 ? 1 : 0;
        }

        /**
         * {@code tzinfo_from_isoformat_results}, then {@code new_datetime}'s {@code check_date_args} and
         * {@code check_time_args}, in CPython's order; then what Java cannot hold.
         */
        private Temporal build(int[] ymd, int[] time, int[] offset) {
            if (offset != null && offset[0] != 0) {
                long micros = offset[0] * 1_000_000L + offset[1];
                if (micros <= -DAY_MICROS || micros >= DAY_MICROS) {
                    throw refused("the UTC offset must be under 24 hours (strictly between -24:00 and +24:00)", 0);
                }
            }
            int year = ymd[0];
            int month = ymd[1];
            int day = ymd[2];
            if (year < 1 || year > 9999) {
                throw refused("the year must be from 1 to 9999, was " + year, 0);
            }
            if (month < 1 || month > 12) {
                throw refused("month must be in 1..12, was " + month, 0);
            }
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                throw refused("day is out of range for month (" + year + "-" + month + " has no day " + day + ")", 0);
            }
            if (time[0] > 23) {
                throw refused("hour must be in 0..23, was " + time[0] + " (CPython 3.12 has no 24:00)", 0);
            }
            if (time[1] > 59) {
                throw refused("minute must be in 0..59, was " + time[1], 0);
            }
            if (time[2] > 59) {
                throw refused("second must be in 0..59, was " + time[2], 0);
            }
            LocalDateTime local = LocalDateTime.of(year, month, day, time[0], time[1], time[2], time[3] * 1000);
            if (offset == null) {
                return local;
            }
            if (offset[0] == 0) {
                return OffsetDateTime.of(local, ZoneOffset.UTC); // Python: zero seconds is UTC, fraction or not
            }
            if (offset[1] != 0) {
                throw refused(
                        "the UTC offset has a fraction of a second, which Java's ZoneOffset cannot hold "
                                + "(a deviation: Python reads it)",
                        0);
            }
            if (Math.abs(offset[0]) > MAX_JAVA_OFFSET_SECONDS) {
                throw refused(
                        "the UTC offset is more than 18 hours, which Java's ZoneOffset cannot hold "
                                + "(a deviation: Python reads it)",
                        0);
            }
            return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offset[0]));
        }

        /** The byte at {@code index}, or 0 past the end, as C reads a NUL-terminated string. */
        private byte at(int index) {
            return index >= 0 && index < bytes.length ? bytes[index] : 0;
        }

        /** {@code parse_digits}: {@code count} ASCII digits as a number, or -1. */
        private int digitsAt(int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; i++) {
                byte b = at(i);
                if (!isDigit(b)) {
                    return -1;
                }
                value = value * 10 + (b - '0');
            }
            return value;
        }

        /** How far CPython steps over the separator: by the UTF-8 lead byte of its character. */
        private static int utf8Width(byte lead) {
            if ((lead & 0x80) == 0) {
                return 1;
            }
            return switch (lead & 0xf0) {
                case 0xe0 -> 3;
                case 0xf0 -> 4;
                default -> 2;
            };
        }

        /** The index in the text (UTF-16 units) of a byte index, for the exception. */
        private int charIndex(int byteIndex) {
            int chars = 0;
            for (int i = 0; i < Math.min(byteIndex, bytes.length); i++) {
                int b = bytes[i] & 0xff;
                if ((b & 0xc0) != 0x80) {
                    chars += b >= 0xf0 ? 2 : 1; // a four-byte character is a surrogate pair in Java
                }
            }
            return Math.min(chars, text.length());
        }

        private static boolean isDigit(byte b) {
            return b >= '0' && b <= '9';
        }

        private DateTimeParseException refused(String reason, int index) {
            return IsoDateTimes.refused(text, reason, index);
        }
    }

    private static DateTimeParseException refused(String text, String reason, int index) {
        return new DateTimeParseException(
                "is '" + Echo.of(text) + "', which is not a date-time that Python's "
                        + "datetime.fromisoformat reads (e.g. 2024-01-02T03:04:05.123456+00:00): " + reason,
                text,
                index);
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
