package org.openedx.events.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;

/**
 * Switches Open edX events on and off for tests (upstream's {@code EventsIsolationMixin}), for any test framework.
 *
 * <p>{@link EnableOpenEdxEvents} uses it around each JUnit 5 test method; other frameworks can call
 * {@link #startEventsIsolation} and {@link #endEventsIsolation} from their own set-up and tear-down:
 * <pre>{@code
 * OpenEdxEventsIsolation.startEventsIsolation(events, LearningEvents.COURSE_ENROLLMENT_CREATED);
 * try { ... } finally { OpenEdxEventsIsolation.endEventsIsolation(events); }
 * }</pre>
 */
public final class OpenEdxEventsIsolation {

    /** Upstream's text for an unknown event type; the arguments are the type and the closest known types. */
    public static final String UNKNOWN_TYPE_MESSAGE = "You tried to enable event '%s', but I don't recognize that "
            + "signal type. Did you mean one of these?: %s";

    private OpenEdxEventsIsolation() {}

    /**
     * Finds the signals of event types.
     *
     * @param eventTypes event types
     * @return their signals, in the same order
     * @throws IllegalArgumentException with upstream's message, naming the closest known types, for an unknown type
     */
    public static List<OpenEdxPublicSignal<?>> signals(String... eventTypes) {
        List<OpenEdxPublicSignal<?>> signals = new ArrayList<>(eventTypes.length);
        for (String eventType : eventTypes) {
            Optional<OpenEdxPublicSignal<?>> signal = OpenEdxPublicSignal.findSignalByType(eventType);
            if (signal.isEmpty()) {
                throw new IllegalArgumentException(String.format(
                        UNKNOWN_TYPE_MESSAGE, eventType, pythonList(OpenEdxPublicSignal.closestEventTypes(eventType))));
            }
            signals.add(signal.get());
        }
        return signals;
    }

    /**
     * Disables every known signal.
     *
     * @param events the sender
     */
    public static void disableAllEvents(OpenEdxEvents events) {
        OpenEdxPublicSignal.allEvents().forEach(events::disable);
    }

    /**
     * Enables every known signal.
     *
     * @param events the sender
     */
    public static void enableAllEvents(OpenEdxEvents events) {
        OpenEdxPublicSignal.allEvents().forEach(events::enable);
    }

    /**
     * Enables the signals of event types.
     *
     * @param events the sender
     * @param eventTypes event types
     * @throws IllegalArgumentException for an unknown type, before any signal is touched
     */
    public static void enableEventsByType(OpenEdxEvents events, String... eventTypes) {
        signals(eventTypes).forEach(events::enable);
    }

    /**
     * Makes sends of the signals of event types non-robust.
     *
     * @param events the sender
     * @param eventTypes event types
     * @throws IllegalArgumentException for an unknown type, before any signal is touched
     */
    public static void allowSendEventsFailure(OpenEdxEvents events, String... eventTypes) {
        signals(eventTypes).forEach(events::allowSendEventFailure);
    }

    /**
     * Disables every signal except those of the given types, and makes sends of those non-robust.
     *
     * @param events the sender
     * @param eventTypes the event types to keep enabled
     * @throws IllegalArgumentException for an unknown type, before any signal is touched
     */
    public static void startEventsIsolation(OpenEdxEvents events, String... eventTypes) {
        Objects.requireNonNull(events, "events");
        List<OpenEdxPublicSignal<?>> enabled = signals(eventTypes);
        disableAllEvents(events);
        for (OpenEdxPublicSignal<?> signal : enabled) {
            events.enable(signal);
            events.allowSendEventFailure(signal);
        }
    }

    /**
     * Enables every signal and makes every send robust again: the state of an application that never used
     * isolation.
     *
     * @param events the sender
     */
    public static void endEventsIsolation(OpenEdxEvents events) {
        for (OpenEdxPublicSignal<?> signal : OpenEdxPublicSignal.allEvents()) {
            events.enable(signal);
            events.resetSendEventFailure(signal);
        }
    }

    /** As Python prints a list of strings: {@code ['a', 'b']}. */
    private static String pythonList(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (String item : items) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append('\'').append(item).append('\'');
        }
        return out.append(']').toString();
    }
}
