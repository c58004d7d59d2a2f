package org.openedx.events.support;

/**
 * How much of an input an error message repeats: enough to recognise it, never so much that one hostile input
 * (a 4 MB id, say) becomes a 4 MB message, log line and dead-letter entry. Not API (see the package description).
 */
public final class Echo {

    /** The most characters of an input a message repeats. */
    public static final int LIMIT = 200;

    private Echo() {}

    /**
     * The input, or its first {@value #LIMIT} characters followed by a note that it was cut and how long it was.
     *
     * @param input the input; null reads {@code null}
     * @return e.g. {@code abc}, or {@code abcd… (cut: 4194304 characters in all)}
     */
    public static String of(String input) {
        if (input == null) {
            return "null";
        }
        if (input.length() <= LIMIT) {
            return input;
        }
        int end = LIMIT;
        if (Character.isHighSurrogate(input.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return input.substring(0, end) + "… (cut: " + input.length() + " characters in all)";
    }
}
