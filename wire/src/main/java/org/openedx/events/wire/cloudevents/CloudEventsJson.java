package org.openedx.events.wire.cloudevents;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.support.Echo;
import org.openedx.events.wire.WireError;

/**
 * Open edX events as CloudEvents 1.0 in the structured JSON format ({@code application/cloudevents+json}), written
 * and read with JSON-B.
 *
 * <p>A written event looks like this (one line; spaced here):
 *
 * <pre>
 * {"specversion": "1.0",
 *  "id": "8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e",
 *  "type": "org.openedx.learning.course.enrollment.created.v1",
 *  "source": "openedx/lms/web",
 *  "time": "2024-01-02T03:04:05.123456+00:00",
 *  "datacontenttype": "application/json",
 *  "minorversion": 0,
 *  "sourcehost": "lms-1",
 *  "sourcelib": [0, 1, 0],
 *  "data": {"enrollment": {"user": {...}, "course": {"course_key": "course-v1:edX+DemoX+2024", ...}, ...}}}
 * </pre>
 *
 * <ul>
 *   <li>{@code id}, {@code type}, {@code source} and {@code time} are the metadata's, the time as Python's
 *       {@code isoformat()} ({@code +00:00}, microseconds only when non-zero);</li>
 *   <li>{@code minorversion}, {@code sourcehost} and {@code sourcelib} are extension attributes, {@code sourcelib}
 *       in upstream's list form ({@code EventsMetadata.to_json()});</li>
 *   <li>{@code data} is an object with one member, named by the signal's data key, holding the payload with
 *       upstream's snake_case names; opaque keys and UUIDs are strings, date-times are Python {@code isoformat()}
 *       text, {@code byte[]} is base64, optional values are {@code null}.</li>
 * </ul>
 *
 * <p>Reading is strict: the text must be strict JSON (RFC 8259, at most {@link #MAX_LENGTH} characters, nesting at
 * most {@value org.openedx.events.support.Json#MAX_DEPTH} levels, unique member names), and the document must be an
 * object with {@code specversion} "1.0", a known {@code type}, the
 * attributes above (a {@code datacontenttype} other than JSON is refused; {@code minorversion} may also be a string
 * of digits and {@code sourcelib} the dotted form {@code "0.1.0"} that the event-bus headers carry; other extension
 * attributes are ignored), and a {@code data} object whose payload has every required field, no unknown field, and
 * values of the right JSON type that parse (keys, UUIDs, date-times, base64). A date-time without an offset is read
 * as UTC. Every problem is reported as a {@link CloudEventFormatException} naming its JSON path, e.g.
 * {@code data.enrollment.course.course_key}.
 *
 * <p>Instances are thread-safe; each holds one {@link jakarta.json.bind.Jsonb}, so create one and reuse it, and
 * {@link #close()} it when done.
 *
 * <p>It needs Jakarta JSON Binding and JSON Processing, each an API and an implementation: a Jakarta EE server has
 * them; elsewhere add an implementation such as {@code org.eclipse:yasson}, which brings the two APIs and Parsson.
 * Without them the constructor fails with {@code OXE6104} naming what is missing and its Maven coordinates.
 */
public final class CloudEventsJson implements AutoCloseable {

    /** The CloudEvents version written and accepted. */
    public static final String SPEC_VERSION = "1.0";

    /** The content type of {@code data}. */
    public static final String DATA_CONTENT_TYPE = "application/json";

    /** The media type of a whole event in this format. */
    public static final String MEDIA_TYPE = "application/cloudevents+json";

    /**
     * The longest text {@link #read(String)} reads: 1 MiB characters, the size of the largest message a default
     * Kafka broker accepts, and far beyond any real Open edX event.
     */
    public static final int MAX_LENGTH = 1024 * 1024;

    /** A class of each API this format needs, with the artifact that holds it. */
    private static final String[][] APIS = {
        {"jakarta.json.bind.JsonbBuilder", "the JSON-B API (jakarta.json.bind:jakarta.json.bind-api)"},
        {"jakarta.json.spi.JsonProvider", "the JSON-P API (jakarta.json:jakarta.json-api)"}
    };

    private final JsonbCloudEvents json;

    /**
     * Creates a reader and writer with its own {@link jakarta.json.bind.Jsonb} (from the JSON-B provider on the class
     * path).
     *
     * @throws OpenEdxEventException {@code OXE6104} when the JSON-B or JSON-P API, or an implementation of either, is
     *     not on the class path, naming what is missing and the Maven coordinates to add
     */
    public CloudEventsJson() {
        StringBuilder missing = new StringBuilder();
        for (String[] api : APIS) {
            if (!present(api[0])) {
                missing.append(missing.length() == 0 ? "" : " and ").append(api[1]);
            }
        }
        if (missing.length() > 0) {
            throw unavailable(missing + (missing.indexOf(" and ") < 0 ? " is" : " are") + " not on the class path");
        }
        this.json = new JsonbCloudEvents();
    }

    /**
     * Writes an event.
     *
     * @param metadata the metadata, for the signal's event type
     * @param signal the signal
     * @param data the payload
     * @param <T> the payload type
     * @return the CloudEvent as JSON text
     * @throws CloudEventFormatException {@code OXE6103} naming the JSON path when the metadata is for another event
     *     type, the payload is null or of the wrong class, a required field is null, a list or map holds null, a
     *     double is not finite, or a type has no JSON form
     */
    public <T> String write(EventsMetadata metadata, OpenEdxPublicSignal<T> signal, T data) {
        return json.write(metadata, signal, data);
    }

    /**
     * Writes an event.
     *
     * @param event the event
     * @return the CloudEvent as JSON text
     * @throws CloudEventFormatException as {@link #write(EventsMetadata, OpenEdxPublicSignal, Object)}
     */
    public String write(CloudEventMessage<?> event) {
        return json.write(event);
    }

    /**
     * Reads an event of any known type.
     *
     * @param text the CloudEvent as JSON text
     * @return the event, with the signal its {@code type} names
     * @throws CloudEventFormatException {@code OXE6102} for an unknown type; {@code OXE6101} naming the JSON path of
     *     anything else that is wrong
     */
    public CloudEventMessage<?> read(String text) {
        return json.read(text);
    }

    /**
     * Reads an event that must be of one signal's type.
     *
     * @param text the CloudEvent as JSON text
     * @param signal the expected signal
     * @param <T> the payload type
     * @return the event
     * @throws CloudEventFormatException {@code OXE6101} naming the JSON path of what is wrong, including a
     *     {@code type} other than the signal's
     */
    public <T> CloudEventMessage<T> read(String text, OpenEdxPublicSignal<T> signal) {
        return json.read(text, signal);
    }

    /** Closes the {@link jakarta.json.bind.Jsonb}. */
    @Override
    public void close() {
        json.close();
    }

    /** The error of a missing API or implementation ({@code OXE6104}). */
    static OpenEdxEventException unavailable(String problem) {
        return new OpenEdxEventException(WireError.CLOUDEVENTS_JSON_UNAVAILABLE, Echo.of(problem));
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, CloudEventsJson.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
