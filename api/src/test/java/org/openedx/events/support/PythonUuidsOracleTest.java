package org.openedx.events.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * {@link PythonUuids#parse} gives CPython 3.12's answers: the golden files hold what {@code uuid.UUID(text)}
 * returned for thousands of texts (CPython's own test cases and mutations of every form it reads; see
 * {@code api/src/test/python/cpython_oracles.py}), and for every code point before and after 31 digits, which is
 * where white space and Unicode digits count.
 */
class PythonUuidsOracleTest {

    @Test
    void everyGoldenTextReadsAsCpythonReadsIt() {
        List<CpythonAnswers.Case> cases = CpythonAnswers.cases("cpython312-uuid.txt");
        assertThat(cases).hasSizeGreaterThan(3_000);
        List<String> wrong = new ArrayList<>();
        for (CpythonAnswers.Case c : cases) {
            String problem = check(c.text(), c.answer());
            if (problem != null && wrong.size() < 50) {
                wrong.add(c + ": " + problem);
            }
        }
        assertThat(wrong).as("texts read unlike CPython 3.12 (the first 50)").isEmpty();
        assertThat(cases.stream().filter(c -> !c.refused()).count())
                .as("accepted texts in the golden file")
                .isGreaterThan(1_000);
    }

    @Test
    void everyCodePointBeforeOrAfterTheDigitsReadsAsCpythonReadsIt() {
        List<String> wrong =
                CpythonAnswers.codePointProblems("cpython312-uuid-code-points.txt", PythonUuidsOracleTest::check);
        assertThat(wrong)
                .as("code points read unlike CPython 3.12 (the first 50)")
                .isEmpty();
    }

    /** Null when Java gives CPython's answer, else what differs. */
    private static String check(String text, String answer) {
        UUID parsed;
        try {
            parsed = PythonUuids.parse(text);
        } catch (IllegalArgumentException e) {
            if (e.getClass() != IllegalArgumentException.class
                    || !e.getMessage().startsWith("is '")) {
                return "threw " + e;
            }
            return answer.startsWith("ValueError") ? null : "refused (" + e.getMessage() + ")";
        } catch (RuntimeException e) {
            return "threw " + e;
        }
        return parsed.toString().equals(answer) ? null : "read as " + parsed;
    }
}
