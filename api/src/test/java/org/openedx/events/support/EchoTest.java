package org.openedx.events.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void nullReadsNull() {
        assertThat(Echo.of(null)).isEqualTo("null");
    }

    @Test
    void upTo200CharactersAreRepeatedAsTheyAre() {
        assertThat(Echo.of("")).isEmpty();
        assertThat(Echo.of("abc")).isEqualTo("abc");
        String limit = "x".repeat(Echo.LIMIT);
        assertThat(Echo.of(limit)).isSameAs(limit);
    }

    @Test
    void longerInputsAreCutAndSaySo() {
        assertThat(Echo.of("y".repeat(201))).isEqualTo("y".repeat(200) + "… (cut: 201 characters in all)");
        assertThat(Echo.of("z".repeat(1 << 22))).hasSize(200 + "… (cut: 4194304 characters in all)".length());
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "a".repeat(199) + "\uD83D\uDC0D" + "b";
        assertThat(Echo.of(text)).isEqualTo("a".repeat(199) + "… (cut: 202 characters in all)");
    }
}
