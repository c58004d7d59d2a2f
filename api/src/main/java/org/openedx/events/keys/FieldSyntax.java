package org.openedx.events.keys;

import java.util.regex.Pattern;

/**
 * The character rules for the individual parts of keys, shared by all parsers and factories.
 *
 * <p>Upstream writes these as Python regular expressions built on {@code \w}. For {@code str} patterns Python's
 * {@code \w} is Unicode-aware and means "{@code str.isalnum()} or underscore", that is every Unicode letter
 * (categories L*), every Unicode number (N*) and {@code _}. Java's {@code \w} is ASCII-only by default, and even
 * with {@code UNICODE_CHARACTER_CLASS} it differs from Python's (it adds combining marks and all connector
 * punctuation, and leaves out most non-decimal numbers), so {@link #WORD} spells Python's set out explicitly.
 *
 * <p>Every rule is applied with {@link java.util.regex.Matcher#matches()}, which must consume the whole value.
 * That is Python's {@code \A...\Z}, not its {@code ^...$}: a trailing newline is never accepted.
 */
enum FieldSyntax {

    /** Upstream {@code ALLOWED_ID_CHARS}: org, course, run, branch, block type and block id of locators. */
    ID("[" + FieldSyntax.WORD + "\\-~.:]+", "may only contain letters, digits, '_', '-', '~', '.' and ':'"),

    /**
     * Upstream {@code DEPRECATED_ALLOWED_ID_CHARS} (equal to {@code BLOCK_ALLOWED_ID_CHARS}): block type, name
     * and revision of {@code i4x://} keys, and the {@code block@} part of course locators.
     */
    DEPRECATED_ID(
            "[" + FieldSyntax.WORD + "\\-~.:%]+", "may only contain letters, digits, '_', '-', '~', '.', ':' and '%'"),

    /** The complement of upstream {@code INVALID_CHARS_DEPRECATED}: org, course and run of deprecated keys. */
    DEPRECATED_PART("[" + FieldSyntax.WORD + ".%\\-]+", "may only contain letters, digits, '_', '-', '.' and '%'"),

    /** Upstream's default {@code _check_key_string_field} rule: library org, block type, container type. */
    ASCII_TOKEN("[a-zA-Z0-9_\\-.]+", "may only contain ASCII letters and digits, '_', '-' and '.'"),

    /** Upstream's Unicode slug rule: library slug, usage id, collection id, container id. */
    UNICODE_TOKEN("[" + FieldSyntax.WORD + "\\-.]+", "may only contain letters, digits, '_', '-' and '.'"),

    /** Python's Unicode {@code \d}: the number of a CCX. */
    CCX_ID("\\p{Nd}+", "may only contain decimal digits"),

    /** A bson {@code ObjectId} as written in keys: a course or library version. */
    VERSION_GUID("[0-9a-f]{24}", "must be exactly 24 lowercase hexadecimal digits");

    /** Python's Unicode {@code \w} as the body of a character class: letters, numbers and underscore. */
    static final String WORD = "\\p{L}\\p{N}_";

    private final Pattern pattern;
    private final String rule;

    /**
     * @param regex the allowed values
     * @param rule the same in words, completing a sentence that starts with the field's name and value
     */
    FieldSyntax(String regex, String rule) {
        this.pattern = Pattern.compile(regex);
        this.rule = rule;
    }

    /** The regular expression for one whole value, to build larger patterns from. */
    String regex() {
        return pattern.pattern();
    }

    /** Whether {@code value} is non-null and consists only of allowed characters (at least one). */
    boolean matches(String value) {
        return value != null && pattern.matcher(value).matches();
    }

    /**
     * Returns {@code value} if it {@linkplain #matches matches}; otherwise rejects it, naming the field.
     *
     * @param field the field's name as shown to users, e.g. {@code org}
     * @throws KeySyntax.Rejection if the value is missing, empty or has other characters
     */
    String require(String field, String value) {
        if (value == null) {
            throw KeySyntax.reject(field + " is missing");
        }
        if (value.isEmpty()) {
            throw KeySyntax.reject(field + " is empty");
        }
        if (!matches(value)) {
            throw KeySyntax.reject(field + " '" + value + "' " + rule);
        }
        return value;
    }

    /** Like {@link #require} but passes {@code null} through: for optional parts such as a branch. */
    String requireIfPresent(String field, String value) {
        return value == null ? null : require(field, value);
    }
}
