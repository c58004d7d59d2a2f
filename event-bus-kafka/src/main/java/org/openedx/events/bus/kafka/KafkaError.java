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
    KEY_FIELD_INVALID,
    /** A record cannot be turned into an event. Args: topic, partition, offset, problem. */
    @Message(code = "OXE7204", value = "Record %s-%d@%d is unusable and goes to the dead-letter topic: %s")
    RECORD_UNUSABLE,
    /** Observers failed for a record, which is retried (a warning). Args: record, type, id, attempt, max, delay, problem. */
    @Message(
            code = "OXE7205",
            value = "Processing record %s (event %s, id %s) failed on attempt %d of %d; retrying in " + "%d ms: %s")
    ATTEMPT_FAILED,
    /** A record was copied to the dead-letter topic. Args: record, dead-letter topic, attempts, reason. */
    @Message(code = "OXE7206", value = "Moved record %s to the dead-letter topic '%s' after %d attempt(s): %s")
    DEAD_LETTERED,
    /** Kafka failed while consuming; the consumer goes on. Args: topic, group, delay, problem. */
    @Message(code = "OXE7207", value = "Kafka error while consuming '%s' as group '%s'; retrying in %d ms: %s")
    CONSUMER_ERROR,
    /** A consumer option is invalid. Args: option, value, allowed. */
    @Message(code = "OXE7208", value = "Kafka consumer option '%s' has the invalid value '%s'; allowed: %s")
    CONSUMER_OPTION_INVALID,
    /** The command-line consumer was called wrongly. Args: problem. */
    @Message(code = "OXE7209", value = "%s. Usage: ConsumeEvents -t <topic> -g <group> [--extra '<JSON object>']")
    COMMAND_USAGE,
    /** Too many records in a row went to the dead-letter topic; the consumer stops. Args: topic, group, count. */
    @Message(
            code = "OXE7210",
            value = "Stopping the Kafka consumer of '%s' (group '%s'): %d records in a row went to "
                    + "the dead-letter topic, the consecutive_errors_limit (EVENT_BUS_KAFKA_CONSUMER_CONSECUTIVE_ERRORS_LIMIT); "
                    + "fix the cause and restart it")
    CONSECUTIVE_ERRORS,
    /** The Kafka client refused the configuration the settings make. Args: which client, problem. */
    @Message(
            code = "OXE7211",
            value = "The Kafka %s refused its configuration (made from the EVENT_BUS_KAFKA_* settings and "
                    + "openedx.events.kafka.client-properties): %s")
    CLIENT_CONFIG_INVALID;
}
