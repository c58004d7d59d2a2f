package org.openedx.events.wire;

import org.openedx.events.CodedMessage;
import org.openedx.events.CodedMessage.Message;

/**
 * The message catalog of the wire formats ({@code OXE6xxx}): {@code OXE60xx} Avro (schemas, encoding, decoding, the
 * schema command), {@code OXE61xx} CloudEvents JSON. The rules every catalog follows are those of
 * {@link CodedMessage}.
 */
public enum WireError implements CodedMessage {

    /** The event cannot travel on the event bus. Args: event type. */
    @Message(
            code = "OXE6001",
            value =
                    "Open edX event %s cannot be serialized for the event bus: upstream lists "
                            + "it in KNOWN_UNSERIALIZABLE_SIGNALS and publishes no Avro schema for it; only the other events have one")
    WIRE_UNSERIALIZABLE_EVENT,
    /** A payload type has no Avro form under upstream's rules. Args: event type, path, Java type, reason. */
    @Message(code = "OXE6002", value = "Cannot generate the Avro schema of event %s: '%s' has type %s, which %s")
    AVRO_UNSUPPORTED_TYPE,
    /** A payload could not be encoded. Args: event type, path, problem. */
    @Message(code = "OXE6003", value = "Cannot encode event %s as Avro: '%s' %s")
    AVRO_ENCODE_FAILED,
    /** Avro bytes could not be decoded. Args: event type, path, problem. */
    @Message(code = "OXE6004", value = "Cannot decode event %s from Avro: '%s' %s")
    AVRO_DECODE_FAILED,
    /** The schema command found an existing file. Args: event type, file. */
    @Message(
            code = "OXE6005",
            value = "Not overwriting the existing schema of %s at %s: stored schemas should stay "
                    + "unchanged (upstream asks first); pass --force to overwrite")
    AVRO_SCHEMA_FILE_EXISTS,
    /** The schema command was called wrongly. Args: problem. */
    @Message(
            code = "OXE6006",
            value = "%s. Usage: GenerateAvroSchemas <output directory> (--all | <event type>...) " + "[--force]")
    AVRO_SCHEMA_COMMAND_USAGE,

    /** A CloudEvent JSON text could not be read. Args: JSON path, problem. */
    @Message(code = "OXE6101", value = "Cannot read CloudEvent JSON: '%s' %s")
    CLOUDEVENT_READ_FAILED,
    /** A CloudEvent names an event type nobody defined. Args: type, closest known types. */
    @Message(
            code = "OXE6102",
            value = "Cannot read CloudEvent JSON: 'type' is '%s', which is not a known Open edX "
                    + "event type. Closest known types: %s")
    CLOUDEVENT_UNKNOWN_TYPE,
    /** An event could not be written as CloudEvent JSON. Args: event type, JSON path, problem. */
    @Message(code = "OXE6103", value = "Cannot write event %s as CloudEvent JSON: '%s' %s")
    CLOUDEVENT_WRITE_FAILED,
    /** CloudEvents JSON lacks the JSON-B or JSON-P API or implementation it needs. Args: what is missing. */
    @Message(
            code = "OXE6104",
            value = "CloudEvents JSON needs Jakarta JSON Binding and JSON Processing, each an API and an "
                    + "implementation, but %s. Add an implementation such as org.eclipse:yasson:3.0.4, which brings "
                    + "jakarta.json.bind:jakarta.json.bind-api, jakarta.json:jakarta.json-api and its implementation "
                    + "org.eclipse.parsson:parsson (a Jakarta EE server has them all)")
    CLOUDEVENTS_JSON_UNAVAILABLE;
}
