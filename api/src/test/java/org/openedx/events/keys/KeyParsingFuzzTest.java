package org.openedx.events.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds a few thousand random strings (fixed seed) to every parser: parsing must either succeed with a key whose
 * canonical string parses back to an equal key, or fail with an {@link InvalidKeyException}; nothing else.
 */
class KeyParsingFuzzTest {

    private static final long SEED = 0x0EDC0FFEEL;
    private static final int COUNT = 5000;

    /** Building blocks: namespaces, separators, prefixes, typical parts and troublesome characters. */
    private static final String[] TOKENS = {
        "course-v1:",
        "slashes:",
        "library-v1:",
        "ccx-v1:",
        "block-v1:",
        "ccx-block-v1:",
        "lib-block-v1:",
        "location:",
        "lib:",
        "lb:",
        "lib-collection:",
        "lct:",
        "i4x://",
        "aside-usage-v1:",
        "+",
        "+",
        "+",
        ":",
        ":",
        ":",
        "@",
        "/",
        "/",
        "branch@",
        "version@",
        "type@",
        "block@",
        "ccx@",
        "CCX@",
        "Branch@",
        "519665f6223ebd6980884f2b",
        "519665F6223EBD6980884F2B",
        "0123",
        "org",
        "edX",
        "DemoX",
        "run",
        "2024_T1",
        "problem",
        "unit",
        "p1",
        "None",
        "x",
        "0",
        "7",
        "Ω",
        "μέγα",
        "é",
        "\u0301",
        "١٢",
        "²",
        "_",
        "-",
        "~",
        ".",
        "%",
        "!",
        "$",
        "&",
        " ",
        "\t",
        "\n",
        "\r",
        "\u00a0",
        "\u2028",
        "😀",
    };

    private static final List<String> INPUTS = generate();

    private static List<String> generate() {
        Random random = new Random(SEED);
        List<String> valid = examples("valid");
        List<String> invalid = examples("invalid");
        List<String> inputs = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                inputs.add(mutate(valid.get(random.nextInt(valid.size())), random));
            } else if (kind < 7) {
                inputs.add(mutate(invalid.get(random.nextInt(invalid.size())), random));
            } else {
                inputs.add(concatenate(random));
            }
        }
        return inputs;
    }

    private static List<String> examples(String list) {
        return KeyExamples.keyTypes().stream()
                .flatMap(type -> KeyExamples.strings(type, list).stream())
                .toList();
    }

    /** Applies one to three random edits to a known example, which keeps many results close to valid. */
    private static String mutate(String example, Random random) {
        StringBuilder s = new StringBuilder(example);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, token(random));
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                default -> s.replace(at, Math.min(s.length(), at + 1 + random.nextInt(3)), token(random));
            }
        }
        return s.toString();
    }

    private static String concatenate(Random random) {
        StringBuilder s = new StringBuilder();
        int tokens = 1 + random.nextInt(12);
        for (int t = 0; t < tokens; t++) {
            s.append(token(random));
        }
        return s.toString();
    }

    private static String token(Random random) {
        return TOKENS[random.nextInt(TOKENS.length)];
    }

    static Iterable<String> keyTypes() {
        return KeyExamples.PARSERS.keySet();
    }

    @ParameterizedTest(name = "{0}.parse")
    @MethodSource("keyTypes")
    void parseAcceptsStablyOrRejectsWithInvalidKeyException(String keyType) {
        Function<String, ? extends OpaqueKey> parse = KeyExamples.PARSERS.get(keyType);
        int accepted = 0;

        for (String input : INPUTS) {
            OpaqueKey key;
            try {
                key = parse.apply(input);
            } catch (InvalidKeyException e) {
                assertThat(e.keyType()).isEqualTo(keyType);
                assertThat(e.input()).isEqualTo(input);
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError(keyType + ".parse('" + KeyExamples.visible(input) + "') threw " + e, e);
            }
            accepted++;
            String canonical = key.toString();
            OpaqueKey again = parse.apply(canonical);
            assertThat(again)
                    .as("re-parsed canonical form of '%s'", KeyExamples.visible(input))
                    .isEqualTo(key)
                    .hasSameHashCodeAs(key)
                    .hasToString(canonical);
            assertThat(canonical.codePoints().noneMatch(Character::isWhitespace))
                    .as("no whitespace in '%s'", KeyExamples.visible(canonical))
                    .isTrue();
        }

        // Guard against a generator that never reaches the success paths.
        assertThat(accepted).as("accepted inputs").isGreaterThan(20);
    }
}
