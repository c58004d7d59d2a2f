package org.openedx.events;

/**
 * The root of the exceptions this library throws for Open edX event problems (upstream's
 * {@code OpenEdxEventException}).
 *
 * <p>Every instance carries the {@link CodedMessage} (catalog entry) it was built from, so callers can branch on
 * {@link #error()} rather than on message text.
 */
public class OpenEdxEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CodedMessage error;

    /**
     * Creates an exception.
     *
     * @param error the catalog entry
     * @param message the full message
     * @param cause the cause, or {@code null}
     */
    protected OpenEdxEventException(CodedMessage error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    /**
     * Creates an exception whose message is the catalog entry's coded text.
     *
     * @param error the catalog entry
     * @param args the template arguments
     */
    public OpenEdxEventException(CodedMessage error, Object... args) {
        this(error, error.format(args), null);
    }

    /** {@return the catalog entry this exception was built from} */
    public CodedMessage error() {
        return error;
    }

    /** {@return the stable code of {@link #error()}, e.g. {@code OXE2002}} */
    public String code() {
        return error.code();
    }
}
