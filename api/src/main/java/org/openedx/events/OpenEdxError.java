package org.openedx.events;

/**
 * The message catalog of the contract and of the CDI extension that implements it, each message with a stable code
 * (see {@link CodedMessage} for the rules every module's catalog follows). Ranges are reserved by concern:
 * <ul>
 *   <li>{@code OXE1xxx} signal definitions and the registry,</li>
 *   <li>{@code OXE2xxx} sending: validation and dispatch,</li>
 *   <li>{@code OXE3xxx} opaque keys,</li>
 *   <li>{@code OXE4xxx} deployment problems found by the CDI extension,</li>
 *   <li>{@code OXE5xxx} settings.</li>
 * </ul>
 * The wire formats ({@code OXE6xxx}, module {@code openedx-events-wire}) and the event-bus modules ({@code OXE7xxx})
 * own their catalogs.
 *
 * <p>Where upstream {@code openedx-events} defines a message text (for example the three send-time validation
 * messages), the template here reproduces it word for word so that logs and tests written against upstream keep
 * matching. Messages are shaped as: the rule that was broken, then the offender, then what is allowed.
 */
public enum OpenEdxError implements CodedMessage {

    // --- OXE1xxx: signal definitions and registry -------------------------------------------------------------

    /** A lookup by event type found nothing. Args: type, closest known types. */
    UNKNOWN_EVENT_TYPE("OXE1001", "No Open edX event of type '%s' is known. Closest known types: %s"),
    /** A signal definition is missing a required part. Args: the part. */
    SIGNAL_MISSING_PART("OXE1002", "Missing required argument '%s'"),
    /** An event type does not follow the naming convention. Args: type. */
    SIGNAL_BAD_TYPE("OXE1003", "Event type '%s' does not follow the Open edX naming convention "
            + "{reverse DNS}.{subdomain}.{subject}.{action}.v{major version}, "
            + "e.g. 'org.openedx.learning.course.enrollment.created.v1'"),
    /** Two signal definitions share an event type. Args: type, first source, second source. */
    SIGNAL_DUPLICATE_TYPE("OXE1004", "Event type is defined twice: by %s and by %s; each event type may be defined once"),
    /** A data key is not a valid identifier. Args: data key. */
    SIGNAL_BAD_DATA_KEY("OXE1005", "Data key '%s' must be a lower-case identifier such as 'enrollment' "
            + "(letters, digits and '_', starting with a letter)"),
    /** A minor version is negative. Args: value. */
    SIGNAL_BAD_MINOR_VERSION("OXE1006", "Minor version must be zero or positive, was %d"),
    /** A signal catalog could not be loaded. Args: catalog class, reason. */
    SIGNAL_CATALOG_FAILED("OXE1007", "Signal catalog %s could not be loaded: %s"),

    // --- OXE2xxx: sending ----------------------------------------------------------------------------------------

    /** Upstream text: the number of data arguments differs from the signal definition. */
    SEND_ARGUMENT_COUNT("OXE2001", "There's a mismatch between initialization data and send_event arguments"),
    /** Upstream text: the data argument is missing or null. Args: data key. */
    SEND_MISSING_ARGUMENT("OXE2002", "Missing required argument '%s'"),
    /**
     * Upstream text (including upstream's literal {@code 'type'}), followed by what was expected and found.
     * Args: data key, expected class, actual class.
     */
    SEND_WRONG_TYPE("OXE2003", "The argument '%s' is not instance of the Class Attribute 'type' (expected %s, got %s)"),
    /** Bean Validation rejected the payload. Args: the violations as {@code path: message}, joined by "; ". */
    SEND_CONSTRAINT_VIOLATION("OXE2004", "Invalid payload: %s"),
    /** Custom metadata names another event type. Args: metadata type, signal type. */
    SEND_METADATA_MISMATCH("OXE2005", "The metadata is for event type '%s' but the event is sent as '%s'; "
            + "metadata must carry the signal's own event type"),
    /** Metadata time is not UTC. Args: the time given. */
    METADATA_TIME_NOT_UTC("OXE2006", "'time' must have timezone.utc: got %s; pass a time with offset Z (+00:00)"),
    /** Metadata is missing a field. Args: field. */
    METADATA_MISSING_FIELD("OXE2007", "EventsMetadata field '%s' is required and may not be null"),
    /** Metadata JSON could not be read. Args: reason. */
    METADATA_BAD_JSON("OXE2008", "Cannot read EventsMetadata JSON: %s"),
    /** An observer failed in robust mode (a warning, not an exception). Args: receiver, type, id, exception. */
    RECEIVER_FAILED("OXE2009", "Receiver %s failed while handling Open edX event %s (id %s); "
            + "the remaining receivers still run: %s"),
    /** Plain CDI fire of an Open edX event (a warning). Args: event type. */
    PLAIN_CDI_FIRE("OXE2010", "Open edX event %s was fired with jakarta.enterprise.event.Event.fire: observers get "
            + "fresh metadata but no robust dispatch and no response collection. "
            + "Use OpenEdxEvents.send to send Open edX events"),
    /** Metadata sourcelib was malformed. Args: value. */
    METADATA_BAD_SOURCELIB("OXE2011", "'sourcelib' must be a list of non-negative integers such as [11, 2, 0], was %s"),
    /**
     * A transactional observer failed after its transaction completed (a warning; the outcome stands).
     * Args: receiver, type, id, exception.
     */
    TRANSACTIONAL_RECEIVER_FAILED("OXE2012", "Receiver %s failed after the transaction completed while handling "
            + "Open edX event %s (id %s); the transaction outcome and the other receivers are unaffected: %s"),

    // --- OXE3xxx: opaque keys ----------------------------------------------------------------------------------

    /** A key string could not be parsed. Args: key type, input, reason, expected form. */
    INVALID_KEY("OXE3001", "Invalid %s '%s': %s. Expected %s"),

    // --- OXE4xxx: deployment problems ---------------------------------------------------------------------------

    /** Args: observer, bad type, closest known types. */
    OBSERVER_UNKNOWN_TYPE("OXE4001", "Unknown Open edX event type '%s' observed by %s. Closest known types: %s"),
    /** Args: observer, event type, observed type, payload type. */
    OBSERVER_WRONG_PAYLOAD("OXE4002", "Observer %s of Open edX event %s declares payload %s, "
            + "but the event carries %s; observe %s or one of its supertypes"),
    /** Args: observer, reason. */
    OBSERVER_UNGUARDABLE("OXE4003", "Observer %s of an Open edX event cannot be guarded for robust dispatch "
            + "because it is %s; make it a non-static, non-private, non-final method of a non-final bean class"),
    /** A warning: an observer without qualifier receives Open edX events but cannot be guarded. Args: observer, reason. */
    WILDCARD_OBSERVER_UNGUARDED("OXE4004", "Observer %s has no qualifier, so it also receives Open edX events, but it "
            + "cannot be guarded because it is %s: if it throws during a robust send, the remaining observers are "
            + "skipped. Qualify it, or make it a non-static, non-private, non-final method of a non-final bean class"),
    /** A synthetic Open edX observer could not be wrapped. Args: observer, reason. */
    SYNTHETIC_OBSERVER_UNGUARDABLE("OXE4005", "Synthetic observer %s of Open edX event %s cannot be guarded for "
            + "robust dispatch: %s"),

    // --- OXE5xxx: settings ------------------------------------------------------------------------------------

    /** A setting has an invalid value. Args: key, value, allowed values. */
    SETTING_INVALID("OXE5001", "Setting '%s' has the invalid value '%s'; allowed: %s"),
    /** Bean Validation is not available (informational). */
    VALIDATION_UNAVAILABLE("OXE5002", "Bean Validation of Open edX payloads is off: %s");

    private final String code;
    private final String template;

    OpenEdxError(String code, String template) {
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
