package org.openedx.events.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict JSON reader: RFC 8259 exactly, with its limits, and messages that say where and what. */
class JsonTest {

    private static final int MAX = 1 << 20;

    @Test
    void readsEveryKindOfValue() {
        Object value = Json.parse(
                " {\"s\": \"a\\u00e9\\n\\\"\\/\", \"i\": -12, \"big\": 123456789012345678901234,"
                        + " \"d\": 1.5e3, \"t\": true, \"f\": false, \"n\": null, \"a\": [1, [], {}]} ",
                MAX);
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        assertThat(object)
                .containsKeys("s", "i", "big", "d", "t", "f", "n", "a")
                .containsEntry("n", null)
                .containsEntry("s", "a\u00e9\n\"/")
                .containsEntry("i", -12L)
                .containsEntry("t", true)
                .containsEntry("big", new BigInteger("123456789012345678901234"))
                .containsEntry("d", new BigDecimal("1.5e3"))
                .containsEntry("a", List.of(1L, List.of(), Map.of()));
        assertThat(object.keySet()).containsExactly("s", "i", "big", "d", "t", "f", "n", "a");
        assertThat(Json.parse("9223372036854775807", MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(Json.parse("-9223372036854775808", MAX)).isEqualTo(Long.MIN_VALUE);
        assertThat(Json.parse("9223372036854775808", MAX)).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(Json.parse("\"\\ud83d\\ude00\"", MAX)).isEqualTo("\ud83d\ude00");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'{\"a\": \"x\ny\"}'            | a raw control character U+000A inside a string; write it as an escape such as \\n or \\u000a (line 1, column 9)",
                "'\"\\x\"'                      | the escape '\\x' is not JSON",
                "'\"\\u12\"'                    | the \\u escape needs four hexadecimal digits, found '\"' (line 1, column 6)",
                "'\"\\u12g4\"'                  | the \\u escape needs four hexadecimal digits, found 'g'",
                "'07'                           | a number has a leading zero; JSON numbers do not (write 7, not 07) (line 1, column 2)",
                "'-'                            | a number needs digits after '-'",
                "'1.'                           | a number needs digits after its decimal point",
                "'1e'                           | a number needs digits in its exponent",
                "'NaN'                          | unexpected 'N' where a value was expected",
                "'[1, 2'                        | the text ends where ']' or ',' after an array element was expected",
                "'{\"a\" 1}'                    | expected ':' after the member name, found '1' (line 1, column 6)",
                "'{\"a\": 1 \"b\": 2}'          | expected '}' or ',' after an object member, found '\"' (line 1, column 9)",
                "'{\"a\": 1, \"a\": 2}'         | the member name 'a' appears twice in one object; names must be unique (line 1, column 10)",
                "'{\"a\": 1} x'                 | unexpected 'x' after the JSON value; only white space may follow it (line 1, column 10)",
                "'{1: 2}'                       | unexpected '1' where a member name (a string) was expected",
                "''                             | the text ends where a value was expected",
                "'\"abc'                        | the text ends inside a string",
            })
    void refusesWhatRfc8259Refuses(String text, String message) {
        assertThatThrownBy(() -> Json.parse(text, MAX))
                .isInstanceOf(Json.SyntaxException.class)
                .hasMessageContaining(message);
        assertThatThrownBy(() -> Json.check(text, MAX))
                .isInstanceOf(Json.SyntaxException.class)
                .hasMessageContaining(message);
    }

    @Test
    void positionsCountLinesAndColumns() {
        assertThatThrownBy(() -> Json.parse("{\n  \"a\": 1,\n  \"b\": tru\n}", MAX))
                .hasMessageEndingWith("(line 3, column 8)");
    }

    @Test
    void aByteOrderMarkIsRefused() {
        assertThatThrownBy(() -> Json.parse("\uFEFF{}", MAX)).hasMessageStartingWith("a byte-order mark");
    }

    @Test
    void nestingIsLimitedTo64LevelsWithoutStackOverflow() {
        assertThat(Json.parse("[".repeat(64) + "]".repeat(64), MAX)).isInstanceOf(List.class);
        assertThatThrownBy(() -> Json.parse("[".repeat(65) + "]".repeat(65), MAX))
                .isInstanceOf(Json.SyntaxException.class)
                .hasMessageStartingWith("objects and arrays nest deeper than 64 levels (line 1, column 65)");
        assertThatThrownBy(() -> Json.check("{\"a\":".repeat(100_000), 1 << 21))
                .isInstanceOf(Json.SyntaxException.class)
                .hasMessageContaining("nest deeper than 64 levels");
    }

    @Test
    void theLengthIsLimitedAndNullIsNoText() {
        assertThat(Json.parse("\"" + "x".repeat(98) + "\"", 100)).isEqualTo("x".repeat(98));
        assertThatThrownBy(() -> Json.parse("\"" + "x".repeat(99) + "\"", 100))
                .hasMessage("the text has 101 characters, more than the 100 allowed");
        assertThatThrownBy(() -> Json.parse(null, 100)).hasMessage("no text (null); expected JSON");
    }

    @Test
    void messagesEchoAtMost200CharactersOfTheInput() {
        String name = "n".repeat(10_000);
        assertThatThrownBy(() -> Json.parse("{\"" + name + "\": 1, \"" + name + "\": 2}", MAX))
                .satisfies(e ->
                        assertThat(e.getMessage()).hasSizeLessThan(400).contains("… (cut: 10000 characters in all)"));
    }

    @Test
    void parseObjectWantsAnObject() {
        assertThatThrownBy(() -> Json.parseObject("[1]", MAX)).hasMessage("expected a JSON object, found an array");
        assertThat(Json.parseObject("{}", MAX)).isEmpty();
    }
}
