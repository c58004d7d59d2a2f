package org.openedx.events.wire.cloudevents;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

/**
 * A payload for a test signal (public: JSON-B binds public types only).
 *
 * @param value a number
 * @param names required names
 * @param counts optional counts
 */
public record Ratio(double value, @NotNull List<String> names, Map<String, Long> counts) {}
