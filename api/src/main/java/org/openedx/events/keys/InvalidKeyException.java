package org.openedx.events.keys;

import org.openedx.events.OpenEdxError;
import org.openedx.events.support.Echo;

/**
 * A string could not be parsed as an Open edX opaque key (upstream's {@code InvalidKeyError}).
 *
 * <p>The message names the key type, the rejected input, what was wrong and the form that was expected, for
 * example {@code OXE3001: Invalid CourseKey 'edX+DemoX': no namespace (text before ':'). Expected
 * course-v1:{org}+{course}+{run}}. It is an {@link IllegalArgumentException}, so it also fits code that treats
 * bad arguments generically.
 */
public class InvalidKeyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @serial the key type that failed to parse */
    private final String keyType;
    /** @serial the rejected input */
    private final String input;
    /** @serial the form the key type accepts */
    private final String expectedForm;

    /**
     * Creates the exception.
     *
     * @param keyType the simple name of the key type, e.g. {@code CourseKey}
     * @param input the rejected input (may be {@code null})
     * @param reason what was wrong with it
     * @param expectedForm the form that was expected
     */
    public InvalidKeyException(String keyType, String input, String reason, String expectedForm) {
        super(OpenEdxError.INVALID_KEY.format(keyType, Echo.of(input), reason, expectedForm));
        this.keyType = keyType;
        this.input = input;
        this.expectedForm = expectedForm;
    }

    /** {@return the simple name of the key type that was being parsed, e.g. {@code CourseKey}} */
    public String keyType() {
        return keyType;
    }

    /** {@return the rejected input, possibly {@code null}} */
    public String input() {
        return input;
    }

    /** {@return a description of the accepted form(s)} */
    public String expectedForm() {
        return expectedForm;
    }

    /** {@return the stable code, {@code OXE3001}} */
    public String code() {
        return OpenEdxError.INVALID_KEY.code();
    }
}
