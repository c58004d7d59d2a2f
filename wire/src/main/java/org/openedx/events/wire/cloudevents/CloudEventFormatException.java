package org.openedx.events.wire.cloudevents;

import org.openedx.events.CodedMessage;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.support.Echo;
import org.openedx.events.wire.WireError;

/**
 * An event could not be written as, or read from, CloudEvents JSON. The message names the JSON path of the
 * offending value (e.g. {@code data.enrollment.course.course_key}, or {@code $} for the whole document) and the
 * problem; the path is also available as {@link #path()}.
 *
 * <p>Codes: {@code OXE6101} (reading), {@code OXE6102} (unknown event type), {@code OXE6103} (writing).
 */
public class CloudEventFormatException extends OpenEdxEventException {

    private static final long serialVersionUID = 1L;

    /** @serial the JSON path of the offending value */
    private final String path;

    /**
     * Creates an exception.
     *
     * @param error the catalog entry
     * @param path the JSON path of the offending value
     * @param message the full message
     * @param cause the cause, or {@code null}
     */
    protected CloudEventFormatException(CodedMessage error, String path, String message, Throwable cause) {
        super(error, message, cause);
        this.path = path;
    }

    static CloudEventFormatException read(String path, String problem, Throwable cause) {
        return new CloudEventFormatException(
                WireError.CLOUDEVENT_READ_FAILED, path, WireError.CLOUDEVENT_READ_FAILED.format(path, problem), cause);
    }

    static CloudEventFormatException write(String eventType, String path, String problem, Throwable cause) {
        return new CloudEventFormatException(
                WireError.CLOUDEVENT_WRITE_FAILED,
                path,
                WireError.CLOUDEVENT_WRITE_FAILED.format(eventType, path, problem),
                cause);
    }

    static CloudEventFormatException unknownType(String type, Object closest) {
        return new CloudEventFormatException(
                WireError.CLOUDEVENT_UNKNOWN_TYPE,
                "type",
                WireError.CLOUDEVENT_UNKNOWN_TYPE.format(Echo.of(type), closest),
                null);
    }

    /** {@return the JSON path of the offending value, e.g. {@code data.enrollment.course.course_key}} */
    public String path() {
        return path;
    }
}
