package org.openedx.events.support;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The strict reading of the plain text values that arrive from outside the JVM (event-bus fields and headers): UTF-8
 * that is really UTF-8, and integers that are really integers in range. Each method throws an
 * {@link IllegalArgumentException} whose message is a phrase that can follow the field's name, e.g.
 * {@code 'minorversion' is '9999999999', which is not an integer from 0 to 2147483647}, echoing at most
 * {@link Echo#LIMIT} characters. Not API (see the package description).
 */
public final class WireText {

    private WireText() {}

    /**
     * Decodes UTF-8 strictly: malformed or truncated sequences are an error, not a replacement character.
     *
     * @param bytes the bytes
     * @return the text
     * @throws IllegalArgumentException if the bytes are null or not UTF-8
     */
    public static String utf8(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("is missing");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("is not UTF-8 text (" + bytes.length + " bytes)", e);
        }
    }

    /**
     * Reads a non-negative {@code int} written in ASCII decimal digits, as Python's {@code str(int)} writes it.
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException if the text is null, has anything but digits, or is above
     *     {@link Integer#MAX_VALUE}
     */
    public static int nonNegativeInt(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("is missing; expected an integer from 0 to " + Integer.MAX_VALUE);
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || i >= 10) {
                throw new IllegalArgumentException(
                        "is '" + Echo.of(text) + "', which is not an integer from 0 to " + Integer.MAX_VALUE);
            }
            value = value * 10 + (c - '0');
        }
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "is '" + Echo.of(text) + "', which is not an integer from 0 to " + Integer.MAX_VALUE);
        }
        return (int) value;
    }
}
