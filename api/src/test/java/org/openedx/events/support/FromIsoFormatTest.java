package org.openedx.events.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.openedx.events.fuzz.Fuzzer;

/**
 * {@link IsoDateTimes#parse} reads what CPython 3.12's {@code datetime.fromisoformat} reads (the expected values are
 * CPython's answers, following {@code Lib/test/datetimetester.py}'s {@code test_fromisoformat_*} cases and the C
 * parser's rules), refuses the rest with a clear message, and everything it reads writes back.
 */
class FromIsoFormatTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // text                                   | Python's value (Java ISO form; naive without offset)
                "2024-01-02T03:04:05.123456+00:00         | 2024-01-02T03:04:05.123456Z",
                "2024-01-02T03:04:05+00:00                | 2024-01-02T03:04:05Z",
                "2024-01-02T03:04:05Z                     | 2024-01-02T03:04:05Z",
                "2024-01-02T03:04:05.123456-05:30         | 2024-01-02T03:04:05.123456-05:30",
                "2024-01-02 03:04:05                      | 2024-01-02T03:04:05",
                "2024-01-02x03:04                         | 2024-01-02T03:04",
                "2024-01-02T03                            | 2024-01-02T03:00",
                "2024-01-02T0304                          | 2024-01-02T03:04",
                "2024-01-02T030405                        | 2024-01-02T03:04:05",
                "2024-01-02T03:04:05,5                    | 2024-01-02T03:04:05.500",
                "2024-01-02T03:04:05.1234567891           | 2024-01-02T03:04:05.123456",
                "2024-01-02T03:04:05.5+01                 | 2024-01-02T03:04:05.500+01:00",
                "2024-01-02T03:04:05+0130                 | 2024-01-02T03:04:05+01:30",
                "2024-01-02T03:04:05+01:30:15             | 2024-01-02T03:04:05+01:30:15",
                "2024-01-02T03:04:05+05:99                | 2024-01-02T03:04:05+06:39",
                "2024-01-02T03:04:05-00:00                | 2024-01-02T03:04:05Z",
                "2024-01-02T03:04:05+00:00:00.5           | 2024-01-02T03:04:05Z",
                "2024-01-02T03:04.5                       | 2024-01-02T03:04:00.500",
                "2024-01-02                               | 2024-01-02T00:00",
                "20240102                                 | 2024-01-02T00:00",
                "20240102T030405Z                         | 2024-01-02T03:04:05Z",
                "2024-W01                                 | 2024-01-01T00:00",
                "2024W01                                  | 2024-01-01T00:00",
                "2024-W01-2                               | 2024-01-02T00:00",
                "2024W012                                 | 2024-01-02T00:00",
                "2020-W53-7T01:02                         | 2021-01-03T01:02",
                "0001-01-01T00:00:00+00:00                | 0001-01-01T00:00Z",
                "9999-12-31T23:59:59.999999+00:00         | 9999-12-31T23:59:59.999999Z",
                "2024-02-29T12:00+00:00                   | 2024-02-29T12:00Z",
            })
    void readsWhatPythonReads(String text, String expected) {
        Temporal parsed = IsoDateTimes.parse(text);
        Temporal want = expected.endsWith("Z") || expected.matches(".*[+-]\\d\\d:\\d\\d(:\\d\\d)?")
                ? OffsetDateTime.parse(expected)
                : LocalDateTime.parse(expected);
        assertThat(parsed).isEqualTo(want);
        String written = parsed instanceof OffsetDateTime aware
                ? IsoDateTimes.format(aware)
                : IsoDateTimes.format((LocalDateTime) parsed);
        assertThat(IsoDateTimes.parse(written)).isEqualTo(parsed);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0000-01-01T00:00:00+00:00        | the year must be from 1 to 9999, was 0",
                "10000-01-01T00:00:00+00:00       | ",
                "-0001-01-01T00:00:00+00:00       | the year must be four digits",
                "2024-02-30T00:00:00+00:00        | day is out of range for month (2024-2 has no day 30)",
                "2023-02-29T00:00:00+00:00        | ",
                "2024-13-01T00:00:00+00:00        | month must be in 1..12, was 13",
                "2024-01-02T24:00:00+00:00        | hour must be in 0..23, was 24",
                "2024-01-02T23:60:00+00:00        | ",
                "2024-01-02T23:59:60+00:00        | ",
                "2024-01-02T03:04:05+24:00        | the UTC offset must be under 24 hours",
                "2024-01-02T03:04:05+19:00        | more than 18 hours, which Java's ZoneOffset cannot hold",
                "2024-01-02T03:04:05+01:00:00.5   | fraction of a second, which Java's ZoneOffset cannot hold",
                "2024-01-02T03:04:05.             | ",
                "2024-01-02T03:04:05.12x          | ",
                "2024-01-02T03:04:05Zx            | unexpected text after 'Z'",
                "2024-01-02T03:04:05+0x           | ",
                "2024-01-02T                      | ",
                "2024-01-02T3                     | ",
                "2024-01-02T03:4                  | ",
                "2024-01-02T03:04:                | ",
                "2024-0102                        | the date mixes forms with and without '-'",
                "2024-01-2                        | ",
                "2021-W53                         | ISO year 2021 has no week 53",
                "2024-W01-8                       | the ISO weekday must be from 1 to 7",
                "yesterday                        | ",
                "''                               | ",
            })
    void refusesWhatPythonRefuses(String text, String reason) {
        assertThatThrownBy(() -> IsoDateTimes.parse(text))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessageStartingWith(
                        "is '" + text + "', which is not a date-time that Python's " + "datetime.fromisoformat reads")
                .hasMessageContaining(reason == null ? "" : reason);
    }

    @Test
    void parseOffsetWantsAnOffsetAndNullIsMissing() {
        assertThat(IsoDateTimes.parseOffset("2024-01-02T03:04:05Z"))
                .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
        assertThatThrownBy(() -> IsoDateTimes.parseOffset("2024-01-02T03:04:05"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("is '2024-01-02T03:04:05', which has no UTC "
                        + "offset; the time must be aware (e.g. 2024-01-02T03:04:05.123456+00:00)");
        assertThatThrownBy(() -> IsoDateTimes.parse(null))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessageStartingWith("is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-02\uD800" + "03:04", "2024-01-02T03:04\uDC00"})
    void aLoneSurrogateIsOnlyAcceptedWhereCpythonReplacesIt(String text) {
        if (text.charAt(10) == '\uD800') {
            assertThat(IsoDateTimes.parse(text)).isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4));
        } else {
            assertThatThrownBy(() -> IsoDateTimes.parse(text)).hasMessageContaining("lone surrogate");
        }
    }

    @Test
    void hugeInputsAreEchoedCut() {
        assertThatThrownBy(() -> IsoDateTimes.parse("2024-01-02T03:04:05" + "9".repeat(1 << 20) + "x"))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600).contains("characters in all)"));
    }

    @Test
    void fuzzedTextsReadAndWriteBackOrAreRefused() {
        Fuzzer fuzzer = new Fuzzer(3120L);
        List<String> inputs = new ArrayList<>(fuzzer.mutate("2024-01-02T03:04:05.123456+00:00", 6_000));
        inputs.addAll(fuzzer.mutate("2020-W53-7T01:02:03,5-05:30", 3_000));
        fuzzer.run(
                "IsoDateTimes.parse",
                inputs,
                text -> {
                    Temporal parsed = IsoDateTimes.parse(text);
                    Fuzzer.writesBack("IsoDateTimes.format", () -> {
                        String written = parsed instanceof OffsetDateTime aware
                                ? IsoDateTimes.format(aware)
                                : IsoDateTimes.format((LocalDateTime) parsed);
                        assertThat(IsoDateTimes.parse(written)).isEqualTo(parsed);
                    });
                },
                DateTimeParseException.class);
    }
}
