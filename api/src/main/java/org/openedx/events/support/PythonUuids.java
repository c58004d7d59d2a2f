package org.openedx.events.support;

import java.util.Arrays;
import java.util.UUID;

/**
 * UUIDs read exactly as Python's {@code uuid.UUID(text)} reads them (CPython 3.12, {@code Lib/uuid.py}), so that the
 * JVM accepts the ids an Open edX installation accepts and no others. Not API (see the package description).
 *
 * <p>{@link UUID#fromString} is laxer: it reads {@code 1-1-1-1-1}, and reads an id with a digit missing as another
 * id. This reads what {@code uuid.UUID} reads, and nothing else.
 */
public final class PythonUuids {

    /** Code points of the canonical form {@code 8-4-4-4-12}. */
    private static final int CANONICAL_LENGTH = 36;

    private PythonUuids() {}

    /**
     * Reads a UUID as Python's {@code uuid.UUID(text)} does (its {@code hex} argument), and returns the canonical
     * UUID.
     *
     * <p>Python removes every {@code urn:}, then every {@code uuid:}, strips any number of braces from both ends
     * ({@code strip('{}')}), removes every hyphen, and then needs exactly 32 code points that {@code int(text, 16)}
     * reads: white space around them, an optional {@code +}, an optional {@code 0x} or {@code 0X} prefix (which
     * one underscore may follow), hexadecimal digits with single underscores between them, where the digits 0 to 9
     * may be any Unicode decimal digit; the value must be below 2<sup>128</sup>, which 32 code points always are.
     * The white space {@code int()} skips is ASCII space, tab, line feed, vertical tab, form feed and carriage
     * return, and every non-ASCII character for which Python's {@code str.isspace()} is true (not the ASCII
     * separators U+001C to U+001F, which {@code str.isspace()} counts: {@code int()} refuses them).
     *
     * <p>The canonical 36-character form is read without regular expressions and without allocating beyond the
     * result.
     *
     * @param text the text; {@code null} is refused as missing
     * @return the UUID
     * @throws IllegalArgumentException if Python refuses the text, with a message that can follow the field's name,
     *     e.g. {@code is '1-1-1-1-1', which is not a UUID: badly formed hexadecimal UUID string (...)}, repeating at
     *     most {@value Echo#LIMIT} characters of the text; for {@code null}, {@code is missing; expected a UUID
     *     ...}. Nothing else is thrown.
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
        // Lib/uuid.py, UUID.__init__: hex.replace('urn:', '').replace('uuid:', ''), then strip('{}'), then
        // replace('-', '')
        String hex = text.replace("urn:", "").replace("uuid:", "");
        int from = 0;
        int to = hex.length();
        while (from < to && isBrace(hex.charAt(from))) {
            from++;
        }
        while (to > from && isBrace(hex.charAt(to - 1))) {
            to--;
        }
        hex = hex.substring(from, to).replace("-", "");
        // len(hex) != 32: Python counts code points, not UTF-16 units
        if (hex.codePointCount(0, hex.length()) != 32) {
            throw refused(text, "badly formed hexadecimal UUID string");
        }
        UUID value = pythonHexInt(hex);
        if (value == null) {
            throw refused(text, "badly formed hexadecimal UUID string");
        }
        return value;
    }

    /** The common case, 8-4-4-4-12 ASCII hexadecimal digits, without allocation beyond the UUID; else null. */
    private static UUID canonical(String text) {
        if (text.length() != CANONICAL_LENGTH
                || text.charAt(8) != '-'
                || text.charAt(13) != '-'
                || text.charAt(18) != '-'
                || text.charAt(23) != '-') {
            return null;
        }
        long high = 0;
        long low = 0;
        int digits = 0;
        for (int i = 0; i < CANONICAL_LENGTH; i++) {
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
     * Python's {@code int(text, 16)} for a text of 32 code points, as a UUID, or null where Python raises.
     *
     * <p>CPython's {@code PyLong_FromUnicodeObject} first turns non-ASCII white space into spaces and Unicode
     * decimal digits into ASCII ones ({@code _PyUnicode_TransformDecimalAndSpaceToASCII}), then
     * {@code PyLong_FromString} skips ASCII white space ({@code Py_ISSPACE}), reads a sign, the {@code 0x} prefix
     * and one underscore after it, then digits with single underscores between them (none first, none last), then
     * white space to the end.
     */
    private static UUID pythonHexInt(String text) {
        int end = text.length();
        int i = 0;
        while (i < end && isIntSpace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        while (end > i && isIntSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        if (i < end && text.charAt(i) == '+') {
            i++; // '-' cannot occur: the hyphens are gone
        }
        if (i < end && hexDigit(text.codePointAt(i)) == 0) {
            // the prefix's zero may be any Unicode zero: CPython makes it ASCII before it looks for the prefix
            int x = i + Character.charCount(text.codePointAt(i));
            if (x < end && (text.charAt(x) == 'x' || text.charAt(x) == 'X')) {
                i = x + 1;
                if (i < end && text.charAt(i) == '_') {
                    i++; // "One underscore allowed here."
                }
            }
        }
        long high = 0;
        long low = 0;
        int digits = 0;
        boolean lastWasUnderscore = true; // no underscore first (after the one the prefix allows)
        while (i < end) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '_') {
                if (lastWasUnderscore) {
                    return null;
                }
                lastWasUnderscore = true;
                continue;
            }
            int digit = hexDigit(c);
            if (digit < 0) {
                return null;
            }
            // at most 32 digits: shift the 128-bit value left by one hexadecimal digit
            high = (high << 4) | (low >>> 60);
            low = (low << 4) | digit;
            digits++;
            lastWasUnderscore = false;
        }
        if (digits == 0 || lastWasUnderscore) {
            return null;
        }
        return new UUID(high, low);
    }

    /**
     * The zeros of the non-ASCII decimal digits of Unicode 15.0, the version of CPython 3.12's {@code unicodedata}:
     * each starts a run of ten, zero to nine. A table rather than {@link Character#getType}, which follows the JDK's
     * Unicode version (13 on JDK 17, without Kawi, Tangsa and Nag Mundari; 16 on JDK 25, with digits Python 3.12
     * does not read).
     */
    private static final int[] DECIMAL_ZEROS = {
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
        0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0,
        0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
        0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60,
        0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950, 0x1FBF0
    };

    /** A digit of {@code int(text, 16)}: ASCII hexadecimal, or any Unicode decimal digit (Python's 0 to 9). */
    private static int hexDigit(int c) {
        if (c < 0x80) {
            return Ascii.hexDigit(c);
        }
        // the greatest zero at or below c: c itself when found, else the one before the insertion point
        int found = Arrays.binarySearch(DECIMAL_ZEROS, c);
        int index = found >= 0 ? found : -found - 2;
        if (index < 0) {
            return -1;
        }
        int value = c - DECIMAL_ZEROS[index];
        return value <= 9 ? value : -1;
    }

    /**
     * White space that {@code int()} skips: the ASCII white space of {@code Py_ISSPACE} and, above ASCII, the
     * characters for which Python 3.12's {@code str.isspace()} is true (bidirectional type WS, B or S, or category
     * Zs, in Unicode 15.0).
     */
    private static boolean isIntSpace(int c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        return c == 0x85
                || c == 0xA0
                || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028
                || c == 0x2029
                || c == 0x202F
                || c == 0x205F
                || c == 0x3000;
    }

    private static boolean isBrace(char c) {
        return c == '{' || c == '}';
    }

    private static IllegalArgumentException refused(String text, String reason) {
        return new IllegalArgumentException("is '" + Echo.of(text) + "', which is not a UUID: " + reason
                + " (Python's uuid.UUID accepts 32 hexadecimal digits, optionally with hyphens, braces or a urn:uuid: "
                + "prefix)");
    }
}
