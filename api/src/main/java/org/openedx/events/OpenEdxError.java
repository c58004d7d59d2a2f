package org.openedx.events;

import java.util.Locale;

/**
 * The one catalog of error and warning messages this library produces, each with a stable code.
 *
 * <p>Codes have the form {@code OXE} followed by four digits and never change meaning once released; a retired
 * code is kept (deprecated) rather than reused. Ranges are reserved by concern:
 * <ul>
 *   <li>{@code OXE1xxx} signal definitions and the registry,</li>
 *   <li>{@code OXE2xxx} sending: validation and dispatch,</li>
 *   <li>{@code OXE3xxx} opaque keys,</li>
 *   <li>{@code OXE4xxx} deployment problems found by the CDI extension,</li>
 *   <li>{@code OXE5xxx} settings,</li>
 *   <li>{@code OXE6xxx} wire formats (Avro, CloudEvents JSON),</li>
 *   <li>{@code OXE7xxx} the event bus (producer configuration, consumers).</li>
 * </ul>
 *
 * <p>Where upstream {@code openedx-events} defines a message text (for example the three send-time validation
 * messages), the template here reproduces it word for word so that logs and tests written against upstream keep
 * matching. Messages are shaped as: the rule that was broken, then the offender, then what is allowed.
 */
public enum OpenEdxError {

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
    /**
     * Args: observer, reason.
     *
     * @deprecated Retired: observers the robust-dispatch interceptor cannot reach (static, private or final methods,
     *             methods of final classes) are robust-dispatched by wrapping their notification, so this is no
     *             longer reported; the code is never reused.
     */
    @Deprecated
    OBSERVER_UNGUARDABLE("OXE4003", "Observer %s of an Open edX event cannot be guarded for robust dispatch "
            + "because it is %s; make it a non-static, non-private, non-final method of a non-final bean class"),
    /**
     * A warning: an observer without qualifier receives Open edX events but cannot be guarded. Args: observer, reason.
     *
     * @deprecated Retired: unqualified observers the interceptor cannot reach are robust-dispatched by wrapping their
     *             notification, so this is no longer reported; the code is never reused.
     */
    @Deprecated
    WILDCARD_OBSERVER_UNGUARDED("OXE4004", "Observer %s has no qualifier, so it also receives Open edX events, but it "
            + "cannot be guarded because it is %s: if it throws during a robust send, the remaining observers are "
            + "skipped. Qualify it, or make it a non-static, non-private, non-final method of a non-final bean class"),
    /**
     * A synthetic Open edX observer could not be wrapped. Args: observer, reason.
     *
     * @deprecated Retired: every synthetic observer of an Open edX event type is wrapped, so this is no longer
     *             reported (it never was); the code is never reused.
     */
    @Deprecated
    SYNTHETIC_OBSERVER_UNGUARDABLE("OXE4005", "Synthetic observer %s of Open edX event %s cannot be guarded for "
            + "robust dispatch: %s"),

    // --- OXE5xxx: settings ------------------------------------------------------------------------------------

    /** A setting has an invalid value. Args: key, value, allowed values. */
    SETTING_INVALID("OXE5001", "Setting '%s' has the invalid value '%s'; allowed: %s"),
    /** Bean Validation is not available (informational). */
    VALIDATION_UNAVAILABLE("OXE5002", "Bean Validation of Open edX payloads is off: %s"),

    // --- OXE6xxx: wire formats (Avro, CloudEvents JSON) --------------------------------------------------------

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
    CLOUDEVENT_WRITE_FAILED("OXE6103", "Cannot write event %s as CloudEvent JSON: '%s' %s"),

    // --- OXE7xxx: the event bus ------------------------------------------------------------------------------
    // OXE70xx: backend-neutral (producer configuration, forwarding); OXE71xx: Redis Streams.

    /** Upstream text: the producer configuration is not a mapping. */
    PRODUCER_CONFIG_NOT_A_DICT("OXE7001", "Setting 'EVENT_BUS_PRODUCER_CONFIG' should be a dictionary with "
            + "event_type as key and list or tuple of config dictionaries as values"),
    /** Upstream text: an event type's topics are not a mapping. */
    PRODUCER_CONFIG_TOPICS_NOT_A_DICT("OXE7002", "Configuration for event_types should be a dict"),
    /** Upstream text: no signal has the configured event type. Args: event type. */
    PRODUCER_CONFIG_UNKNOWN_TYPE("OXE7003", "No OpenEdxPublicSignal of type: '%s'."),
    /** Upstream text: a topic's configuration is not a mapping. */
    PRODUCER_CONFIG_TOPIC_NOT_A_DICT("OXE7004", "One of the configuration objects is not a dictionary"),
    /** Upstream text (including its grammar): a topic's configuration lacks a key. Args: key. */
    PRODUCER_CONFIG_MISSING_KEY("OXE7005", "One of the configuration object is missing '%s' key."),
    /** Upstream text: a key has the wrong type. Args: expected Python class, key, found Python class. */
    PRODUCER_CONFIG_WRONG_TYPE("OXE7006", "Expected type: %s for '%s', found: %s"),
    /** The producer configuration setting is not JSON. Args: problem. */
    PRODUCER_CONFIG_BAD_JSON("OXE7007", "Setting 'EVENT_BUS_PRODUCER_CONFIG' is not valid JSON: %s. Expected an "
            + "object such as {\"<event type>\": {\"<topic>\": {\"event_key_field\": \"user.id\", "
            + "\"enabled\": true}}}"),
    /** Events are configured for the bus but no back end is deployed (a warning). Args: event types. */
    PRODUCER_MISSING("OXE7008", "EVENT_BUS_PRODUCER_CONFIG configures %s, but no EventBusProducer bean is deployed; "
            + "these events are not published. Add an event-bus back end such as openedx-events-event-bus-redis"),
    /** A producer failed to publish; upstream only logs this. Args: back end, event type, id, topic, problem. */
    PRODUCER_SEND_FAILED("OXE7009", "Error delivering message to %s event bus: event %s (id %s) to topic '%s': %s"),

    /** A required Redis setting is missing. Args: key, example. */
    REDIS_SETTING_MISSING("OXE7101", "Setting '%s' is required for the Redis event bus, e.g. %s"),
    /** A stream entry cannot be turned into an event. Args: entry id, stream, problem. */
    REDIS_ENTRY_UNUSABLE("OXE7102", "Stream entry %s of '%s' is unusable and goes to the dead-letter stream: %s"),
    /** Processing an entry failed and will be retried (a warning). Args: entry, stream, type, id, attempt, max, delay, problem. */
    REDIS_ATTEMPT_FAILED("OXE7103", "Processing stream entry %s of '%s' (event %s, id %s) failed on attempt %d of %d; "
            + "retrying in %d ms: %s"),
    /** An entry was moved to the dead-letter stream. Args: entry, stream, dead-letter stream, attempts, problem. */
    REDIS_DEAD_LETTERED("OXE7104", "Moved stream entry %s of '%s' to the dead-letter stream '%s' after %d attempt(s): %s"),
    /** Redis failed while consuming; the consumer keeps going. Args: stream, group, delay, problem. */
    REDIS_CONSUMER_ERROR("OXE7105", "Redis error while consuming '%s' as group '%s'; retrying in %d ms: %s"),
    /** An entry's type is not the one this consumer handles. Args: found type, expected type. */
    REDIS_UNEXPECTED_TYPE("OXE7106", "event type '%s' is not the type this consumer handles ('%s')"),
    /** A consumer option is invalid. Args: option, value, allowed. */
    REDIS_CONSUMER_OPTION_INVALID("OXE7107", "Consumer option '%s' has the invalid value '%s'; allowed: %s"),
    /** The command-line consumer was called wrongly. Args: problem. */
    REDIS_COMMAND_USAGE("OXE7108", "%s. Usage: ConsumeEvents -t <topic> -g <group> [--extra '<JSON object>']"),
    /** Observers failed for an entry. Args: number of failures, first receiver, its exception. */
    REDIS_RECEIVERS_FAILED("OXE7109", "%d receiver(s) failed, first %s: %s");

    private final String code;
    private final String template;

    OpenEdxError(String code, String template) {
        this.code = code;
        this.template = template;
    }

    /** {@return the stable code, e.g. {@code OXE2002}} */
    public String code() {
        return code;
    }

    /** {@return the message template, a {@link String#format(String, Object...)} pattern} */
    public String template() {
        return template;
    }

    /**
     * The message text with its arguments, without the code.
     *
     * @param args the arguments of the template
     * @return the formatted text
     */
    public String text(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }

    /**
     * The message with its code in front, e.g. {@code OXE4001: Unknown Open edX event type ...}.
     *
     * @param args the arguments of the template
     * @return the coded message
     */
    public String format(Object... args) {
        return code + ": " + text(args);
    }
}
