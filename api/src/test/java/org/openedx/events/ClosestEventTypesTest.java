package org.openedx.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The "closest known types" of error messages: the same answer as a plain sort by edit distance, and bounded work
 * for hostile input (no suggestions beyond 128 characters).
 */
class ClosestEventTypesTest {

    private static final List<String> KNOWN = OpenEdxPublicSignal.allEvents().stream()
            .map(OpenEdxPublicSignal::eventType)
            .toList();

    @Test
    void aTypoFindsItsType() {
        assertThat(OpenEdxPublicSignal.closestEventTypes("org.openedx.learning.course.enrollment.create.v1"))
                .first()
                .isEqualTo("org.openedx.learning.course.enrollment.created.v1");
    }

    @Test
    void theAnswerIsTheBestThreeOfAPlainSortTiesAlphabetical() {
        Random random = new Random(20261205L);
        for (int n = 0; n < 1_000; n++) {
            String probe = mutate(KNOWN.get(random.nextInt(KNOWN.size())), random);
            assertThat(OpenEdxPublicSignal.closestEventTypes(probe))
                    .as("seed 20261205, input %d: %s", n, probe)
                    .isEqualTo(plainSort(probe));
        }
    }

    @Test
    void noSuggestionsForInputsLongerThan128CharactersOrNull() {
        assertThat(OpenEdxPublicSignal.closestEventTypes("x".repeat(128))).hasSize(3);
        assertThat(OpenEdxPublicSignal.closestEventTypes("x".repeat(129))).isEmpty();
        assertThat(OpenEdxPublicSignal.closestEventTypes("x".repeat(1 << 16))).isEmpty();
        assertThat(OpenEdxPublicSignal.closestEventTypes(null)).isEmpty();
    }

    @Test
    void anUnknownTypeOf64KiBIsReportedWithItsStartOnly() {
        String huge = "y".repeat(64 * 1024);
        assertThatThrownBy(() -> OpenEdxPublicSignal.getSignalByType(huge))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageStartingWith("OXE1001: No Open edX event of type '" + "y".repeat(200)
                        + "… (cut: 65536 characters in all)' is known. Closest known types: []")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    private static List<String> plainSort(String probe) {
        if (probe.length() > 128) {
            return List.of();
        }
        Map<String, Integer> distances = new HashMap<>();
        KNOWN.forEach(known -> distances.put(known, SignalRegistry.editDistance(probe, known, Integer.MAX_VALUE - 1)));
        return distances.keySet().stream()
                .sorted(Comparator.comparingInt((String known) -> distances.get(known))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3)
                .toList();
    }

    private static String mutate(String type, Random random) {
        StringBuilder out = new StringBuilder(type);
        int edits = random.nextInt(12);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, (char) ('a' + random.nextInt(26)));
                default -> out.setCharAt(at, (char) ('.' + random.nextInt(80)));
            }
        }
        return random.nextInt(10) == 0 ? out.toString().repeat(2) : out.toString();
    }
}
