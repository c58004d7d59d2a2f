package org.openedx.events;

import java.util.List;

import org.openedx.events.support.Echo;

/**
 * No signal with the requested event type is registered (upstream raises {@code KeyError}).
 *
 * <p>The message names the unknown type and the closest known types, which usually reveals the typo.
 */
public class UnknownEventTypeException extends OpenEdxEventException {

    private static final long serialVersionUID = 1L;

    /** @serial the unknown event type */
    private final String eventType;
    /** @serial the closest known event types */
    private final List<String> closestTypes;

    /**
     * Creates the exception.
     *
     * @param eventType the unknown type
     * @param closestTypes the closest known types, best first
     */
    public UnknownEventTypeException(String eventType, List<String> closestTypes) {
        super(OpenEdxError.UNKNOWN_EVENT_TYPE, Echo.of(eventType), closestTypes);
        this.eventType = eventType;
        this.closestTypes = List.copyOf(closestTypes);
    }

    /** {@return the type that was looked up} */
    public String eventType() {
        return eventType;
    }

    /** {@return the closest known types, best first} */
    public List<String> closestTypes() {
        return closestTypes;
    }
}
