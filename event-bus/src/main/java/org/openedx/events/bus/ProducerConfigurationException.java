package org.openedx.events.bus;

import org.openedx.events.CodedMessage;
import org.openedx.events.OpenEdxEventException;

/**
 * The event-bus producer configuration is invalid (upstream's {@code ProducerConfigurationError}).
 *
 * <p>The message has upstream's form {@code ProducerConfigurationError {event_type}: {message}}; with no event
 * type it reads {@code ProducerConfigurationError : {message}}, as upstream's does.
 */
public class ProducerConfigurationException extends OpenEdxEventException {

    private static final long serialVersionUID = 1L;

    /** @serial the event type the configuration entry is for, or empty */
    private final String eventType;

    /**
     * Creates the exception.
     *
     * @param eventType the configured event type at fault, or an empty string
     * @param error the catalog entry describing the problem
     * @param args the entry's template arguments
     */
    public ProducerConfigurationException(String eventType, CodedMessage error, Object... args) {
        super(
                error,
                "ProducerConfigurationError " + (eventType == null ? "" : eventType) + ": " + error.text(args),
                null);
        this.eventType = eventType == null ? "" : eventType;
    }

    /** {@return the configured event type at fault, or an empty string} */
    public String eventType() {
        return eventType;
    }
}
