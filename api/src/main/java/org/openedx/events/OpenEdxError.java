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
    @Message(code = "OXE1001", value = "No Open edX event of type '%s' is known. Closest known types: %s")
    UNKNOWN_EVENT_TYPE,
    /** A signal definition is missing a required part. Args: the part. */
    @Message(code = "OXE1002", value = "Missing required argument '%s'")
    SIGNAL_MISSING_PART,
    /** An event type does not follow the naming convention. Args: type. */
    @Message(
            code = "OXE1003",
            value = "Event type '%s' does not follow the Open edX naming convention "
                    + "{reverse DNS}.{subdomain}.{subject}.{action}.v{major version}, "
                    + "e.g. 'org.openedx.learning.course.enrollment.created.v1'")
    SIGNAL_BAD_TYPE,
    /** Two signal definitions share an event type. Args: type, first source, second source. */
    @Message(
            code = "OXE1004",
            value = "Event type is defined twice: by %s and by %s; each event type may be defined once")
    SIGNAL_DUPLICATE_TYPE,
    /** A data key is not a valid identifier. Args: data key. */
    @Message(
            code = "OXE1005",
            value = "Data key '%s' must be a lower-case identifier such as 'enrollment' "
                    + "(letters, digits and '_', starting with a letter)")
    SIGNAL_BAD_DATA_KEY,
    /** A minor version is negative. Args: value. */
    @Message(code = "OXE1006", value = "Minor version must be zero or positive, was %d")
    SIGNAL_BAD_MINOR_VERSION,
    /** A signal catalog could not be loaded. Args: catalog class, reason. */
    @Message(code = "OXE1007", value = "Signal catalog %s could not be loaded: %s")
    SIGNAL_CATALOG_FAILED,

    // --- OXE2xxx: sending ----------------------------------------------------------------------------------------

    /** Upstream text: the number of data arguments differs from the signal definition. */
    @Message(code = "OXE2001", value = "There's a mismatch between initialization data and send_event arguments")
    SEND_ARGUMENT_COUNT,
    /** Upstream text: the data argument is missing or null. Args: data key. */
    @Message(code = "OXE2002", value = "Missing required argument '%s'")
    SEND_MISSING_ARGUMENT,
    /**
     * Upstream text (including upstream's literal {@code 'type'}), followed by what was expected and found.
     * Args: data key, expected class, actual class.
     */
    @Message(
            code = "OXE2003",
            value = "The argument '%s' is not instance of the Class Attribute 'type' (expected %s, got %s)")
    SEND_WRONG_TYPE,
    /** Bean Validation rejected the payload. Args: the violations as {@code path: message}, joined by "; ". */
    @Message(code = "OXE2004", value = "Invalid payload: %s")
    SEND_CONSTRAINT_VIOLATION,
    /** Custom metadata names another event type. Args: metadata type, signal type. */
    @Message(
            code = "OXE2005",
            value = "The metadata is for event type '%s' but the event is sent as '%s'; "
                    + "metadata must carry the signal's own event type")
    SEND_METADATA_MISMATCH,
    /** Metadata time is not UTC. Args: the time given. */
    @Message(code = "OXE2006", value = "'time' must have timezone.utc: got %s; pass a time with offset Z (+00:00)")
    METADATA_TIME_NOT_UTC,
    /** Metadata is missing a field. Args: field. */
    @Message(code = "OXE2007", value = "EventsMetadata field '%s' is required and may not be null")
    METADATA_MISSING_FIELD,
    /** Metadata JSON could not be read. Args: reason. */
    @Message(code = "OXE2008", value = "Cannot read EventsMetadata JSON: %s")
    METADATA_BAD_JSON,
    /** An observer failed in robust mode (a warning, not an exception). Args: receiver, type, id, exception. */
    @Message(
            code = "OXE2009",
            value = "Receiver %s failed while handling Open edX event %s (id %s); "
                    + "the remaining receivers still run: %s")
    RECEIVER_FAILED,
    /** Plain CDI fire of an Open edX event (a warning). Args: event type. */
    @Message(
            code = "OXE2010",
            value = "Open edX event %s was fired with jakarta.enterprise.event.Event.fire: observers get "
                    + "fresh metadata but no robust dispatch and no response collection. "
                    + "Use OpenEdxEvents.send to send Open edX events")
    PLAIN_CDI_FIRE,
    /** Metadata sourcelib was malformed. Args: value. */
    @Message(code = "OXE2011", value = "'sourcelib' must be a list of non-negative integers such as [11, 2, 0], was %s")
    METADATA_BAD_SOURCELIB,
    /**
     * A transactional observer failed after its transaction completed (a warning; the outcome stands).
     * Args: receiver, type, id, exception.
     */
    @Message(
            code = "OXE2012",
            value = "Receiver %s failed after the transaction completed while handling "
                    + "Open edX event %s (id %s); the transaction outcome and the other receivers are unaffected: %s")
    TRANSACTIONAL_RECEIVER_FAILED,

    // --- OXE3xxx: opaque keys ----------------------------------------------------------------------------------

    /** A key string could not be parsed. Args: key type, input, reason, expected form. */
    @Message(code = "OXE3001", value = "Invalid %s '%s': %s. Expected %s")
    INVALID_KEY,

    // --- OXE4xxx: deployment problems ---------------------------------------------------------------------------

    /** Args: observer, bad type, closest known types. */
    @Message(code = "OXE4001", value = "Unknown Open edX event type '%s' observed by %s. Closest known types: %s")
    OBSERVER_UNKNOWN_TYPE,
    /** Args: observer, event type, observed type, payload type. */
    @Message(
            code = "OXE4002",
            value = "Observer %s of Open edX event %s declares payload %s, "
                    + "but the event carries %s; observe %s or one of its supertypes")
    OBSERVER_WRONG_PAYLOAD,
    /**
     * Args: observer, reason.
     *
     * @deprecated Retired: observers the robust-dispatch interceptor cannot reach (static, private or final methods,
     *             methods of final classes) are robust-dispatched by wrapping their notification, so this is no
     *             longer reported; the code is never reused.
     */
    @Deprecated
    @Message(
            code = "OXE4003",
            value = "Observer %s of an Open edX event cannot be guarded for robust dispatch "
                    + "because it is %s; make it a non-static, non-private, non-final method of a non-final bean class")
    OBSERVER_UNGUARDABLE,
    /**
     * A warning: an observer without qualifier receives Open edX events but cannot be guarded. Args: observer, reason.
     *
     * @deprecated Retired: unqualified observers the interceptor cannot reach are robust-dispatched by wrapping their
     *             notification, so this is no longer reported; the code is never reused.
     */
    @Deprecated
    @Message(
            code = "OXE4004",
            value =
                    "Observer %s has no qualifier, so it also receives Open edX events, but it "
                            + "cannot be guarded because it is %s: if it throws during a robust send, the remaining observers are "
                            + "skipped. Qualify it, or make it a non-static, non-private, non-final method of a non-final bean class")
    WILDCARD_OBSERVER_UNGUARDED,
    /**
     * A synthetic Open edX observer could not be wrapped. Args: observer, reason.
     *
     * @deprecated Retired: every synthetic observer of an Open edX event type is wrapped, so this is no longer
     *             reported (it never was); the code is never reused.
     */
    @Deprecated
    @Message(
            code = "OXE4005",
            value = "Synthetic observer %s of Open edX event %s cannot be guarded for " + "robust dispatch: %s")
    SYNTHETIC_OBSERVER_UNGUARDABLE,

    // --- OXE5xxx: settings ------------------------------------------------------------------------------------

    /** A setting has an invalid value. Args: key, value, allowed values. */
    @Message(code = "OXE5001", value = "Setting '%s' has the invalid value '%s'; allowed: %s")
    SETTING_INVALID,
    /**
     * Bean Validation is on by setting but failed to start for another reason than those of {@code OXE5003} and
     * {@code OXE5004} (a warning). Args: problem, the setting that turns validation off.
     */
    @Message(
            code = "OXE5002",
            value = "Bean Validation of Open edX payloads is off: %s. Payloads are not checked, so a null required "
                    + "field reaches the observers. Fix the Bean Validation provider, or set %s=false to run without "
                    + "validation on purpose")
    VALIDATION_UNAVAILABLE,
    /**
     * Bean Validation is on by setting but no provider is on the class path (a warning, at deployment). Args: what is
     * missing, the setting that turns validation off.
     */
    @Message(
            code = "OXE5003",
            value = "Bean Validation of Open edX payloads is off: %s. Payloads are not checked, so a null required "
                    + "field reaches the observers. Add a provider, org.hibernate.validator:hibernate-validator:"
                    + "8.0.6.Final, with the Jakarta Expression Language implementation it needs, "
                    + "org.glassfish.expressly:expressly:5.0.0 (a Jakarta EE server has both); or set %s=false to "
                    + "run without validation on purpose")
    VALIDATION_NO_PROVIDER,
    /**
     * Bean Validation is on by setting and a provider is present, but the Jakarta Expression Language implementation
     * it needs is not (a warning, at deployment). Args: the provider, its error, the setting that turns validation
     * off.
     */
    @Message(
            code = "OXE5004",
            value = "Bean Validation of Open edX payloads is off: the Bean Validation provider %s needs a Jakarta "
                    + "Expression Language implementation, and none is on the class path (%s). Payloads are not "
                    + "checked, so a null required field reaches the observers. Add "
                    + "org.glassfish.expressly:expressly:5.0.0; or set %s=false to run without validation on purpose")
    VALIDATION_NO_EXPRESSION_LANGUAGE;
}
