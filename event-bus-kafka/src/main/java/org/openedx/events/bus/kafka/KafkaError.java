package org.openedx.events.bus.kafka;

import org.openedx.events.CodedMessage;

/**
 * The message catalog of the Kafka event bus ({@code OXE72xx}). The rules every catalog follows are those of
 * {@link CodedMessage}.
 */
public enum KafkaError implements CodedMessage {

    /** A required Kafka setting is missing. Args: key, example. */
    @Message(code = "OXE7203", value = "Setting '%s' is required for the Kafka event bus, e.g. %s")
    SETTING_MISSING,
    /** The schema registry refused or failed a request. Args: registry URL, what was asked, problem. */
    @Message(code = "OXE7201", value = "Schema registry %s could not %s: %s")
    REGISTRY_FAILED,
    /** An event_key_field does not lead to a key the bus can carry. Args: field, event type, problem. */
    @Message(
            code = "OXE7202",
            value = "event_key_field '%s' of %s cannot be the Kafka message key: %s; it must name "
                    + "a required field of a primitive type (a string, key, UUID, date-time, integer, boolean or number), "
                    + "e.g. user.pii.username")
    KEY_FIELD_INVALID;
}
