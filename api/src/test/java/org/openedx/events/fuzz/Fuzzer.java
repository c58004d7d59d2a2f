package org.openedx.events.fuzz;

import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openedx.events.support.Echo;

/**
 * A small, seeded fuzzer for the readers of outside data: it mutates valid inputs (truncation at every length, byte
 * and character flips, insertions of JSON and Avro syntax, deep nesting, giant strings, out-of-range numbers and
 * dates, bad escapes) and checks every input against an oracle. A failure names the seed and the input (cut), so
 * that it replays: set the system property {@code fuzz.seed} to run one seed.
 *
 * <p>Each input must finish within {@link #PER_INPUT}: a hang or a quadratic blow-up on one input fails the test
 * (this is a guard against hangs, not a speed measurement; speed is measured with JMH in the benchmarks module).
 */
public final class Fuzzer {

    /** The longest one input may take before it counts as a hang. */
    public static final Duration PER_INPUT = Duration.ofSeconds(2);

    private static final String[] TEXT_INSERTS = {
        "\"",
        "\\",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\u0000",
        "\n",
        "\u001f",
        "\\u",
        "\\u12",
        "\\x",
        "\\uD800",
        "0",
        "00",
        "-",
        "-0",
        "1e999999999",
        "99999999999999999999999999",
        "-9223372036854775809",
        "NaN",
        "Infinity",
        "true",
        "null",
        "\uFEFF",
        "\uD83D",
        "é",
        "0000-01-01T00:00:00+00:00",
        "10000-01-01T00:00:00+00:00",
        "-0001-01-01T00:00:00+00:00",
        "2024-02-30T00:00:00+00:00",
        "+25:00",
        "Z",
        "urn:uuid:",
        "{}",
        "--",
        "1-1-1-1-1"
    };

    private final long seed;
    private final Random random;

    /**
     * A fuzzer for one test.
     *
     * @param defaultSeed the seed unless {@code fuzz.seed} is set
     */
    public Fuzzer(long defaultSeed) {
        this.seed = Long.getLong("fuzz.seed", defaultSeed);
        this.random = new Random(seed);
    }

    /** {@return the seed in use} */
    public long seed() {
        return seed;
    }

    /** {@return the random source, seeded} */
    public Random random() {
        return random;
    }

    /**
     * Text mutations of one valid input: every prefix, then {@code count} random mutations, plus deep nesting and a
     * 1 MB string.
     *
     * @param valid a valid input
     * @param count how many random mutations
     * @return the inputs
     */
    public List<String> mutate(String valid, int count) {
        List<String> out = new ArrayList<>();
        for (int length = 0; length < valid.length(); length++) {
            out.add(valid.substring(0, length));
        }
        for (int i = 0; i < count; i++) {
            out.add(mutateOnce(valid));
        }
        out.addAll(semanticMutations(valid));
        out.add("[".repeat(100_000) + "]".repeat(100_000));
        out.add("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        out.add(valid.replaceFirst("\"", "\"" + "x".repeat(1 << 20)));
        return out;
    }

    /** Values of the right shape but out of range or malformed, in place of the date-times, UUIDs and numbers. */
    private static final Map<Pattern, List<String>> SEMANTIC = Map.of(
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(\\+\\d{2}:\\d{2}|Z)?"),
                    List.of(
                            "0000-01-01T00:00:00+00:00",
                            "10000-01-01T00:00:00+00:00",
                            "-0001-01-01T00:00:00+00:00",
                            "2024-02-30T03:04:05+00:00",
                            "2024-01-02T03:04:05.1234567+00:00",
                            "2024-01-02T03:04:05+25:00",
                            "2024-01-02T03:04:05+18:00:00.5",
                            "2024-01-02 03:04:05",
                            "2024-01-02T24:00:00+00:00",
                            "20240102T030405Z",
                            "2024-W01-2T03:04:05+00:00",
                            "9999-12-31T23:59:59.999999-00:01",
                            "0001-01-01T00:00:00+00:01",
                            "2024-01-02T03:04:05.123456+00:00"),
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                    List.of(
                            "1-1-1-1-1",
                            "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5",
                            "{8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e}",
                            "urn:uuid:8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e",
                            "8A2C6F1E3B1D11EF9D8E0F1A2B3C4D5E",
                            "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e0",
                            "0x2c6f1e3b1d11ef9d8e0f1a2b3c4d5e",
                            "g".repeat(32)),
            Pattern.compile("(?<![0-9.eE+-])[0-9]+(?![0-9.eE])"),
                    List.of("99999999999", "-1", "2147483648", "9223372036854775808", "1e3", "00", "1.5"));

    private static List<String> semanticMutations(String valid) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Pattern, List<String>> entry : SEMANTIC.entrySet()) {
            Matcher matcher = entry.getKey().matcher(valid);
            int matches = 0;
            while (matcher.find() && matches++ < 8) {
                for (String replacement : entry.getValue()) {
                    out.add(valid.substring(0, matcher.start()) + replacement + valid.substring(matcher.end()));
                }
            }
        }
        return out;
    }

    private String mutateOnce(String valid) {
        StringBuilder text = new StringBuilder(valid);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(6)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.setCharAt(at, (char) random.nextInt(0x80));
                case 2 -> text.insert(at, TEXT_INSERTS[random.nextInt(TEXT_INSERTS.length)]);
                case 3 -> text.setCharAt(at, (char) (text.charAt(at) ^ (1 << random.nextInt(7))));
                case 4 -> {
                    int end = Math.min(text.length(), at + 1 + random.nextInt(20));
                    text.insert(at, text.substring(at, end).repeat(1 + random.nextInt(50)));
                }
                default -> {
                    int end = Math.min(text.length(), at + 1 + random.nextInt(10));
                    text.replace(at, end, TEXT_INSERTS[random.nextInt(TEXT_INSERTS.length)]);
                }
            }
        }
        return text.toString();
    }

    /**
     * Byte mutations of one valid input: every prefix, then {@code count} random mutations (flips, insertions of
     * varints that claim huge lengths, deletions).
     *
     * @param valid a valid input
     * @param count how many random mutations
     * @return the inputs
     */
    public List<byte[]> mutate(byte[] valid, int count) {
        List<byte[]> out = new ArrayList<>();
        for (int length = 0; length < valid.length; length++) {
            out.add(Arrays.copyOf(valid, length));
        }
        for (int i = 0; i < count; i++) {
            byte[] bytes = valid.clone();
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits && bytes.length > 0; e++) {
                int at = random.nextInt(bytes.length);
                switch (random.nextInt(4)) {
                    case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                    case 1 -> bytes[at] = (byte) random.nextInt(256);
                    case 2 ->
                        bytes = insert(
                                bytes, at, new byte[] {(byte) 0xfe, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f});
                    default ->
                        bytes = insert(bytes, at, new byte[] {
                            (byte) 0x81,
                            (byte) 0x80,
                            (byte) 0x80,
                            (byte) 0x80,
                            (byte) 0x80,
                            (byte) 0x80,
                            (byte) 0x80,
                            (byte) 0x80,
                            (byte) 0x80,
                            (byte) 0x80,
                            0x01
                        });
                }
            }
            out.add(bytes);
        }
        return out;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }

    /** What is checked for each input. */
    @FunctionalInterface
    public interface Oracle<T> {

        /**
         * Reads the input; returns normally for a clean read that wrote back and re-read equal.
         *
         * @param input the input
         * @throws Throwable what the reader threw
         */
        void check(T input) throws Throwable;
    }

    /** A step that must not throw. */
    @FunctionalInterface
    public interface Step {

        /**
         * Runs the step.
         *
         * @throws Throwable anything, which fails the test
         */
        void run() throws Throwable;
    }

    /**
     * Runs the write-back part of an oracle: once an input has read cleanly, writing it back and reading that again
     * must not fail at all (a value that reads must also write), so any exception here fails the test even when its
     * type is one the reader documents.
     *
     * @param what what the step does, for the message
     * @param step the step
     */
    public static void writesBack(String what, Step step) {
        try {
            step.run();
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError("a value that read cleanly could not be written back: " + what + " threw " + t, t);
        }
    }

    /**
     * Runs the oracle on every input: each must read cleanly or throw one of the documented exceptions, within
     * {@link #PER_INPUT}.
     *
     * @param what the reader, for messages
     * @param inputs the inputs
     * @param oracle the check
     * @param documented the exceptions the reader documents
     * @param <T> the input type
     * @return how many inputs read cleanly (the rest threw a documented exception)
     */
    @SafeVarargs
    public final <T> int run(String what, List<T> inputs, Oracle<T> oracle, Class<? extends Throwable>... documented) {
        int clean = 0;
        for (T input : inputs) {
            long start = System.nanoTime();
            try {
                oracle.check(input);
                clean++;
            } catch (Throwable t) {
                if (Arrays.stream(documented).noneMatch(type -> type.isInstance(t))) {
                    throw new AssertionError(
                            what + " threw " + t.getClass().getName() + " for a fuzzed input " + "(seed " + seed
                                    + ", replay with -Dfuzz.seed=" + seed + "): " + show(input),
                            t);
                }
                if (t.getMessage() != null && t.getMessage().length() > 4_000) {
                    fail(what + " echoed " + t.getMessage().length() + " characters in its message (seed " + seed
                            + "): " + Echo.of(t.getMessage()));
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (took.compareTo(PER_INPUT) > 0) {
                fail(what + " took " + took.toMillis() + " ms for one input (seed " + seed + "): " + show(input));
            }
        }
        return clean;
    }

    private static String show(Object input) {
        String text =
                input instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(input);
        return Echo.of(text);
    }
}
