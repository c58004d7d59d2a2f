package org.openedx.events.sample.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample's JSON reader: strict RFC 8259, bounded, and precise about where and what. */
class StrictJsonReaderTest {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Test
    void readsEveryKindOfValueWithEscapes() {
        JsonObject object = StrictJsonReader.read(
                        JSON,
                        "{\"s\": \"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83c\\udf93\", \"i\": -12, \"d\": 1.5e2, \"t\": true,"
                                + " \"f\": false, \"n\": null, \"a\": [1, {\"x\": []}], \"o\": {}}")
                .asJsonObject();

        assertThat(object.getString("s")).isEqualTo("a\"b\\c/d\né\uD83C\uDF93");
        assertThat(object.getJsonNumber("i").longValueExact()).isEqualTo(-12);
        assertThat(((JsonNumber) object.get("d")).doubleValue()).isEqualTo(150.0);
        assertThat(object.get("t")).isEqualTo(JsonValue.TRUE);
        assertThat(object.get("f")).isEqualTo(JsonValue.FALSE);
        assertThat(object.get("n")).isEqualTo(JsonValue.NULL);
        assertThat(object.getJsonArray("a")).hasSize(2);
        assertThat(object.getJsonObject("o")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"a\": 01}|at line 1, column 8: found a digit after a leading zero; JSON numbers have none (write 7,"
                        + " not 07)",
                "{\"a\": -}|at line 1, column 8: expected a digit after '-', found '}'",
                "{\"a\": 1.}|at line 1, column 9: expected a digit after the decimal point, found '}'",
                "{\"a\": 1e}|at line 1, column 9: expected a digit in the exponent, found '}'",
                "{\"a\": NaN}|at line 1, column 7: expected a value (an object, array, string, number, true, false or"
                        + " null), found 'N'",
                "{\"a\": tru}|at line 1, column 7: expected a value (an object, array, string, number, true, false or"
                        + " null), found 't'",
                "{\"a\": \"x\\q\"}|at line 1, column 10: found the escape '\\q', which is not JSON; the escapes are \\\","
                        + " \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hexadecimal digits",
                "{\"a\": \"\\u12g4\"}|at line 1, column 12: expected four hexadecimal digits after \\u, found 'g'",
                "{\"a\": [1,]}|at line 1, column 10: expected a value (an object, array, string, number, true, false"
                        + " or null), found ']'",
                "{\"a\": [1 2]}|at line 1, column 10: expected ',' or ']' after an array element, found '2'",
                "{\"a\": 1,}|at line 1, column 9: expected a field name (a string in double quotes) after ',', found"
                        + " '}'",
                "{'a': 1}|at line 1, column 2: expected a field name (a string in double quotes) or '}', found '''",
                "[1] [2]|at line 1, column 5: expected the end of the body after the JSON value, found '['",
            })
    void eachSyntaxErrorNamesItsPositionAndWhatWasExpected(String body, String where) {
        assertThat(reason(body)).isEqualTo("the request body is not valid JSON " + where);
    }

    @Test
    void aRawControlCharacterInAStringIsShownByItsCodePoint() {
        assertThat(reason("{\"a\": \"x\ty\"}"))
                .isEqualTo("the request body is not valid JSON at line 1, column 9: found the raw control character "
                        + "U+0009 in a string; write it as an escape such as \\n or \\u0009");
    }

    @Test
    void columnsCountCharactersAndLinesStartAfterEachNewline() {
        String graduationCap = new String(Character.toChars(0x1F393));

        assertThat(reason("{\"a\": \"" + graduationCap + "\",\r\n  \"b\" 1}"))
                .isEqualTo("the request body is not valid JSON at line 2, column 7: expected ':' after the field name "
                        + "'b', found '1'");
        assertThat(reason("{\"a\": \"" + graduationCap + "\" 1}"))
                .isEqualTo("the request body is not valid JSON at line 1, column 11: expected ',' or '}' after the "
                        + "value of 'a', found '1'");
    }

    @Test
    void theEndOfTheBodyIsReportedAtItsLastCharacter() {
        assertThat(reason("{\"a\": \"unterminated"))
                .isEqualTo("the request body is not valid JSON: it ends after line 1, column 19, where the '\"' that "
                        + "closes the string begun at line 1, column 7 was expected");
        assertThat(reason("{\"a\":\n"))
                .isEqualTo("the request body is not valid JSON: it ends after line 1, column 6, where a value (an "
                        + "object, array, string, number, true, false or null) was expected");
    }

    @Test
    void aByteOrderMarkIsRefused() {
        assertThat(reason("\uFEFF{}"))
                .isEqualTo("the request body is not valid JSON at line 1, column 1: a byte-order mark (U+FEFF) starts "
                        + "the body; JSON texts have none");
    }

    @Test
    void numbersAreBoundedInLengthAndExponent() {
        assertThat(reason("{\"a\": " + "9".repeat(65) + "}"))
                .isEqualTo("the request body is not valid JSON at line 1, column 7: found a number of more than 64 "
                        + "characters, the most this API reads");
        assertThat(reason("{\"a\": 1e99999999999}"))
                .isEqualTo("the request body is not valid JSON at line 1, column 7: found the number 1e99999999999, "
                        + "whose exponent is out of range");
        assertThat(StrictJsonReader.read(JSON, "{\"a\": " + "9".repeat(64) + "}")
                        .asJsonObject()
                        .getJsonNumber("a")
                        .bigIntegerValue())
                .hasToString("9".repeat(64));
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        String deepest = "[".repeat(StrictJsonReader.MAX_DEPTH) + "]".repeat(StrictJsonReader.MAX_DEPTH);

        assertThat(StrictJsonReader.read(JSON, deepest).getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
        assertThat(reason("[" + deepest + "]")).contains("nest deeper than 16 levels");
    }

    @Test
    void aRepeatedFieldInAnArrayElementIsNamedWithItsIndex() {
        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class,
                () -> StrictJsonReader.read(JSON, "{\"a\": [{}, {\"b\": 1, \"b\": 2}]}"));

        assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.INVALID_FIELDS);
        assertThat(e.problems())
                .containsExactly(new FieldProblem(
                        "a[1].b",
                        "appears twice in its object (the second time at line 1, column 21); a field may appear only "
                                + "once"));
    }

    private static String reason(String body) {
        InvalidRequestException e =
                catchThrowableOfType(InvalidRequestException.class, () -> StrictJsonReader.read(JSON, body));
        assertThat(e).as("reading %s", body).isNotNull();
        assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.MALFORMED_JSON);
        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo(FieldProblem.BODY));
        return e.problems().get(0).reason();
    }
}
