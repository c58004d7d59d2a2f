package org.openedx.events.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link IsoDateTimes#parse} gives CPython 3.12's answers: the golden files hold what {@code
 * datetime.datetime.fromisoformat} returned for thousands of texts (CPython's own test cases, every combination of a
 * set of forms, and random mutations; see {@code api/src/test/python/cpython_oracles.py}), and for every code point
 * in two places of a text. Where CPython accepts, the Java value formats to exactly what CPython's
 * {@code isoformat()} wrote and reads back equal; where CPython raises, Java throws {@link DateTimeParseException};
 * where CPython accepts an offset Java's {@code ZoneOffset} cannot hold, Java says so (the documented deviation).
 */
class FromIsoFormatOracleTest {

    /** The offset at the end of an {@code isoformat()}: sign, hours, minutes, then optional seconds and fraction. */
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d\\d):(\\d\\d)(?::(\\d\\d)(?:\\.(\\d{6}))?)?$");

    @Test
    void everyGoldenTextReadsAsCpythonReadsIt() {
        List<CpythonAnswers.Case> cases = CpythonAnswers.cases("cpython312-fromisoformat.txt");
        assertThat(cases).hasSizeGreaterThan(4_000);
        List<String> wrong = new ArrayList<>();
        int accepted = 0;
        for (CpythonAnswers.Case c : cases) {
            String problem = check(c.text(), c.answer());
            if (problem != null && wrong.size() < 50) {
                wrong.add(c + ": " + problem);
            } else if (!c.refused()) {
                accepted++;
            }
        }
        assertThat(wrong).as("texts read unlike CPython 3.12 (the first 50)").isEmpty();
        assertThat(accepted).as("accepted texts in the golden file").isGreaterThan(1_000);
    }

    @Test
    void everyCodePointAsSeparatorOrAfterTheHoursReadsAsCpythonReadsIt() {
        List<String> wrong = CpythonAnswers.codePointProblems(
                "cpython312-fromisoformat-code-points.txt", FromIsoFormatOracleTest::check);
        assertThat(wrong)
                .as("code points read unlike CPython 3.12 (the first 50)")
                .isEmpty();
    }

    /** Null when Java gives CPython's answer (or the documented deviation), else what differs. */
    private static String check(String text, String answer) {
        Temporal parsed;
        try {
            parsed = IsoDateTimes.parse(text);
        } catch (DateTimeParseException e) {
            if (e.getClass() != DateTimeParseException.class || !e.getMessage().startsWith("is '")) {
                return "threw " + e;
            }
            boolean deviation = e.getMessage().contains("ZoneOffset cannot hold");
            if (answer.startsWith("ValueError")) {
                return deviation ? "refused as a deviation, but CPython refuses it too" : null;
            }
            return javaCannotHold(answer) && deviation ? null : "refused (" + e.getMessage() + ")";
        } catch (RuntimeException e) {
            return "threw " + e;
        }
        if (answer.startsWith("ValueError")) {
            return "read as " + parsed;
        }
        if (javaCannotHold(answer)) {
            return "read as " + parsed + ", but Java's ZoneOffset cannot hold that offset";
        }
        String written = parsed instanceof OffsetDateTime aware
                ? IsoDateTimes.format(aware)
                : IsoDateTimes.format((LocalDateTime) parsed);
        if (!written.equals(answer)) {
            return "read as " + parsed + ", which writes " + written;
        }
        if (!IsoDateTimes.parse(written).equals(parsed)) {
            return "wrote " + written + ", which reads back as " + IsoDateTimes.parse(written);
        }
        return null;
    }

    /** Whether CPython's result has an offset with a fraction of a second or beyond 18 hours. */
    private static boolean javaCannotHold(String isoformat) {
        Matcher offset = OFFSET.matcher(isoformat);
        if (isoformat.length() <= 19 || !offset.find(19)) {
            return false;
        }
        int seconds = Integer.parseInt(offset.group(2)) * 3600
                + Integer.parseInt(offset.group(3)) * 60
                + (offset.group(4) == null ? 0 : Integer.parseInt(offset.group(4)));
        boolean fraction = offset.group(5) != null && Integer.parseInt(offset.group(5)) != 0;
        return fraction || seconds > 18 * 3600;
    }
}
