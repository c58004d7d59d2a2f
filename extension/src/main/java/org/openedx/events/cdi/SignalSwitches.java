package org.openedx.events.cdi;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openedx.events.OpenEdxPublicSignal;

/**
 * The per-application switches of each signal: enabled (the default) and allow-send-failure (off by default).
 *
 * <p>Only the exceptions to the defaults are stored, so the common case is an empty-set check.
 */
final class SignalSwitches {

    private final Set<String> disabled = ConcurrentHashMap.newKeySet();
    private final Set<String> failureAllowed = ConcurrentHashMap.newKeySet();

    void enable(OpenEdxPublicSignal<?> signal) {
        disabled.remove(signal.eventType());
    }

    void disable(OpenEdxPublicSignal<?> signal) {
        disabled.add(signal.eventType());
    }

    boolean isEnabled(OpenEdxPublicSignal<?> signal) {
        return disabled.isEmpty() || !disabled.contains(signal.eventType());
    }

    void allowFailure(OpenEdxPublicSignal<?> signal) {
        failureAllowed.add(signal.eventType());
    }

    void resetFailure(OpenEdxPublicSignal<?> signal) {
        failureAllowed.remove(signal.eventType());
    }

    boolean isFailureAllowed(OpenEdxPublicSignal<?> signal) {
        return !failureAllowed.isEmpty() && failureAllowed.contains(signal.eventType());
    }
}
