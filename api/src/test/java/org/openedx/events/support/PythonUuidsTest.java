package org.openedx.events.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.openedx.events.fuzz.Fuzzer;

/**
 * UUIDs as Python's {@code uuid.UUID(text)} reads them. The accepted and refused texts are CPython 3.12's answers
 * (its {@code Lib/test/test_uuid.py} and {@code int(text, 16)} rules).
 */
class PythonUuidsTest {

    private static final UUID EXPECTED = UUID.fromString("8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e",
                "8A2C6F1E-3B1D-11EF-9D8E-0F1A2B3C4D5E",
                "8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e",
                "{8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e}",
                "{{8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e}",
                "urn:uuid:8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e",
                "8a2c-6f1e3b1d11ef9d8e0f1a2b3c-4d5e---",
                "uuid:urn:8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e",
                "  8a2c6f1e3b1d11ef9d8e0f1a2b3c4d", // white space counts towards 32, then int() strips it: a shorter
                // value
                "+8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5", // '+' sign
                "0x8a2c6f1e3b1d11ef9d8e0f1a2b3c4d", // 0x prefix
                "0x_a2c6f1e3b1d11ef9d8e0f1a2b3c4d", // an underscore right after the prefix
                "8_a2c6f1e3b1d11ef9d8e0f1a2b3c4d5", // underscores between digits
                "\u0668a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e", // ARABIC-INDIC DIGIT EIGHT reads as 8
            })
    void acceptsWhatPythonAccepts(String text) {
        UUID parsed = PythonUuids.parse(text);
        assertThat(PythonUuids.parse(parsed.toString())).isEqualTo(parsed);
    }

    @Test
    void normalizesToTheCanonicalUuid() {
        assertThat(PythonUuids.parse("{urn:uuid:8A2C6F1E3B1D11EF9D8E0F1A2B3C4D5E}"))
                .isEqualTo(EXPECTED);
        assertThat(PythonUuids.parse("  8a2c6f1e3b1d11ef9d8e0f1a2b3c4d"))
                .isEqualTo(UUID.fromString("008a2c6f-1e3b-1d11-ef9d-8e0f1a2b3c4d")); // 30 digits, zero-padded
        assertThat(PythonUuids.parse("\u0668a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e")).isEqualTo(EXPECTED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1-1-1-1-1", // java.util.UUID reads it; Python does not
                "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5", // one digit missing
                "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e0", // one digit too many
                "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5g", // not hexadecimal
                "URN:UUID:8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e", // the prefixes are case-sensitive
                "8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5_", // a trailing underscore
                "8a2c6f1e3b1d11ef9d8e__1a2b3c4d5e", // a doubled underscore
                "_8a2c6f1e3b1d11ef9d8e0f1a2b3c4d5", // a leading underscore
                "++8a2c6f1e3b1d11ef9d8e0f1a2b3c4d", // two signs
                "８a2c6f1e3b1d11ef9d8e0f1a2b3c4d5e", // FULLWIDTH DIGIT EIGHT is a decimal digit... see below
                "",
                "{}",
            })
    void refusesWhatPythonRefuses(String text) {
        if (text.startsWith("８")) {
            // Python reads every Unicode decimal digit, fullwidth ones included: this one is accepted
            assertThat(PythonUuids.parse(text)).isEqualTo(EXPECTED);
            return;
        }
        assertThatThrownBy(() -> PythonUuids.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("which is not a UUID");
    }

    @Test
    void nullIsMissingAndHugeInputsAreEchoedCut() {
        assertThatThrownBy(() -> PythonUuids.parse(null)).hasMessageStartingWith("is missing");
        assertThatThrownBy(() -> PythonUuids.parse("a".repeat(1 << 22)))
                .satisfies(e ->
                        assertThat(e.getMessage()).hasSizeLessThan(500).contains("(cut: 4194304 characters in all)"));
    }

    @Test
    void fuzzedTextsReadAndRoundTripOrAreRefused() {
        Fuzzer fuzzer = new Fuzzer(3212L);
        List<String> inputs = new ArrayList<>(fuzzer.mutate("{urn:uuid:8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e}", 5_000));
        inputs.addAll(fuzzer.mutate("0x_a2c6f1e3b1d11ef9d8e0f1a2b3c4d", 2_000));
        fuzzer.run(
                "PythonUuids.parse",
                inputs,
                text -> {
                    UUID uuid = PythonUuids.parse(text);
                    Fuzzer.writesBack(
                            "UUID.toString",
                            () -> assertThat(PythonUuids.parse(uuid.toString())).isEqualTo(uuid));
                },
                IllegalArgumentException.class);
    }
}
