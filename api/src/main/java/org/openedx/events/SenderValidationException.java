package org.openedx.events;

/**
 * A send was refused because its arguments or payload are invalid (upstream's {@code SenderValidationError}).
 *
 * <p>The message has upstream's form {@code SenderValidationError {event_type}: {message}}; when the problem is a
 * payload constraint, {@code message} lists every violation as {@code path: problem}, the path starting at the
 * signal's data key (for example {@code enrollment.user.pii.email}). Nothing was delivered.
 */
public class SenderValidationException extends OpenEdxEventException {

    private static final long serialVersionUID = 1L;

    /** @serial the event type of the rejected send */
    private final String eventType;

    /**
     * Creates the exception.
     *
     * @param eventType the event type that was being sent
     * @param error the catalog entry describing the problem
     * @param args the entry's template arguments
     */
    public SenderValidationException(String eventType, CodedMessage error, Object... args) {
        super(error, "SenderValidationError " + eventType + ": " + error.text(args), null);
        this.eventType = eventType;
    }

    /** {@return the event type that was being sent} */
    public String eventType() {
        return eventType;
    }
}
