package org.openedx.events.support;

/** ASCII character classes, for the strict readers of this package (which never accept other digits by accident). */
final class Ascii {

    private Ascii() {}

    /**
     * The value of an ASCII hexadecimal digit.
     *
     * @param c a character (or code point)
     * @return 0 to 15, or -1 when it is not one of {@code 0-9a-fA-F}
     */
    static int hexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * Whether a character is an ASCII decimal digit.
     *
     * @param c a character
     * @return true for {@code 0-9}
     */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
