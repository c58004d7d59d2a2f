package org.openedx.events.wire.avro;

import org.openedx.events.CodedMessage;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.wire.WireError;

/**
 * An event could not be given an Avro schema, encoded or decoded. The message names the event type, the path of
 * the offending value below the data key (e.g. {@code enrollment.course.course_key}) and the problem; the same
 * parts are available as {@link #eventType()} and {@link #path()}.
 *
 * <p>Codes: {@code OXE6001} (upstream does not serialize the event), {@code OXE6002} (a payload type has no Avro
 * form), {@code OXE6003} (encoding), {@code OXE6004} (decoding).
 */
public class AvroCodecException extends OpenEdxEventException {

    private static final long serialVersionUID = 1L;

    /** @serial the event type whose payload failed */
    private final String eventType;
    /** @serial the path of the offending value */
    private final String path;

    /**
     * Creates an exception.
     *
     * @param error the catalog entry
     * @param eventType the event type
     * @param path the path of the offending value, or an empty string when the problem is the whole event
     * @param message the full message
     * @param cause the cause, or {@code null}
     */
    protected AvroCodecException(CodedMessage error, String eventType, String path, String message, Throwable cause) {
        super(error, message, cause);
        this.eventType = eventType;
        this.path = path;
    }

    static AvroCodecException unserializable(String eventType) {
        return new AvroCodecException(
                WireError.WIRE_UNSERIALIZABLE_EVENT,
                eventType,
                "",
                WireError.WIRE_UNSERIALIZABLE_EVENT.format(eventType),
                null);
    }

    static AvroCodecException unsupported(
            String eventType, String path, String typeName, String reason, Throwable cause) {
        return new AvroCodecException(
                WireError.AVRO_UNSUPPORTED_TYPE,
                eventType,
                path,
                WireError.AVRO_UNSUPPORTED_TYPE.format(eventType, path, typeName, reason),
                cause);
    }

    static AvroCodecException of(CodedMessage error, String eventType, String path, String problem, Throwable cause) {
        return new AvroCodecException(error, eventType, path, error.format(eventType, path, problem), cause);
    }

    /** {@return the event type whose payload failed} */
    public String eventType() {
        return eventType;
    }

    /** {@return the path of the offending value, starting with the data key, e.g. {@code enrollment.course.course_key}} */
    public String path() {
        return path;
    }
}
