package org.openedx.events.wire;

import org.openedx.events.CodedMessage;

/**
 * The message catalog of the wire formats ({@code OXE6xxx}): {@code OXE60xx} Avro (schemas, encoding, decoding, the
 * schema command), {@code OXE61xx} CloudEvents JSON. The rules every catalog follows are those of
 * {@link CodedMessage}.
 */
public enum WireError implements CodedMessage {

    /** The event cannot travel on the event bus. Args: event type. */
    WIRE_UNSERIALIZABLE_EVENT("OXE6001", "Open edX event %s cannot be serialized for the event bus: upstream lists "
            + "it in KNOWN_UNSERIALIZABLE_SIGNALS and publishes no Avro schema for it; only the other events have one"),
    /** A payload type has no Avro form under upstream's rules. Args: event type, path, Java type, reason. */
    AVRO_UNSUPPORTED_TYPE("OXE6002", "Cannot generate the Avro schema of event %s: '%s' has type %s, which %s"),
    /** A payload could not be encoded. Args: event type, path, problem. */
    AVRO_ENCODE_FAILED("OXE6003", "Cannot encode event %s as Avro: '%s' %s"),
    /** Avro bytes could not be decoded. Args: event type, path, problem. */
    AVRO_DECODE_FAILED("OXE6004", "Cannot decode event %s from Avro: '%s' %s"),
    /** The schema command found an existing file. Args: event type, file. */
    AVRO_SCHEMA_FILE_EXISTS("OXE6005", "Not overwriting the existing schema of %s at %s: stored schemas should stay "
            + "unchanged (upstream asks first); pass --force to overwrite"),
    /** The schema command was called wrongly. Args: problem. */
    AVRO_SCHEMA_COMMAND_USAGE("OXE6006", "%s. Usage: GenerateAvroSchemas <output directory> (--all | <event type>...) "
            + "[--force]"),

    /** A CloudEvent JSON text could not be read. Args: JSON path, problem. */
    CLOUDEVENT_READ_FAILED("OXE6101", "Cannot read CloudEvent JSON: '%s' %s"),
    /** A CloudEvent names an event type nobody defined. Args: type, closest known types. */
    CLOUDEVENT_UNKNOWN_TYPE("OXE6102", "Cannot read CloudEvent JSON: 'type' is '%s', which is not a known Open edX "
            + "event type. Closest known types: %s"),
    /** An event could not be written as CloudEvent JSON. Args: event type, JSON path, problem. */
    CLOUDEVENT_WRITE_FAILED("OXE6103", "Cannot write event %s as CloudEvent JSON: '%s' %s");

    private final String code;
    private final String template;

    WireError(String code, String template) {
        this.code = code;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String template() {
        return template;
    }
}
