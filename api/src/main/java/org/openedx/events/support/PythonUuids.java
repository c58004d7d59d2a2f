package org.openedx.events.support;

import java.math.BigInteger;
import java.util.UUID;

/**
 * UUIDs read exactly as Python's {@code uuid.UUID(text)} reads them (CPython 3.12, {@code Lib/uuid.py}), so that the
 * JVM accepts the ids an Open edX installation accepts and no others. Not API (see the package description).
 *
 * <p>Python removes every {@code urn:} and then every {@code uuid:}, strips braces from both ends, removes every
 * hyphen, and then needs exactly 32 characters that {@code int(text, 16)} reads: optional surrounding white space,
 * an optional {@code +}, an optional {@code 0x} prefix, hexadecimal digits (for 0 to 9 any Unicode decimal digit)
 * with single underscores between them, and a value below 2<sup>128</sup>. The result is the canonical UUID.
 * {@link UUID#fromString} is laxer ({@code 1-1-1-1-1}) and reads an id with a digit missing as another id; this is
 * not.
 */
public final class PythonUuids {

    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(128);

    private PythonUuids() {}

    /**
     * Reads a UUID as Python's {@code uuid.UUID(text)} does.
     *
     * @param text the text
     * @return the UUID
     * @throws IllegalArgumentException if Python refuses the text, with a message that can follow the field's name,
     *     e.g. {@code is '1-1-1-1-1', which is not a UUID: ...}; {@code null} is "missing"
     */
    public static UUID parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException(
                    "is missing; expected a UUID such as 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e");
        }
        UUID canonical = canonical(text);
        if (canonical != null) {
            return canonical;
        }
        String hex = text.replace("urn:", "").replace("uuid:", "");
        int from = 0;
        int to = hex.length();
        while (from < to && (hex.charAt(from) == '{' || hex.charAt(from) == '}')) {
            from++;
        }
        while (to > from && (hex.charAt(to - 1) == '{' || hex.charAt(to - 1) == '}')) {
            to--;
        }
        hex = hex.substring(from, to).replace("-", "");
        if (hex.codePointCount(0, hex.length()) != 32) {
            throw refused(text, "badly formed hexadecimal UUID string");
        }
        BigInteger value = pythonHexInt(hex);
        if (value == null) {
            throw refused(text, "badly formed hexadecimal UUID string");
        }
        if (value.compareTo(LIMIT) >= 0) {
            throw refused(text, "int is out of range (need a 128-bit value)");
        }
        return new UUID(value.shiftRight(64).longValue(), value.longValue());
    }

    /** The common case without allocation beyond the UUID: 8-4-4-4-12 hexadecimal digits; else null. */
    private static UUID canonical(String text) {
        if (text.length() != 36
                || text.charAt(8) != '-'
                || text.charAt(13) != '-'
                || text.charAt(18) != '-'
                || text.charAt(23) != '-') {
            return null;
        }
        long high = 0;
        long low = 0;
        int digits = 0;
        for (int i = 0; i < 36; i++) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                continue;
            }
            int digit = Ascii.hexDigit(text.charAt(i));
            if (digit < 0) {
                return null;
            }
            if (digits++ < 16) {
                high = (high << 4) | digit;
            } else {
                low = (low << 4) | digit;
            }
        }
        return new UUID(high, low);
    }

    /**
     * Python's {@code int(text, 16)} for a text of 32 code points, or null where Python raises: white space around
     * it, an optional {@code +}, an optional {@code 0x}, digits with single underscores between them (also right
     * after the prefix).
     */
    private static BigInteger pythonHexInt(String text) {
        String s = stripPythonSpace(text);
        int i = 0;
        if (i < s.length() && s.charAt(i) == '+') {
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < s.length() && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            i += 2;
            prefixed = true;
        }
        StringBuilder digits = new StringBuilder(32);
        boolean lastWasDigit = false;
        for (int at = i; at < s.length(); ) {
            int c = s.codePointAt(at);
            at += Character.charCount(c);
            if (c == '_') {
                // single underscores between digits; after the 0x prefix one may come first
                if (!(lastWasDigit || (prefixed && digits.length() == 0 && at - 1 == i)) || at >= s.length()) {
                    return null;
                }
                lastWasDigit = false;
                continue;
            }
            int digit = Ascii.hexDigit(c);
            if (digit < 0 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                digit = Character.digit(c, 10); // Python reads every Unicode decimal digit as its ASCII one
            }
            if (digit < 0) {
                return null;
            }
            digits.append(Character.forDigit(digit, 16));
            lastWasDigit = true;
        }
        if (digits.length() == 0 || !lastWasDigit) {
            return null;
        }
        return new BigInteger(digits.toString(), 16);
    }

    /** Python's {@code str.strip()}: white space by Python's {@code str.isspace}. */
    private static String stripPythonSpace(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isPythonSpace(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
        }
        while (to > from && isPythonSpace(text.codePointBefore(to))) {
            to -= Character.charCount(text.codePointBefore(to));
        }
        return text.substring(from, to);
    }

    /** Python's {@code isspace}: bidirectional type WS, B or S, or category Zs. */
    private static boolean isPythonSpace(int c) {
        byte direction = Character.getDirectionality(c);
        return Character.getType(c) == Character.SPACE_SEPARATOR
                || direction == Character.DIRECTIONALITY_WHITESPACE
                || direction == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
                || direction == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }

    private static IllegalArgumentException refused(String text, String reason) {
        return new IllegalArgumentException("is '" + Echo.of(text) + "', which is not a UUID: " + reason
                + " (Python's uuid.UUID accepts 32 hexadecimal digits, optionally with hyphens, braces or a urn:uuid: "
                + "prefix)");
    }
}
