package org.openedx.events.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code opaque-keys-examples.json} through the parser of its key type.
 */
class OpaqueKeyExamplesTest {

    /**
     * "valid" examples that are rejected on purpose. Upstream checks library keys with {@code $}-anchored
     * Python regular expressions, and {@code $} also matches just before one trailing newline, so upstream
     * accepts (and writes back) these strings. That is an accident; this port rejects any trailing newline.
     */
    private static final Set<String> TRAILING_NEWLINE_ACCIDENTS = Set.of(
            "lib:org:slug\n", "lb:MITx:lib:problem:p1\n", "lib-collection:MITx:lib:col1\n", "lct:MITx:lib:unit:u1\n");

    static Stream<Arguments> validExamples() {
        return KeyExamples.keyTypes().stream()
                .flatMap(type ->
                        KeyExamples.strings(type, "valid").stream().map(input -> Arguments.of(type, named(input))));
    }

    static Stream<Arguments> normalizedExamples() {
        return KeyExamples.keyTypes().stream()
                .flatMap(type -> KeyExamples.objects(type, "valid_normalized").stream()
                        .map(example ->
                                Arguments.of(type, named(example.getString("input")), example.getString("canonical"))));
    }

    static Stream<Arguments> invalidExamples() {
        return KeyExamples.keyTypes().stream()
                .flatMap(type ->
                        KeyExamples.strings(type, "invalid").stream().map(input -> Arguments.of(type, named(input))));
    }

    static Stream<Arguments> detailedExamples() {
        return KeyExamples.keyTypes().stream()
                .flatMap(type -> KeyExamples.objects(type, "valid_details").stream()
                        .filter(example -> !TRAILING_NEWLINE_ACCIDENTS.contains(example.getString("input")))
                        .map(example -> Arguments.of(type, named(example.getString("input")), example)));
    }

    private static Named<String> named(String input) {
        return Named.of("'" + KeyExamples.visible(input) + "'", input);
    }

    @ParameterizedTest(name = "{0}.parse({1}) round-trips")
    @MethodSource("validExamples")
    void validExampleRoundTripsExactly(String keyType, String input) {
        Function<String, ? extends OpaqueKey> parse = KeyExamples.PARSERS.get(keyType);
        if (TRAILING_NEWLINE_ACCIDENTS.contains(input)) {
            // Deliberate deviation from upstream, see TRAILING_NEWLINE_ACCIDENTS.
            assertRejected(keyType, input);
            return;
        }

        OpaqueKey key = parse.apply(input);

        assertThat(key.toString()).isEqualTo(input);
        assertThat(parse.apply(key.toString())).isEqualTo(key).hasSameHashCodeAs(key);
    }

    @ParameterizedTest(name = "{0}.parse({1}) gives {2}")
    @MethodSource("normalizedExamples")
    void normalizedExampleGivesCanonicalForm(String keyType, String input, String canonical) {
        Function<String, ? extends OpaqueKey> parse = KeyExamples.PARSERS.get(keyType);

        OpaqueKey key = parse.apply(input);

        assertThat(key.toString()).isEqualTo(canonical);
        assertThat(parse.apply(canonical)).isEqualTo(key).hasSameHashCodeAs(key);
    }

    @ParameterizedTest(name = "{0}.parse({1}) is rejected")
    @MethodSource("invalidExamples")
    void invalidExampleIsRejected(String keyType, String input) {
        assertRejected(keyType, input);
    }

    @ParameterizedTest(name = "{0}.parse({1}) is an upstream {2}")
    @MethodSource("detailedExamples")
    void detailedExampleHasTheUpstreamKind(String keyType, String input, JsonObject details) {
        OpaqueKey key = KeyExamples.PARSERS.get(keyType).apply(input);

        assertThat(upstreamClassOf(key)).isEqualTo(details.getString("class"));
        assertThat(key.toString()).isEqualTo(details.getString("canonical"));
    }

    @Test
    void deliberatelyRejectedExamplesAreExactlyTheValidOnesWithATrailingNewline() {
        Set<String> withTrailingNewline = KeyExamples.keyTypes().stream()
                .flatMap(type -> KeyExamples.strings(type, "valid").stream())
                .filter(input -> input.endsWith("\n"))
                .collect(Collectors.toSet());

        assertThat(withTrailingNewline).isEqualTo(TRAILING_NEWLINE_ACCIDENTS);
    }

    @Test
    void allExamplesAreLoaded() {
        // How many examples of each kind the file holds, per key type in file order: CourseKey, UsageKey,
        // CCXLocator, LibraryLocatorV2, LibraryUsageLocatorV2, LibraryCollectionLocator, LibraryContainerLocator.
        assertThat(validExamples()).hasSize(15 + 13 + 10 + 11 + 11 + 11 + 11);
        assertThat(normalizedExamples()).hasSize(4 + 1 + 2);
        assertThat(invalidExamples()).hasSize(19 + 15 + 13 + 12 + 12 + 11 + 12);
        assertThat(KeyExamples.keyTypes()).containsExactlyElementsOf(KeyExamples.PARSERS.keySet());
    }

    private static void assertRejected(String keyType, String input) {
        assertThatThrownBy(() -> KeyExamples.PARSERS.get(keyType).apply(input))
                .isInstanceOfSatisfying(InvalidKeyException.class, e -> {
                    assertThat(e.keyType()).isEqualTo(keyType);
                    assertThat(e.input()).isEqualTo(input);
                    assertThat(e.code()).isEqualTo("OXE3001");
                    assertThat(e.getMessage())
                            .startsWith("OXE3001: Invalid " + keyType + " '")
                            .contains(input);
                });
    }

    /** The name of the upstream Python class that would represent {@code key}. */
    private static String upstreamClassOf(OpaqueKey key) {
        if (key instanceof CCXLocator) {
            return "CCXLocator";
        }
        if (key instanceof CourseKey course) {
            return course.isCourse() ? "CourseLocator" : "LibraryLocator";
        }
        if (key instanceof LibraryUsageLocatorV2) {
            return "LibraryUsageLocatorV2";
        }
        if (key instanceof UsageKey usage) {
            return switch (usage.namespace()) {
                case "block-v1" -> "BlockUsageLocator";
                case "ccx-block-v1" -> "CCXBlockUsageLocator";
                case "lib-block-v1" -> "LibraryUsageLocator";
                case "location" -> "DeprecatedLocation";
                default -> throw new AssertionError("unexpected namespace " + usage.namespace());
            };
        }
        return key.getClass().getSimpleName();
    }
}
