package org.openedx.events.bus;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.support.Echo;
import org.openedx.events.support.IsoDateTimes;
import org.openedx.events.support.PythonUuids;
import org.openedx.events.support.WireText;

/**
 * The strict reading of the metadata that travels as text next to an event on a bus (Redis stream fields, Kafka
 * headers), shared by the back ends. Each method throws an {@link IllegalArgumentException} that names the field,
 * repeats at most 200 characters of what it held and says what is allowed.
 */
public final class MetadataFields {

    private MetadataFields() {}

    /**
     * The signal an event type names.
     *
     * @param field the field or header holding the type, for the message
     * @param type the type
     * @return the signal
     * @throws IllegalArgumentException when no signal has that type (with the closest known ones)
     */
    public static OpenEdxPublicSignal<?> signal(String field, String type) {
        return OpenEdxPublicSignal.findSignalByType(type)
                .orElseThrow(() -> new IllegalArgumentException("'" + field + "' is '" + Echo.of(type)
                        + "', which is not a known Open edX event type. Closest known types: "
                        + OpenEdxPublicSignal.closestEventTypes(type)));
    }

    /**
     * An event id, read as Python's {@code uuid.UUID(text)} reads it.
     *
     * @param field the field name, for the message
     * @param text the text
     * @return the id
     */
    public static UUID id(String field, String text) {
        return read(field, text, PythonUuids::parse);
    }

    /**
     * A time with an offset, read as Python's {@code datetime.fromisoformat} reads it.
     *
     * @param field the field name, for the message
     * @param text the text
     * @return the time
     */
    public static OffsetDateTime time(String field, String text) {
        return read(field, text, IsoDateTimes::parseOffset);
    }

    /**
     * A minor version: a non-negative {@code int} in decimal digits.
     *
     * @param field the field name, for the message
     * @param text the text
     * @return the minor version
     */
    public static int minorVersion(String field, String text) {
        return read(field, text, WireText::nonNegativeInt);
    }

    /**
     * A library version in the dotted form the buses carry, e.g. {@code 11.2.0}.
     *
     * @param field the field name, for the message
     * @param text the text
     * @return the version parts
     */
    public static List<Integer> sourceLib(String field, String text) {
        List<Integer> parts = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            try {
                parts.add(WireText.nonNegativeInt(part));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "'" + field + "' is '" + Echo.of(text) + "', which is not a dotted "
                                + "version of non-negative integers such as 11.2.0",
                        e);
            }
        }
        return parts;
    }

    /**
     * A field's bytes as UTF-8 text.
     *
     * @param field the field name, for the message
     * @param bytes the bytes
     * @return the text
     */
    public static String text(String field, byte[] bytes) {
        try {
            return WireText.utf8(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "' " + e.getMessage(), e);
        }
    }

    private static <T> T read(String field, String text, Function<String, T> reader) {
        try {
            return reader.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + field + "' " + e.getMessage(), e);
        }
    }
}
