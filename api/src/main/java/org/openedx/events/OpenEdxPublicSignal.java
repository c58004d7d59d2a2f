package org.openedx.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The definition of one Open edX event: its type, the key and class of its payload, and its versions
 * (upstream's {@code OpenEdxPublicSignal}).
 *
 * <p>Definitions are immutable constants, declared by the catalog classes of each subdomain (for example
 * {@code LearningSignals.COURSE_ENROLLMENT_CREATED}) and by applications through the
 * {@link org.openedx.events.spi.SignalCatalog} service. Per-application state such as "enabled" or "allow send
 * failure" is not kept here but in the container, behind {@link OpenEdxEvents}.
 *
 * <p>The registry of all known signals belongs to the calling application: {@link #allEvents()} lists, in
 * definition order, the built-in catalog and the catalogs that the thread context class loader sees, and
 * {@link #getSignalByType(String)} finds one by type. When several applications share one api jar (a server module
 * or shared library), each sees its own catalogs and never another's.
 *
 * @param <T> the payload type
 */
public final class OpenEdxPublicSignal<T> {

    private static final Pattern DATA_KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private final String eventType;
    private final String dataKey;
    private final Class<T> dataType;
    private final int minorVersion;
    private final String eventKeyField;

    private OpenEdxPublicSignal(
            String eventType, String dataKey, Class<T> dataType, int minorVersion, String eventKeyField) {
        this.eventType = eventType;
        this.dataKey = dataKey;
        this.dataType = dataType;
        this.minorVersion = minorVersion;
        this.eventKeyField = eventKeyField;
    }

    /**
     * Defines a signal with minor version 0 and no event key field.
     *
     * @param eventType the event type, e.g. {@code org.openedx.learning.course.enrollment.created.v1}
     * @param dataKey the name of the payload argument, e.g. {@code enrollment}
     * @param dataType the payload class
     * @param <T> the payload type
     * @return the definition
     * @throws SignalDefinitionException if a part is missing or the data key is not a lower-case identifier
     */
    public static <T> OpenEdxPublicSignal<T> of(String eventType, String dataKey, Class<T> dataType) {
        if (eventType == null || eventType.isBlank()) {
            throw new SignalDefinitionException("", OpenEdxError.SIGNAL_MISSING_PART, "event_type");
        }
        if (dataKey == null || dataKey.isBlank()) {
            throw new SignalDefinitionException(eventType, OpenEdxError.SIGNAL_MISSING_PART, "data");
        }
        if (!DATA_KEY.matcher(dataKey).matches()) {
            throw new SignalDefinitionException(eventType, OpenEdxError.SIGNAL_BAD_DATA_KEY, dataKey);
        }
        if (dataType == null) {
            throw new SignalDefinitionException(eventType, OpenEdxError.SIGNAL_MISSING_PART, "data type");
        }
        return new OpenEdxPublicSignal<>(eventType, dataKey, dataType, 0, null);
    }

    /**
     * The same definition with an event key field: the dot path, starting at the data key, of the value the event
     * bus uses as message key (e.g. {@code enrollment.course.course_key}).
     *
     * @param eventKeyField the dot path
     * @return a new definition
     */
    public OpenEdxPublicSignal<T> withEventKeyField(String eventKeyField) {
        return new OpenEdxPublicSignal<>(
                eventType, dataKey, dataType, minorVersion, Objects.requireNonNull(eventKeyField, "eventKeyField"));
    }

    /**
     * The same definition with a minor version (a backwards-compatible revision of the payload).
     *
     * @param minorVersion 0 or more
     * @return a new definition
     * @throws SignalDefinitionException if the version is negative
     */
    public OpenEdxPublicSignal<T> withMinorVersion(int minorVersion) {
        if (minorVersion < 0) {
            throw new SignalDefinitionException(eventType, OpenEdxError.SIGNAL_BAD_MINOR_VERSION, minorVersion);
        }
        return new OpenEdxPublicSignal<>(eventType, dataKey, dataType, minorVersion, eventKeyField);
    }

    /** {@return the event type, e.g. {@code org.openedx.learning.course.enrollment.created.v1}} */
    public String eventType() {
        return eventType;
    }

    /** {@return the minor version, 0 for every upstream event} */
    public int minorVersion() {
        return minorVersion;
    }

    /** {@return the upstream name of the payload argument, e.g. {@code enrollment}; also the wire name of the payload} */
    public String dataKey() {
        return dataKey;
    }

    /** {@return the payload class} */
    public Class<T> dataType() {
        return dataType;
    }

    /** {@return the dot path of the event-bus message key, when the definition names one} */
    public Optional<String> eventKeyField() {
        return Optional.ofNullable(eventKeyField);
    }

    /**
     * Casts a payload to this signal's type.
     *
     * @param data a payload
     * @return the same payload, typed
     * @throws ClassCastException if it is not an instance of {@link #dataType()}
     */
    public T cast(Object data) {
        return dataType.cast(data);
    }

    /**
     * All known signals, in definition order: the built-in catalog (upstream 11.2.0), then the signals of every
     * {@link org.openedx.events.spi.SignalCatalog} service that {@link java.util.ServiceLoader} finds through the
     * calling thread's context class loader (the api's own class loader when there is none).
     *
     * @return an unmodifiable list
     * @throws SignalDefinitionException if a catalog defines an invalid or duplicate signal
     */
    public static List<OpenEdxPublicSignal<?>> allEvents() {
        return SignalRegistry.get().all();
    }

    /**
     * Finds a signal by its event type.
     *
     * @param eventType the event type
     * @return the signal
     * @throws UnknownEventTypeException naming the type and the closest known types when none matches
     */
    public static OpenEdxPublicSignal<?> getSignalByType(String eventType) {
        return findSignalByType(eventType)
                .orElseThrow(() -> new UnknownEventTypeException(eventType, closestEventTypes(eventType)));
    }

    /**
     * Finds a signal by its event type, without throwing.
     *
     * @param eventType the event type
     * @return the signal, or empty
     */
    public static Optional<OpenEdxPublicSignal<?>> findSignalByType(String eventType) {
        return Optional.ofNullable(SignalRegistry.get().byType(eventType));
    }

    /**
     * The three known event types closest to a string (by edit distance), best first; useful in error messages.
     * A string longer than 128 characters is no typo of a known type and gets none, so that a hostile input costs
     * no more than a typo.
     *
     * @param eventType any string, or null (none)
     * @return up to three known types
     */
    public static List<String> closestEventTypes(String eventType) {
        return SignalRegistry.get().closest(eventType, 3);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpenEdxPublicSignal<?> that
                && eventType.equals(that.eventType)
                && dataKey.equals(that.dataKey)
                && dataType.equals(that.dataType)
                && minorVersion == that.minorVersion
                && Objects.equals(eventKeyField, that.eventKeyField);
    }

    @Override
    public int hashCode() {
        return eventType.hashCode();
    }

    /** As upstream: {@code <OpenEdxPublicSignal: event.type>}. */
    @Override
    public String toString() {
        return "<OpenEdxPublicSignal: " + eventType + ">";
    }
}
