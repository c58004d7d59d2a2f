package org.openedx.events;

/**
 * A signal definition is invalid (upstream's {@code InstantiationError}): a missing event type, data key or data
 * type, an event type that breaks the naming convention, or a type defined twice.
 *
 * <p>The message has upstream's form {@code InstantiationError {event_type}: {message}}.
 */
public class SignalDefinitionException extends OpenEdxEventException {

    private static final long serialVersionUID = 1L;

    /** @serial the event type of the offending signal, or empty */
    private final String eventType;

    /**
     * Creates the exception.
     *
     * @param eventType the event type of the bad definition, or an empty string when it has none
     * @param error the catalog entry describing the problem
     * @param args the entry's template arguments
     */
    public SignalDefinitionException(String eventType, CodedMessage error, Object... args) {
        super(error, "InstantiationError " + (eventType == null ? "" : eventType) + ": " + error.text(args), null);
        this.eventType = eventType == null ? "" : eventType;
    }

    /** {@return the event type of the bad definition, or an empty string} */
    public String eventType() {
        return eventType;
    }
}
