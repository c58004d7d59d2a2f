package org.openedx.events.sample.request;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a request body, at most {@link #MAX_BYTES} bytes of UTF-8 (JSON's encoding, RFC 8259), without trusting
 * the length the client declares: a longer body is refused once its limit is passed, whether or not it has a
 * {@code Content-Length}.
 */
public final class RequestBody {

    /**
     * The longest body read: 1 MiB, as the library's CloudEvents JSON reader. A valid request of this API has less
     * than 2 KiB (its longest fields hold 255 characters), so the limit only bounds what a hostile request costs.
     */
    public static final int MAX_BYTES = 1024 * 1024;

    private RequestBody() {}

    /**
     * Reads the body.
     *
     * @param in the body's bytes
     * @return the text
     * @throws InvalidRequestException of kind {@code BODY_TOO_LARGE} past {@link #MAX_BYTES} bytes, of kind
     *     {@code MALFORMED_JSON} for bytes that are not UTF-8
     * @throws UncheckedIOException when the body cannot be read
     */
    public static String read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge("more than " + MAX_BYTES);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length); // UTF-8 never gives more characters than bytes
        CoderResult result = decoder.decode(input, text, true);
        if (!result.isError()) {
            result = decoder.flush(text);
        }
        if (result.isError()) {
            throw new InvalidRequestException(
                    InvalidRequestException.Kind.MALFORMED_JSON,
                    List.of(new FieldProblem(
                            FieldProblem.BODY,
                            "the request body is not UTF-8: byte " + (input.position() + 1) + " of " + bytes.length
                                    + " starts a malformed sequence; JSON bodies are UTF-8 text")));
        }
        return text.flip().toString();
    }

    /**
     * The refusal of a body that declares or has more than {@link #MAX_BYTES} bytes.
     *
     * @param size what the body has, e.g. {@code 2097152} or {@code more than 1048576}
     * @return the exception, of kind {@code BODY_TOO_LARGE}
     */
    public static InvalidRequestException tooLarge(String size) {
        return new InvalidRequestException(
                InvalidRequestException.Kind.BODY_TOO_LARGE,
                List.of(new FieldProblem(
                        FieldProblem.BODY,
                        "has " + size + " bytes; this API accepts at most " + MAX_BYTES + " bytes (1 MiB)")));
    }
}
