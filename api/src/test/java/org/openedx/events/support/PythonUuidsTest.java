package org.openedx.events.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.openedx.events.fuzz.Fuzzer;

/**
 * UUIDs as CPython 3.12's {@code uuid.UUID(text)} reads them ({@code Lib/uuid.py}, and {@code int(text, 16)} in
 * {@code Objects/longobject.c}), rule by rule. The comment above each case is CPython 3.12.1's answer; cases marked
 * "test_uuid" come from {@code Lib/test/test_uuid.py}. {@link PythonUuidsOracleTest} checks thousands more against
 * CPython's recorded answers.
 */
class PythonUuidsTest {

    /** The forms of one id ({@code Lib/test/test_uuid.py} test_UUID): hyphens, braces, urn. */
    private static final String[][] FORMS = {
        // uuid.UUID: 00000000-0000-0000-0000-000000000000; canonical (test_uuid)
        {"00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000000"},
        // uuid.UUID: 00000000-0000-0000-0000-000000000000; curly (test_uuid)
        {"{00000000-0000-0000-0000-000000000000}", "00000000-0000-0000-0000-000000000000"},
        // uuid.UUID: 00000000-0000-0000-0000-000000000000; hex (test_uuid)
        {"00000000000000000000000000000000", "00000000-0000-0000-0000-000000000000"},
        // uuid.UUID: 00000000-0000-0000-0000-000000000000; urn (test_uuid)
        {"urn:uuid:00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000000"},
        // uuid.UUID: 12345678-1234-5678-1234-567812345678
        {"{12345678-1234-5678-1234-567812345678}", "12345678-1234-5678-1234-567812345678"},
        // uuid.UUID: ffffffff-ffff-ffff-ffff-ffffffffffff; upper case; the result is lower case
        {"FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "ffffffff-ffff-ffff-ffff-ffffffffffff"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; mixed case
        {"8A2C6F1E-3B1D-11EF-9d8e-0f1a2b3c4d5e", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
    };

    /**
     * What {@code replace('urn:', '')}, {@code replace('uuid:', '')}, {@code strip('{}')} and {@code replace('-', '')}
     * remove.
     */
    private static final String[][] WRAPPING = {
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; uuid: alone
        {"uuid:8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; urn: alone
        {"urn:8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; in either order
        {"uuid:urn:8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; urn: goes first, which leaves uuid:
        {"uurn:uid:8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; anywhere, not only in front
        {"8a2c6f1e-urn:3b1d11ef9d8e0f1a2b3c4d5e", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; every occurrence
        {"urn:uuid:urn:uuid:8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; any number of braces at either end, unbalanced
        {"{{{8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e}", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; closing or opening
        {"}8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e{", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; braces around the urn
        {"{urn:uuid:8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e}", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; the urn before the braces
        {"urn:uuid:{8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e}", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; hyphens anywhere, any number
        {"--8a2c-6f1e3b1d11ef9d8e0f1a2b3c-4d5e--", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
    };

    /** What {@code int(text, 16)} reads of the 32 code points that remain. */
    private static final String[][] DIGITS = {
        // uuid.UUID: 008a2c6f-1e3b-1d11-ef9d-8e0f1a2b3c4d; white space around counts towards the 32, then int() skips
        //   it: 30 digits
        {"  8a2c6f1e3b1d11ef9d8e0f1a2b3c4d", "008a2c6f-1e3b-1d11-ef9d-8e0f1a2b3c4d"},
        // uuid.UUID: 0000008a-2c6f-1e3b-1d11-ef9d8e0f1a2b; the ASCII white space of Py_ISSPACE
        {"\t\n\013\f\r 8a2c6f1e3b1d11ef9d8e0f1a2b", "0000008a-2c6f-1e3b-1d11-ef9d8e0f1a2b"},
        // uuid.UUID: 00000000-08a2-c6f1-e3b1-d11ef9d8e0f1; and non-ASCII white space (str.isspace)
        {
            "\u0085\u00A0\u1680\u2000\u2028\u2029\u202F\u205F\u30008a2c6f1e3b1d11ef9d8e0f1",
            "00000000-08a2-c6f1-e3b1-d11ef9d8e0f1"
        },
        // uuid.UUID: 08a2c6f1-e3b1-d11e-f9d8-e0f1a2b3c4d5; after the digits too
        {"8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5\u3000", "08a2c6f1-e3b1-d11e-f9d8-e0f1a2b3c4d5"},
        // uuid.UUID: 08a2c6f1-e3b1-d11e-f9d8-e0f1a2b3c4d5; a plus sign
        {"+8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5", "08a2c6f1-e3b1-d11e-f9d8-e0f1a2b3c4d5"},
        // uuid.UUID: 008a2c6f-1e3b-1d11-ef9d-8e0f1a2b3c4d; a 0x prefix
        {"0x8a2c6f1e3b1d11ef9d8e0f1a2b3c4d", "008a2c6f-1e3b-1d11-ef9d-8e0f1a2b3c4d"},
        // uuid.UUID: 008a2c6f-1e3b-1d11-ef9d-8e0f1a2b3c4d; or 0X
        {"0X8a2c6f1e3b1d11ef9d8e0f1a2b3c4d", "008a2c6f-1e3b-1d11-ef9d-8e0f1a2b3c4d"},
        // uuid.UUID: 0008a2c6-f1e3-b1d1-1ef9-d8e0f1a2b3c4; a sign, then the prefix
        {"+0x8a2c6f1e3b1d11ef9d8e0f1a2b3c4", "0008a2c6-f1e3-b1d1-1ef9-d8e0f1a2b3c4"},
        // uuid.UUID: 0008a2c6-f1e3-b1d1-1ef9-d8e0f1a2b3c4; one underscore may follow the prefix
        {"0x_8a2c6f1e3b1d11ef9d8e0f1a2b3c4", "0008a2c6-f1e3-b1d1-1ef9-d8e0f1a2b3c4"},
        // uuid.UUID: 008a2c6f-1e3b-1d11-ef9d-8e0f1a2b3c4d; single underscores between digits
        {"8a2c_6f1e_3b1d11ef9d8e0f1a2b3c4d", "008a2c6f-1e3b-1d11-ef9d-8e0f1a2b3c4d"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; ARABIC-INDIC DIGIT EIGHT reads as 8: any Unicode decimal
        //   digit
        {"\u0668a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; FULLWIDTH DIGIT EIGHT
        {"\uFF18a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; MATHEMATICAL BOLD DIGIT EIGHT: one code point, two UTF-16
        //   units
        {"\uD835\uDFD6a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e; KAWI DIGIT EIGHT (Unicode 15, unknown to JDK 17)
        {"\uD807\uDF58a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e", "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"},
        // uuid.UUID: 008a2c6f-1e3b-1d11-ef9d-8e0f1a2b3c4d; an Arabic-Indic zero can start the 0x prefix
        {"\u0660x8a2c6f1e3b1d11ef9d8e0f1a2b3c4d", "008a2c6f-1e3b-1d11-ef9d-8e0f1a2b3c4d"},
        // uuid.UUID: 00000000-0000-0000-0000-000000000000; the nil UUID
        {"00000000000000000000000000000000", "00000000-0000-0000-0000-000000000000"},
    };

    /** Texts {@code uuid.UUID} refuses; the comment is its ValueError. */
    private static final String[][] REFUSED = {
        // ValueError: badly formed hexadecimal UUID string; empty (test_uuid)
        {""},
        // ValueError: badly formed hexadecimal UUID string; (test_uuid)
        {"abc"},
        // ValueError: badly formed hexadecimal UUID string; 31 digits (test_uuid)
        {"1234567812345678123456781234567"},
        // ValueError: badly formed hexadecimal UUID string; 33 digits (test_uuid)
        {"123456781234567812345678123456789"},
        // ValueError: invalid literal for int() with base 16; z is no hexadecimal digit (test_uuid)
        {"123456781234567812345678z2345678"},
        // ValueError: badly formed hexadecimal UUID string; java.util.UUID reads it
        {"1-1-1-1-1"},
        // ValueError: badly formed hexadecimal UUID string; one digit missing: java.util.UUID reads it as another id
        {"8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5"},
        // ValueError: badly formed hexadecimal UUID string; one digit too many
        {"8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e0"},
        // ValueError: invalid literal for int() with base 16; not hexadecimal
        {"8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5g"},
        // ValueError: badly formed hexadecimal UUID string; the prefixes are case-sensitive
        {"URN:UUID:8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e"},
        // ValueError: badly formed hexadecimal UUID string; a brace in the middle
        {"{8a2c6f1e3b1d11ef}9d8e0f1a2b3c4d5e"},
        // ValueError: badly formed hexadecimal UUID string; braces inside hyphens: strip('{}') comes before the
        //   hyphens go, so the braces stay
        {"-{8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e}-"},
        // ValueError: invalid literal for int() with base 16; a trailing underscore
        {"8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5_"},
        // ValueError: invalid literal for int() with base 16; a leading underscore
        {"_8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5"},
        // ValueError: invalid literal for int() with base 16; a doubled underscore
        {"8a2c6f1e3b__11ef9d8e0f1a2b3c4d5e"},
        // ValueError: invalid literal for int() with base 16; two underscores after the prefix
        {"0x__8a2c6f1e3b1d11ef9d8e0f1a2b3c"},
        // ValueError: invalid literal for int() with base 16; an underscore after the sign
        {"+_8a2c6f1e3b1d11ef9d8e0f1a2b3c4d"},
        // ValueError: invalid literal for int() with base 16; two signs
        {"++8a2c6f1e3b1d11ef9d8e0f1a2b3c4d"},
        // ValueError: invalid literal for int() with base 16; MINUS SIGN is no sign
        {"\u22128a2c6f1e3b1d11ef9d8e0f1a2b3c4d5"},
        // ValueError: invalid literal for int() with base 16; white space after the sign
        {"+ 8a2c6f1e3b1d11ef9d8e0f1a2b3c4d"},
        // ValueError: invalid literal for int() with base 16; white space inside
        {"8a2c6f1e3b1d11e 9d8e0f1a2b3c4d5e"},
        // ValueError: invalid literal for int() with base 16; U+001C: str.isspace() is true, but int() skips only the
        //   ASCII white space of Py_ISSPACE
        {"\u001C8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5"},
        // ValueError: invalid literal for int() with base 16; U+001F at the end
        {"8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5\u001F"},
        // ValueError: invalid literal for int() with base 16; ZERO WIDTH SPACE is no white space
        {"\u200B8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5"},
        // ValueError: invalid literal for int() with base 16; SUPERSCRIPT TWO is a digit but not a decimal one
        {"\u00B28a2c6f1e3b1d11ef9d8e0f1a2b3c4d5"},
        // ValueError: invalid literal for int() with base 16; CIRCLED DIGIT ONE, likewise
        {"\u24608a2c6f1e3b1d11ef9d8e0f1a2b3c4d5"},
        // ValueError: invalid literal for int() with base 16; NUL
        {"\u00008a2c6f1e3b1d11ef9d8e0f1a2b3c4d5"},
        // ValueError: invalid literal for int() with base 16; a prefix and no digits
        {"0x                              "},
        // ValueError: badly formed hexadecimal UUID string
        {"{}"},
        // ValueError: badly formed hexadecimal UUID string
        {"urn:uuid:"},
        // ValueError: invalid literal for int() with base 16; a lone surrogate
        {"\uD8008a2c6f1e3b1d11ef9d8e0f1a2b3c4d5"},
    };

    static Stream<Arguments> accepted() {
        return Stream.of(FORMS, WRAPPING, DIGITS)
                .flatMap(Arrays::stream)
                .map(row -> Arguments.of(named(row[0]), row[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void readsWhatCpythonReads(String text, String canonical) {
        UUID parsed = PythonUuids.parse(text);
        assertThat(parsed).hasToString(canonical);
        assertThat(PythonUuids.parse(parsed.toString())).isEqualTo(parsed);
    }

    static Stream<Arguments> refused() {
        return Arrays.stream(REFUSED).map(row -> Arguments.of(named(row[0])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWhatCpythonRefuses(String text) {
        assertThatThrownBy(() -> PythonUuids.parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("is '" + Echo.of(text) + "', which is not a UUID: badly formed hexadecimal UUID string "
                        + "(Python's uuid.UUID accepts 32 hexadecimal digits, optionally with hyphens, braces or a "
                        + "urn:uuid: prefix)");
    }

    @Test
    void theCanonicalFormTakesTheFastPathAndAgreesWithTheGeneralReader() {
        Random random = new Random(3212);
        for (int i = 0; i < 20_000; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            String text = random.nextBoolean() ? id.toString() : id.toString().toUpperCase(Locale.ROOT);
            assertThat(PythonUuids.parse(text)).isEqualTo(id);
            // the same id in a form only the general reader takes
            assertThat(PythonUuids.parse("{" + text + "}")).isEqualTo(id);
            assertThat(PythonUuids.parse(text.replace("-", ""))).isEqualTo(id);
        }
    }

    @Test
    void nullIsMissing() {
        assertThatThrownBy(() -> PythonUuids.parse(null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("is missing; expected a UUID such as 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e");
    }

    @Test
    void hugeInputsAreReadInLinearTimeAndEchoedCut() {
        String id = "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e";
        int million = 1 << 20;
        // CPython reads these: braces and hyphens are stripped and removed, however many
        for (String text : List.of(
                "{".repeat(million) + id + "}".repeat(million),
                "-".repeat(million) + id,
                "urn:".repeat(million / 4) + "uuid:" + id)) {
            long start = System.nanoTime();
            assertThat(PythonUuids.parse(text)).hasToString(id);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Fuzzer.PER_INPUT);
        }
        for (String text : List.of(
                "a".repeat(4 * million),
                id + " ".repeat(million),
                "\u3000".repeat(million) + id,
                "\uD835\uDFD6".repeat(million))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> PythonUuids.parse(text))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage())
                            .hasSizeLessThan(500)
                            .contains("(cut: " + text.length() + " characters in all)"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Fuzzer.PER_INPUT);
        }
    }

    @Test
    void fuzzedTextsReadAndRoundTripOrAreRefused() {
        Fuzzer fuzzer = new Fuzzer(3212L);
        List<String> inputs = new ArrayList<>();
        for (String valid : List.of(
                "{urn:uuid:8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e}",
                "0x_a2c6f1e3b1d11ef9d8e0f1a2b3c4d",
                "\u3000+\u0668a2c6f1e3b1d11ef_9d8e0f1a2b3c4d",
                "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e")) {
            inputs.addAll(fuzzer.mutate(valid, 2_000));
            inputs.add(valid + "-".repeat(1 << 20)); // 1 MB, still read
            inputs.add(valid + "0".repeat(1 << 20));
        }
        int clean = fuzzer.run(
                "PythonUuids.parse",
                inputs,
                text -> {
                    UUID uuid;
                    try {
                        uuid = PythonUuids.parse(text);
                    } catch (IllegalArgumentException e) {
                        // exactly this type: not a NumberFormatException from a number parser underneath
                        assertThat(e).isExactlyInstanceOf(IllegalArgumentException.class);
                        assertThat(e.getMessage()).startsWith("is '").hasSizeLessThan(1_000);
                        throw e;
                    }
                    Fuzzer.writesBack(
                            "UUID.toString",
                            () -> assertThat(PythonUuids.parse(uuid.toString())).isEqualTo(uuid));
                },
                IllegalArgumentException.class);
        assertThat(clean).as("fuzzed texts that read").isGreaterThan(300);
    }

    /** The text, shown escaped in the test's name (some hold NUL or lone surrogates). */
    private static Named<String> named(String text) {
        return Named.of(text.isEmpty() ? "(empty)" : CpythonAnswers.show(text), text);
    }
}
