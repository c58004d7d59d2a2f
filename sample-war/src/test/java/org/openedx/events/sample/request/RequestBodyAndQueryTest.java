package org.openedx.events.sample.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The body's size limit and encoding, and the query parameters: refused with a kind and a named culprit. */
class RequestBodyAndQueryTest {

    @Test
    void aBodyUpToTheLimitIsReadAsUtf8() {
        String text = "{\"name\": \"Jos\u00e9\"}" + " ".repeat(RequestBody.MAX_BYTES - 17);

        assertThat(RequestBody.read(stream(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(text)
                .hasSize(RequestBody.MAX_BYTES - 1);
    }

    @Test
    void aLongerBodyIsRefusedWithoutReadingAllOfIt() {
        CountingStream endless = new CountingStream();

        InvalidRequestException e =
                catchThrowableOfType(InvalidRequestException.class, () -> RequestBody.read(endless));

        assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.BODY_TOO_LARGE);
        assertThat(e.problems())
                .containsExactly(new FieldProblem(
                        "body", "has more than 1048576 bytes; this API accepts at most 1048576 bytes (1 MiB)"));
        assertThat(endless.read).isEqualTo(RequestBody.MAX_BYTES + 1);
    }

    @Test
    void bytesThatAreNotUtf8AreMalformedWithTheirPosition() {
        byte[] latin1 = "{\"name\": \"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        InvalidRequestException e =
                catchThrowableOfType(InvalidRequestException.class, () -> RequestBody.read(stream(latin1)));

        assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.MALFORMED_JSON);
        assertThat(e.problems())
                .containsExactly(new FieldProblem(
                        "body",
                        "the request body is not UTF-8: byte 14 of 16 starts a malformed sequence; JSON bodies are "
                                + "UTF-8 text"));
    }

    @Test
    void aUserIdIsAWholeNumberOfAtLeastOne() {
        assertThat(QueryParameters.positiveLong("user_id", null)).isNull();
        assertThat(QueryParameters.positiveLong("user_id", "42")).isEqualTo(42L);
        assertThat(QueryParameters.positiveLong("user_id", "9223372036854775807"))
                .isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1.5", "", " 1", "9223372036854775808", "+1"})
    void anythingElseIsRefusedNamingTheParameter(String raw) {
        InvalidRequestException e =
                catchThrowableOfType(InvalidRequestException.class, () -> QueryParameters.positiveLong("user_id", raw));

        assertThat(e.kind()).isEqualTo(InvalidRequestException.Kind.INVALID_QUERY_PARAMETER);
        assertThat(e.problems())
                .containsExactly(new FieldProblem(
                        "user_id", "must be a whole number from 1 to 9223372036854775807, was '" + raw + "'"));
    }

    @Test
    void aLongParameterIsCutInTheReason() {
        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class, () -> QueryParameters.positiveLong("user_id", "a".repeat(5_000)));

        assertThat(e.problems().get(0).reason())
                .endsWith("… (5000 characters)'")
                .hasSizeLessThan(200);
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** An endless body of spaces that counts what was read. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            read += length;
            return length;
        }
    }
}
