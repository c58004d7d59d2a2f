package org.openedx.events.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.openedx.events.fuzz.Fuzzer;

/**
 * {@link IsoDateTimes#parse} reads what CPython 3.12's {@code datetime.fromisoformat} reads, rule by rule, refuses
 * the rest with a clear message, and everything it reads writes back. The cases come from CPython's
 * {@code Lib/test/datetimetester.py} ({@code test_fromisoformat_*}, marked "datetimetester") and from the C
 * parser's rules; the comment above each is CPython 3.12.1's answer (its {@code repr}, or the {@code ValueError}).
 * {@link FromIsoFormatOracleTest} checks thousands more against CPython's recorded answers.
 */
class FromIsoFormatTest {

    /**
     * Date forms ({@code parse_isoformat_date}, {@code iso_to_ymd}). In each accepted row: the text, then what
     * CPython's {@code isoformat()} writes for its result, which {@link IsoDateTimes#format} must write too.
     */
    private static final String[][] DATES = {
        // datetime(2025, 1, 2, 0, 0): YYYY-MM-DD alone: midnight, naive (datetimetester)
        {"2025-01-02", "2025-01-02T00:00:00"},
        // datetime(2025, 1, 2, 0, 0): YYYYMMDD
        {"20250102", "2025-01-02T00:00:00"},
        // datetime(1, 1, 1, 0, 0): the first day Python has
        {"0001-01-01", "0001-01-01T00:00:00"},
        // datetime(9999, 12, 31, 0, 0): the last day Python has
        {"99991231", "9999-12-31T00:00:00"},
        // datetime(2024, 12, 30, 0, 0): YYYYWww: the Monday of ISO week 1
        {"2025W01", "2024-12-30T00:00:00"},
        // datetime(2024, 12, 30, 0, 0): YYYY-Www
        {"2025-W01", "2024-12-30T00:00:00"},
        // datetime(2025, 1, 2, 0, 0): YYYYWwwD
        {"2025W014", "2025-01-02T00:00:00"},
        // datetime(2025, 1, 2, 0, 0): YYYY-Www-D
        {"2025-W01-4", "2025-01-02T00:00:00"},
        // datetime(2015, 12, 31, 0, 0): 2015 has a week 53 (it starts on a Thursday)
        {"2015-W53-4", "2015-12-31T00:00:00"},
        // datetime(2020, 12, 28, 0, 0): 2020 has a week 53 (a leap year starting on a Wednesday)
        {"2020W531", "2020-12-28T00:00:00"},
        // datetime(2021, 1, 2, 0, 0): week 53 ends in the next year
        {"2020-W53-6", "2021-01-02T00:00:00"},
        // datetime(2023, 1, 1, 0, 0)
        {"2022-W52-7", "2023-01-01T00:00:00"},
        // datetime(2024, 2, 29, 0, 0): a leap day
        {"2024-02-29", "2024-02-29T00:00:00"},
    };

    /**
     * Where the date ends and the time begins ({@code _find_isoformat_datetime_separator}, {@code
     * _sanitize_isoformat_str}).
     */
    private static final String[][] SEPARATORS = {
        // datetime(2018, 1, 31, 23, 59, 47, 124789): T (datetimetester separators)
        {"2018-01-31T23:59:47.124789", "2018-01-31T23:59:47.124789"},
        // datetime(2018, 1, 31, 23, 59, 47, 124789): a space
        {"2018-01-31 23:59:47.124789", "2018-01-31T23:59:47.124789"},
        // datetime(2018, 1, 31, 23, 59, 47, 124789): any character: lower-case t
        {"2018-01-31t23:59:47.124789", "2018-01-31T23:59:47.124789"},
        // datetime(2018, 1, 31, 23, 59, 47, 124789): one UTF-8 byte
        {"2018-01-31\u007F23:59:47.124789", "2018-01-31T23:59:47.124789"},
        // datetime(2018, 1, 31, 23, 59, 47, 124789): two UTF-8 bytes
        {"2018-01-31\u028123:59:47.124789", "2018-01-31T23:59:47.124789"},
        // datetime(2018, 1, 31, 23, 59, 47, 124789): three UTF-8 bytes
        {"2018-01-31\u664223:59:47.124789", "2018-01-31T23:59:47.124789"},
        // datetime(2018, 1, 31, 23, 59, 47, 124789): four UTF-8 bytes (a surrogate pair in Java)
        {"2018-01-31\uD83D\uDC0D23:59:47.124789", "2018-01-31T23:59:47.124789"},
        // datetime(2018, 1, 31, 23, 59, 47, 124789): a lone surrogate at 10 becomes T
        {"2018-01-31\uD80023:59:47.124789", "2018-01-31T23:59:47.124789"},
        // datetime(2018, 1, 31, 23, 59): a lone surrogate at 8 becomes T
        {"20180131\uD80023:59", "2018-01-31T23:59:00"},
        // datetime(2018, 1, 1, 23, 59): a lone surrogate at 7 becomes T
        {"2018W01\uD8002359", "2018-01-01T23:59:00"},
        // datetime(2018, 1, 31, 12, 15): + as separator: not an offset (ambiguous, datetimetester)
        {"2018-01-31+12:15", "2018-01-31T12:15:00"},
        // datetime(2018, 1, 31, 12, 15): - as separator
        {"2018-01-31-12:15", "2018-01-31T12:15:00"},
        // datetime(2018, 1, 31, 12, 15): a digit as separator
        {"2018-01-31012:15", "2018-01-31T12:15:00"},
        // datetime(2018, 1, 31, 12, 15): NUL as separator
        {"2018-01-31\u000012:15", "2018-01-31T12:15:00"},
        // datetime(2025, 1, 2, 12, 14, 31): YYYYWwwD then a separator
        {"2025W014T121431", "2025-01-02T12:14:31"},
        // datetime(2024, 12, 30, 12, 0): YYYYWww, separator 5, hour 12: an even digit count from 7 means no weekday
        {"2025W01512", "2024-12-30T12:00:00"},
        // datetime(2025, 1, 2, 12, 0): YYYYWwwD, separator 5, hour 12: an odd count means a weekday
        {"2025W014512", "2025-01-02T12:00:00"},
        // datetime(2023, 1, 1, 20, 0)
        {"2022W527520", "2023-01-01T20:00:00"},
        // datetime(2024, 12, 30, 3, 0, tzinfo=timezone.utc): YYYY-Www, separator 0, hour 03
        {"2025-W01003+00", "2024-12-30T03:00:00+00:00"},
        // datetime(2024, 1, 1, 3, 4): YYYY-Www-## is read as YYYY-Www, separator -, time 0304
        {"2024-W01-0304", "2024-01-01T03:04:00"},
        // datetime(2024, 1, 2, 3, 4): YYYY-Www-D then T
        {"2024-W01-2T03:04", "2024-01-02T03:04:00"},
    };

    /** Time forms ({@code parse_hh_mm_ss_ff}). */
    private static final String[][] TIMES = {
        // datetime(2025, 1, 2, 3, 0): HH (datetimetester)
        {"2025-01-02T03", "2025-01-02T03:00:00"},
        // datetime(2025, 1, 2, 3, 4): HH:MM
        {"2025-01-02T03:04", "2025-01-02T03:04:00"},
        // datetime(2025, 1, 2, 3, 4): HHMM
        {"2025-01-02T0304", "2025-01-02T03:04:00"},
        // datetime(2025, 1, 2, 3, 4, 5): HH:MM:SS
        {"2025-01-02T03:04:05", "2025-01-02T03:04:05"},
        // datetime(2025, 1, 2, 3, 4, 5): HHMMSS
        {"2025-01-02T030405", "2025-01-02T03:04:05"},
        // datetime(2025, 1, 2, 3, 4, 5, 600000): a fraction of one digit
        {"2025-01-02T03:04:05.6", "2025-01-02T03:04:05.600000"},
        // datetime(2025, 1, 2, 3, 4, 5, 600000): a comma before the fraction
        {"2025-01-02T03:04:05,6", "2025-01-02T03:04:05.600000"},
        // datetime(2025, 1, 2, 3, 4, 5, 678901): six digits
        {"2025-01-02T03:04:05.678901", "2025-01-02T03:04:05.678901"},
        // datetime(2025, 1, 2, 3, 4, 5, 678901)
        {"2025-01-02T030405,678901", "2025-01-02T03:04:05.678901"},
        // datetime(2025, 1, 2, 3, 4, 5, 678901): seven digits
        {"2025-01-02T03:04:05.6789010", "2025-01-02T03:04:05.678901"},
        // datetime(2009, 4, 19, 3, 15, 45, 123456): digits beyond the microsecond are truncated, not rounded
        {"2009-04-19T03:15:45.1234567", "2009-04-19T03:15:45.123456"},
        // datetime(2024, 1, 2, 3, 4, 5, 999999): truncated, so no carry into the next second
        {"2024-01-02T03:04:05.999999999", "2024-01-02T03:04:05.999999"},
        // datetime(2024, 1, 2, 3, 4, 5, 123456): any number of digits
        {"2024-01-02T03:04:05.12345678901234567890", "2024-01-02T03:04:05.123456"},
        // datetime(2024, 1, 2, 3, 0, 0, 500000): CPython also reads a fraction after the hours (as seconds)
        {"2024-01-02T03.5", "2024-01-02T03:00:00.500000"},
        // datetime(2024, 1, 2, 3, 4, 0, 500000): and after the minutes
        {"2024-01-02T03:04.5", "2024-01-02T03:04:00.500000"},
        // datetime(2024, 1, 2, 3, 4, 5, 120000): and after a third ':'
        {"2024-01-02T03:04:05:12", "2024-01-02T03:04:05.120000"},
        // datetime(2024, 1, 2, 3, 4, 5, 120000): and after HHMMSS without a separator
        {"2024-01-02T03040512", "2024-01-02T03:04:05.120000"},
        // datetime(2024, 1, 2, 0, 0): midnight
        {"2024-01-02T00:00", "2024-01-02T00:00:00"},
        // datetime(2024, 1, 2, 23, 59, 59, 999999): the last microsecond of a day
        {"2024-01-02T23:59:59.999999", "2024-01-02T23:59:59.999999"},
    };

    /** UTC offsets ({@code parse_isoformat_time}, {@code tzinfo_from_isoformat_results}). */
    private static final String[][] OFFSETS = {
        // datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc): Z (datetimetester)
        {"2025-01-02T03:04:05Z", "2025-01-02T03:04:05+00:00"},
        // datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc): +HH
        {"2025-01-02T03:04:05+00", "2025-01-02T03:04:05+00:00"},
        // datetime(2025, 1, 2, 3, 5, 6, tzinfo=timezone(timedelta(seconds=10800))): +HHMM
        {"2025-01-02T03:05:06+0300", "2025-01-02T03:05:06+03:00"},
        // datetime(2025, 1, 2, 3, 5, 6, tzinfo=timezone(timedelta(days=-1, seconds=75600))): -HH
        {"2025-01-02T03:05:06-03", "2025-01-02T03:05:06-03:00"},
        // datetime(2020, 1, 1, 3, 5, 7, 123457, tzinfo=timezone(timedelta(days=-1, seconds=68400))): -HH:MM
        {"2020-01-01T03:05:07.123457-05:00", "2020-01-01T03:05:07.123457-05:00"},
        // datetime(2025, 1, 2, 3, 4, 5, 678000, tzinfo=timezone(timedelta(seconds=10))): +HH:MM:SS
        {"2025-01-02T03:04:05,678+00:00:10", "2025-01-02T03:04:05.678000+00:00:10"},
        // datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(seconds=19815))): +HHMMSS
        {"2024-01-02T03:04:05+053015", "2024-01-02T03:04:05+05:30:15"},
        // datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc): -00:00 is UTC
        {"2024-01-02T03:04:05-00:00", "2024-01-02T03:04:05+00:00"},
        // datetime(2025, 1, 2, 3, 4, 5, 600000, tzinfo=timezone.utc): a zero offset with a fraction is UTC
        {"2025-01-02003:04:05,6+00:00:00.00", "2025-01-02T03:04:05.600000+00:00"},
        // datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc): even with a non-zero fraction: CPython tests the seconds
        //   only
        {"2024-01-02T03:04:05-00:00:00.5", "2024-01-02T03:04:05+00:00"},
        // datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(seconds=23940))): the offset's minutes are not
        //   range-checked: 06:39
        {"2024-01-02T03:04:05+05:99", "2024-01-02T03:04:05+06:39"},
        // datetime(2024, 1, 2, 3, 0, tzinfo=timezone.utc): Z after the hours
        {"2024-01-02T03Z", "2024-01-02T03:00:00+00:00"},
        // datetime(2024, 1, 2, 3, 0, tzinfo=timezone(timedelta(days=-1, seconds=72000))): an offset after the hours:
        //   -04:00
        {"2024-01-02T03-04", "2024-01-02T03:00:00-04:00"},
        // datetime(2024, 1, 2, 3, 4, 5, 123000, tzinfo=timezone(timedelta(seconds=64800))): Java's limit, 18 hours
        {"2024-01-02T03:04:05.123+18:00", "2024-01-02T03:04:05.123000+18:00"},
        // datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(days=-1, seconds=21600)))
        {"2024-01-02T03:04:05-18:00", "2024-01-02T03:04:05-18:00"},
        // datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc): a NUL ends the text where CPython's C string ends
        {"2024-01-02T03:04:05Z\u0000junk", "2024-01-02T03:04:05+00:00"},
    };

    /** CPython reads the UTF-8 bytes of a NUL-terminated C string. */
    private static final String[][] BYTES = {
        // datetime(2024, 1, 2, 12, 0, tzinfo=timezone.utc): an ASCII character after the hours is skipped when an
        //   offset follows
        {"2024-01-02T12x+00:00", "2024-01-02T12:00:00+00:00"},
        // datetime(2024, 1, 2, 3, 4, 5): a NUL ends the text
        {"2024-01-02T03:04:05\u0000", "2024-01-02T03:04:05"},
        // datetime(2024, 1, 2, 3, 4, 5, 123456): a NUL after digits beyond the microsecond ends the text
        {"2024-01-02T03:04:05.1234567\u0000", "2024-01-02T03:04:05.123456"},
        // datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(seconds=19800)))
        {"2024-01-02T03:04:05+05:30\u0000", "2024-01-02T03:04:05+05:30"},
    };

    /** Texts CPython refuses; the comment is its ValueError. */
    private static final String[][] REFUSED = {
        // ValueError: Invalid isoformat string: empty (datetimetester)
        {""},
        // ValueError: Invalid isoformat string: a three-digit year
        {"009-03-04"},
        // ValueError: Invalid isoformat string: not a date
        {"123456789"},
        // ValueError: Invalid isoformat string: a letter in the year
        {"200a-12-04"},
        // ValueError: Invalid isoformat string: a letter in the month
        {"2009-1a-04"},
        // ValueError: Invalid isoformat string: a letter in the day
        {"2009-12-0a"},
        // ValueError: day is out of range for month: no day 32
        {"2009-01-32"},
        // ValueError: day is out of range for month: not a leap year
        {"2009-02-29"},
        // ValueError: Invalid isoformat string: 2019 has no week 53
        {"2019-W53-1"},
        // ValueError: Invalid isoformat string: no year has a week 54
        {"2020-W54-1"},
        // ValueError: Invalid isoformat string: no week 0
        {"2024-W00"},
        // ValueError: Invalid isoformat string: weekdays are 1 to 7
        {"2024-W01-0"},
        // ValueError: Invalid isoformat string
        {"2024-W01-8"},
        // ValueError: Invalid isoformat string: mixes YYYY-MM-DD and YYYYMMDD
        {"2024-0102"},
        // ValueError: Invalid isoformat string
        {"202401-02"},
        // ValueError: Invalid isoformat string: mixes YYYYWwwD and YYYY-Www-D
        {"2024W01-2"},
        // ValueError: Invalid isoformat string: one-digit month
        {"2024-1-02"},
        // ValueError: Invalid isoformat string: one-digit day
        {"2024-01-2"},
        // ValueError: Invalid isoformat string: reduced precision is not supported
        {"2024-01"},
        // ValueError: Invalid isoformat string
        {"2024"},
        // ValueError: Invalid isoformat string: no sign: years are four digits
        {"+2024-01-02"},
        // ValueError: Invalid isoformat string
        {"-0001-01-01"},
        // ValueError: Invalid isoformat string
        {"10000-01-01"},
        // ValueError: Invalid isoformat string: wrong first separator (datetimetester)
        {"2009.04-19T03"},
        // ValueError: Invalid isoformat string: wrong second separator (datetimetester)
        {"2009-04.19T03"},
        // ValueError: month must be in 1..12: month 13
        {"2024-13-01"},
        // ValueError: month must be in 1..12: month 0
        {"2024-00-10"},
        // ValueError: day is out of range for month: day 0
        {"2024-01-00"},
        // ValueError: year 0 is out of range: year 0: Python's years start at 1
        {"0000-01-01"},
        // ValueError: month must be in 1..12 (3.12.1 computes a week date of year 0 into nonsense; 3.13 says
        //   Invalid isoformat string): year 0
        {"0000-W01-1"},
        // ValueError: year 10000 is out of range: week date in year 10000
        {"9999-W52-6"},
        // ValueError: Invalid isoformat string: more than one separator (datetimetester)
        {"2009-04-10\u16C7\u16C7\u16C7\u16C7\u16C712:15"},
        // ValueError: Invalid isoformat string: a lone surrogate in the date
        {"2009-04\uD80010T12:15"},
        // ValueError: Invalid isoformat string: a lone surrogate in the time
        {"2009-04-10T12\uD80015"},
        // ValueError: Invalid isoformat string: two lone surrogates
        {"2009\uD80002\uD80028"},
        // ValueError: Invalid isoformat string: a separator with no time
        {"2024-01-02T"},
        // ValueError: Invalid isoformat string: two separators
        {"2024-01-02TT03:04"},
        // ValueError: Invalid isoformat string: YYYY-Www- with nothing after
        {"2024-W01-"},
        // ValueError: Invalid isoformat string: invalid hours (datetimetester)
        {"2009-04-19T0a"},
        // ValueError: Invalid isoformat string: invalid minutes
        {"2009-04-19T03:1a:45"},
        // ValueError: Invalid isoformat string: invalid seconds
        {"2009-04-19T03:15:4a"},
        // ValueError: Invalid isoformat string: bad first time separator
        {"2009-04-19T03;15:45"},
        // ValueError: Invalid isoformat string: bad second time separator
        {"2009-04-19T03:15;45"},
        // ValueError: Invalid isoformat string: incomplete hours
        {"2009-04-19T1"},
        // ValueError: Invalid isoformat string: incomplete minutes
        {"2009-04-19T12:3"},
        // ValueError: Invalid isoformat string: incomplete seconds
        {"2009-04-19T12:30:4"},
        // ValueError: Invalid isoformat string: ends with a time separator
        {"2009-04-19T12:"},
        // ValueError: Invalid isoformat string: ends with the fraction's separator
        {"2009-04-19T12:30:45."},
        // ValueError: Invalid isoformat string: HH:MMSS mixes forms
        {"2024-01-02T03:0405"},
        // ValueError: Invalid isoformat string: text after the fraction
        {"2024-01-02T03:04:05.12x"},
        // ValueError: Invalid isoformat string: a fraction then more time
        {"2024-01-02T03,5:00"},
        // ValueError: hour must be in 0..23: hour 24: CPython 3.12 refuses it (3.14 reads the next midnight)
        {"2024-01-02T24:00"},
        // ValueError: hour must be in 0..23
        {"2009-04-19T24:00:00.000000"},
        // ValueError: hour must be in 0..23
        {"9999-12-31T24:00:00"},
        // ValueError: minute must be in 0..59: minute 60
        {"2024-01-02T23:60"},
        // ValueError: second must be in 0..59: second 60: no leap seconds
        {"2024-01-02T23:59:60"},
        // ValueError: hour must be in 0..23: hour 99
        {"2024-01-02T99"},
        // ValueError: Invalid isoformat string: bad time zone separator (datetimetester)
        {"2009-04-19T03:15:4500:00"},
        // ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24): an
        //   offset of 24 hours or more
        {"2009-04-19T03:15:45.123456+24:30"},
        // ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)
        {"2009-04-19T03:15:45.123456-24:30"},
        // ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)
        {"2024-01-02T03:04:05+24:00"},
        // ValueError: Invalid isoformat string: ends with the offset's sign
        {"2009-04-19T12:30:45.123456+"},
        // ValueError: Invalid isoformat string
        {"2009-04-19T12:30:45.123456-"},
        // ValueError: Invalid isoformat string: text after the offset
        {"2009-04-19T12:30:45.123456-05:00a"},
        // ValueError: Invalid isoformat string
        {"2009-04-19T12:30:45-05:00a"},
        // ValueError: Invalid isoformat string: text after Z
        {"2024-01-02T03:04:05Zx"},
        // ValueError: Invalid isoformat string: a lower-case z is no offset
        {"2024-01-02T03:04:05z"},
        // ValueError: Invalid isoformat string: Z after an offset
        {"2024-01-02T03:04:05+00:00Z"},
        // ValueError: Invalid isoformat string: a one-digit offset
        {"2024-01-02T03:04:05+5"},
        // ValueError: Invalid isoformat string
        {"2024-01-02T03:04:05+05:3"},
        // ValueError: Invalid isoformat string: mixed forms in the offset
        {"2024-01-02T03:04:05+0530:15"},
        // ValueError: Invalid isoformat string: a space after the offset
        {"2024-01-02T03:04:05+05:30 "},
        // ValueError: Invalid isoformat string: an offset without a time
        {"2024-01-02TZ"},
        // ValueError: Invalid isoformat string: a non-ASCII character there is two UTF-8 bytes: refused
        {"2024-01-02T12\u00E9+00:00"},
        // ValueError: Invalid isoformat string: a NUL right after a date: a separator with no time
        {"2024-01-02\u0000"},
        // ValueError: Invalid isoformat string: a NUL inside the six fraction digits
        {"2024-01-02T03:04:05.5\u0000"},
    };

    /**
     * Offsets CPython reads that Java's {@code ZoneOffset} cannot hold: refused, saying so (the documented
     * deviation).
     */
    private static final String[][] DEVIATIONS = {
        // datetime(2000, 1, 1, 0, 0, tzinfo=timezone(timedelta(seconds=75600))): beyond 18 hours (datetimetester)
        {"2000-01-01T00+21", "2000-01-01T00:00:00+21:00"},
        // datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(seconds=64801)))
        {"2024-01-02T03:04:05+18:00:01", "2024-01-02T03:04:05+18:00:01"},
        // datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(days=-1, microseconds=1)))
        {"2024-01-02T03:04:05-23:59:59.999999", "2024-01-02T03:04:05-23:59:59.999999"},
        // datetime(2014, 12, 30, 12, 30, 45, 217456, tzinfo=timezone(timedelta(seconds=7449, microseconds=123456))): a
        //   fraction of a second (datetimetester timezone)
        {"2014-12-30T12:30:45.217456+02:04:09.123456", "2014-12-30T12:30:45.217456+02:04:09.123456"},
        // datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(seconds=1, microseconds=500000)))
        {"2024-01-02T03:04:05+00:00:01.5", "2024-01-02T03:04:05+00:00:01.500000"},
    };

    static Stream<Arguments> accepted() {
        return Stream.of(DATES, SEPARATORS, TIMES, OFFSETS, BYTES)
                .flatMap(Arrays::stream)
                .map(row -> Arguments.of(named(row[0]), row[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void readsWhatCpythonReadsAndWritesWhatIsoformatWrites(String text, String isoformat) {
        Temporal parsed = IsoDateTimes.parse(text);
        boolean aware = isoformat.substring(19).matches(".*[+-]\\d\\d:\\d\\d.*");
        assertThat(parsed).isInstanceOf(aware ? OffsetDateTime.class : LocalDateTime.class);
        assertThat(write(parsed)).isEqualTo(isoformat);
        assertThat(IsoDateTimes.parse(isoformat)).isEqualTo(parsed);
    }

    static Stream<Arguments> refused() {
        return Arrays.stream(REFUSED).map(row -> Arguments.of(named(row[0])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWhatCpythonRefuses(String text) {
        assertThatThrownBy(() -> IsoDateTimes.parse(text))
                .isExactlyInstanceOf(DateTimeParseException.class)
                .hasMessageStartingWith("is '" + Echo.of(text) + "', which is not a date-time that Python's "
                        + "datetime.fromisoformat reads (e.g. 2024-01-02T03:04:05.123456+00:00): ")
                .hasMessageNotContaining("ZoneOffset");
    }

    static Stream<Arguments> deviations() {
        return Arrays.stream(DEVIATIONS).map(row -> Arguments.of(named(row[0])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deviations")
    void refusesOffsetsJavaCannotHoldAndSaysSo(String text) {
        assertThatThrownBy(() -> IsoDateTimes.parse(text))
                .isExactlyInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("which Java's ZoneOffset cannot hold (a deviation: Python reads it)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // text                            | the reason the message gives
                "0000-01-01T00:00:00+00:00         | the year must be from 1 to 9999, was 0",
                "-0001-01-01T00:00:00+00:00        | the year must be four digits",
                "9999-W52-7                        | the year must be from 1 to 9999, was 10000",
                "2024-02-30T00:00:00+00:00         | day is out of range for month (2024-2 has no day 30)",
                "2024-13-01T00:00:00+00:00         | month must be in 1..12, was 13",
                "2024-01-02T24:00:00+00:00         | hour must be in 0..23, was 24 (CPython 3.12 has no 24:00)",
                "2024-01-02T23:60                  | minute must be in 0..59, was 60",
                "2024-01-02T23:59:60               | second must be in 0..59, was 60",
                "2024-01-02T03:04:05+24:00         | the UTC offset must be under 24 hours",
                "2024-01-02T03:04:05+19:00         | more than 18 hours, which Java's ZoneOffset cannot hold",
                "2024-01-02T03:04:05+01:00:00.5    | fraction of a second, which Java's ZoneOffset cannot hold",
                "2024-01-02T03:04:05.123456x       | unexpected text after the time",
                "2024-01-02T03:04:05.12x           | the fraction of a second must be digits",
                "2024-01-02T03:04:05Zx             | unexpected text after 'Z'",
                "2024-01-02T03:04:05+05:30x        | unexpected text after the UTC offset",
                "2024-01-02T03:04:05+0x            | the UTC offset needs two digits at character 21",
                "2024-01-02T                       | nothing follows the separator",
                "2024-01-02T3                      | the time needs two digits at character 12",
                "2024-01-02T03:0405                | the time mixes forms with and without ':'",
                "2024-0102                         | the date mixes forms with and without '-'",
                "2024-01-2                         | the day must be two digits",
                "2024-1-02                         | the month must be two digits",
                "2024-W1                           | the ISO week must be two digits (Www)",
                "2024-W01-x                        | the ISO weekday must be one digit",
                "2021-W53                          | ISO year 2021 has no week 53",
                "2024-W01-8                        | the ISO weekday must be from 1 to 7, was 8",
                "yesterday                         | the year must be four digits",
            })
    void saysWhyInWordsThatFollowAFieldName(String text, String reason) {
        assertThatThrownBy(() -> IsoDateTimes.parse(text))
                .isExactlyInstanceOf(DateTimeParseException.class)
                .hasMessageStartingWith("is '" + text + "', which is not a date-time")
                .hasMessageEndingWith(reason.contains("Java") ? "(a deviation: Python reads it)" : "")
                .hasMessageContaining(reason);
    }

    @Test
    void aLoneSurrogateIsRefusedAsNotText() {
        assertThatThrownBy(() -> IsoDateTimes.parse("2024-01-02T03:04\uDC00"))
                .isExactlyInstanceOf(DateTimeParseException.class)
                .hasMessageEndingWith("it holds a lone surrogate (half of a UTF-16 pair), which is not text");
    }

    @Test
    void theErrorIndexPointsIntoTheText() {
        assertThatThrownBy(() -> IsoDateTimes.parse("2024-01-02\uD83D\uDC0D03:x"))
                .isInstanceOfSatisfying(DateTimeParseException.class, e -> {
                    assertThat(e.getParsedString()).isEqualTo("2024-01-02\uD83D\uDC0D03:x");
                    assertThat(e.getErrorIndex()).isEqualTo(15); // the 'x', after a surrogate pair
                });
    }

    @Test
    void parseOffsetWantsAnOffsetAndNullIsMissing() {
        assertThat(IsoDateTimes.parseOffset("2024-01-02T03:04:05Z"))
                .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
        assertThatThrownBy(() -> IsoDateTimes.parseOffset("2024-01-02T03:04:05"))
                .isExactlyInstanceOf(DateTimeParseException.class)
                .hasMessage("is '2024-01-02T03:04:05', which has no UTC "
                        + "offset; the time must be aware (e.g. 2024-01-02T03:04:05.123456+00:00)");
        assertThatThrownBy(() -> IsoDateTimes.parse(null))
                .isExactlyInstanceOf(DateTimeParseException.class)
                .hasMessageStartingWith("is missing; expected an ISO-8601 date-time");
        assertThatThrownBy(() -> IsoDateTimes.parseOffset(null))
                .isExactlyInstanceOf(DateTimeParseException.class)
                .hasMessageStartingWith("is missing");
    }

    @Test
    void hugeInputsAreEchoedCutAndReadInLinearTime() {
        String million = "9".repeat(1 << 20);
        for (String text : List.of(
                "2024-01-02T03:04:05" + million + "x",
                "2024-01-02T03:04:05." + million + "x",
                "2024-01-02T03:04:05." + million + "+00:00:00." + million + "x",
                "2024-01-02T03:04:05+00:00" + million,
                million,
                "2024-01-02T" + "\uD83D\uDC0D".repeat(1 << 19),
                "2024-01-02T03:04:05" + "\uDC00".repeat(1 << 20))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> IsoDateTimes.parse(text))
                    .isExactlyInstanceOf(DateTimeParseException.class)
                    .satisfies(
                            e -> assertThat(e.getMessage()).hasSizeLessThan(600).contains("characters in all)"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Fuzzer.PER_INPUT);
        }
        // CPython reads these: the digits after the microsecond are dropped, however many
        assertThat(IsoDateTimes.parse("2024-01-02T03:04:05.123456" + million + "+00:00"))
                .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC));
        assertThat(IsoDateTimes.parse("2024-01-02T03:04:05.123456" + million + "\u0000" + million))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000));
    }

    @Test
    void theFastPathAgreesWithTheGeneralReader() {
        // What isoformat() writes (and the same with Z for +00:00) takes the fast path; with a space for the T, the
        // same text takes the general one.
        Random random = new Random(312);
        for (int i = 0; i < 20_000; i++) {
            String written = write(randomValue(random));
            String text = written.endsWith("+00:00") && random.nextBoolean()
                    ? written.substring(0, written.length() - 6) + 'Z'
                    : written;
            Temporal fast = IsoDateTimes.parse(text);
            Temporal general = IsoDateTimes.parse(text.substring(0, 10) + ' ' + text.substring(11));
            assertThat(fast).as(text).isEqualTo(general);
            assertThat(write(fast)).as(text).isEqualTo(written);
        }
    }

    @Test
    void everyValueInPythonsRangeWritesAndReadsBack() {
        Random random = new Random(3_12_1);
        for (int i = 0; i < 50_000; i++) {
            Temporal value = randomValue(random);
            String text = write(value);
            assertThat(IsoDateTimes.parse(text)).as(text).isEqualTo(value);
        }
        for (Temporal edge : List.of(
                LocalDateTime.of(1, 1, 1, 0, 0),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(18)),
                OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.ofHours(-18)),
                OffsetDateTime.of(2024, 2, 29, 12, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(-5, -30, -15)))) {
            assertThat(IsoDateTimes.parse(write(edge))).isEqualTo(edge);
        }
    }

    @Test
    void fuzzedTextsReadAndWriteBackOrAreRefused() {
        Fuzzer fuzzer = new Fuzzer(3120L);
        List<String> inputs = new ArrayList<>();
        for (String valid : List.of(
                "2024-01-02T03:04:05.123456+00:00",
                "2020-W53-7T01:02:03,5-05:30",
                "20240102T030405.5Z",
                "2024W012 0304+053015")) {
            inputs.addAll(fuzzer.mutate(valid, 3_000));
            inputs.add(valid + "9".repeat(1 << 20)); // 1 MB
            inputs.add(valid.substring(0, 10) + "\u00e9".repeat(1 << 20) + valid.substring(11));
        }
        int clean = fuzzer.run(
                "IsoDateTimes.parse",
                inputs,
                text -> {
                    Temporal parsed;
                    try {
                        parsed = IsoDateTimes.parse(text);
                    } catch (DateTimeParseException e) {
                        assertThat(e).isExactlyInstanceOf(DateTimeParseException.class);
                        assertThat(e.getMessage()).startsWith("is '").hasSizeLessThan(1_000);
                        throw e;
                    }
                    Fuzzer.writesBack("IsoDateTimes.format", () -> {
                        assertThat(IsoDateTimes.parse(write(parsed))).isEqualTo(parsed);
                    });
                },
                DateTimeParseException.class);
        assertThat(clean).as("fuzzed texts that read").isGreaterThan(500);
    }

    /** A value in Python's range, at microsecond precision, naive or with a whole-second offset Java holds. */
    private static Temporal randomValue(Random random) {
        LocalDateTime local = LocalDateTime.of(
                1 + random.nextInt(9999),
                1 + random.nextInt(12),
                1 + random.nextInt(28),
                random.nextInt(24),
                random.nextInt(60),
                random.nextInt(60),
                random.nextBoolean() ? 0 : random.nextInt(1_000_000) * 1000);
        return switch (random.nextInt(4)) {
            case 0 -> local;
            case 1 -> OffsetDateTime.of(local, ZoneOffset.UTC);
            case 2 -> OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 3600));
            default -> OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(random.nextInt(2 * 64_800 + 1) - 64_800));
        };
    }

    private static String write(Temporal value) {
        return value instanceof OffsetDateTime aware
                ? IsoDateTimes.format(aware)
                : IsoDateTimes.format((LocalDateTime) value);
    }

    /** The text, shown escaped in the test's name (some hold NUL or lone surrogates). */
    private static Named<String> named(String text) {
        return Named.of(text.isEmpty() ? "(empty)" : CpythonAnswers.show(text), text);
    }
}
