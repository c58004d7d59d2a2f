package org.openedx.events.bus;

import org.openedx.events.CodedMessage;
import org.openedx.events.CodedMessage.Message;

/**
 * The message catalog of what every event-bus back end shares ({@code OXE70xx}): the producer configuration and the
 * forwarding of sent events. Each back end owns its own range ({@code OXE71xx} Redis Streams, {@code OXE72xx} Kafka, {@code OXE73xx} the
 * outbox). The rules every
 * catalog follows are those of {@link CodedMessage}.
 */
public enum BusError implements CodedMessage {

    /** Upstream text: the producer configuration is not a mapping. */
    @Message(
            code = "OXE7001",
            value = "Setting 'EVENT_BUS_PRODUCER_CONFIG' should be a dictionary with "
                    + "event_type as key and list or tuple of config dictionaries as values")
    PRODUCER_CONFIG_NOT_A_DICT,
    /** Upstream text: an event type's topics are not a mapping. */
    @Message(code = "OXE7002", value = "Configuration for event_types should be a dict")
    PRODUCER_CONFIG_TOPICS_NOT_A_DICT,
    /** Upstream text: no signal has the configured event type. Args: event type. */
    @Message(code = "OXE7003", value = "No OpenEdxPublicSignal of type: '%s'.")
    PRODUCER_CONFIG_UNKNOWN_TYPE,
    /** Upstream text: a topic's configuration is not a mapping. */
    @Message(code = "OXE7004", value = "One of the configuration objects is not a dictionary")
    PRODUCER_CONFIG_TOPIC_NOT_A_DICT,
    /** Upstream text (including its grammar): a topic's configuration lacks a key. Args: key. */
    @Message(code = "OXE7005", value = "One of the configuration object is missing '%s' key.")
    PRODUCER_CONFIG_MISSING_KEY,
    /** Upstream text: a key has the wrong type. Args: expected Python class, key, found Python class. */
    @Message(code = "OXE7006", value = "Expected type: %s for '%s', found: %s")
    PRODUCER_CONFIG_WRONG_TYPE,
    /** The producer configuration setting is not JSON. Args: problem. */
    @Message(
            code = "OXE7007",
            value = "Setting 'EVENT_BUS_PRODUCER_CONFIG' is not valid JSON: %s. Expected an "
                    + "object such as {\"<event type>\": {\"<topic>\": {\"event_key_field\": \"user.id\", "
                    + "\"enabled\": true}}}")
    PRODUCER_CONFIG_BAD_JSON,
    /** Events are configured for the bus but no back end is deployed (a warning). Args: event types. */
    @Message(
            code = "OXE7008",
            value =
                    "EVENT_BUS_PRODUCER_CONFIG configures %s, but no EventBusProducer bean is deployed; "
                            + "these events are not published. Add an event-bus back end such as openedx-events-event-bus-redis")
    PRODUCER_MISSING,
    /** A producer failed to publish; upstream only logs this. Args: back end, event type, id, topic, problem. */
    @Message(code = "OXE7009", value = "Error delivering message to %s event bus: event %s (id %s) to topic '%s': %s")
    PRODUCER_SEND_FAILED,
    /** Several producers are deployed and the setting does not choose one. Args: names, setting value. */
    @Message(
            code = "OXE7010",
            value = "Several event-bus producers are deployed (%s) and EVENT_BUS_PRODUCER is '%s'; "
                    + "set EVENT_BUS_PRODUCER to the name of one of them (upstream's dotted paths, such as "
                    + "edx_event_bus_kafka.create_producer, are understood too)")
    PRODUCER_AMBIGUOUS,
    /**
     * Observers failed for an event read from the bus: the dead-letter reason and the log's. Names the receivers and
     * the classes of their exceptions, never the exceptions' messages, which may quote payload values (robust
     * dispatch logs them, with OXE2009). Args: failed receivers, all receivers, each failed receiver with its
     * exception's class, the event id.
     */
    @Message(
            code = "OXE7011",
            value = "%d of %d receivers failed: %s; each exception is logged with OXE2009 for event %s")
    RECEIVERS_FAILED,
    /**
     * Re-emitting an event read from the bus threw, outside robust dispatch (a non-robust send, the request context):
     * the dead-letter reason and the log's. Names the exception's class, never its message. Args: the class.
     */
    @Message(
            code = "OXE7012",
            value = "Delivering the event threw %s outside robust dispatch (a non-robust send, or the consumer's work "
                    + "cycle); the exception is logged with the consumer's messages")
    DELIVERY_FAILED,
    /** The outbox is on but not deployed. Args: setting. */
    @Message(
            code = "OXE7013",
            value = "Setting '%s' is true, but no EventOutbox bean is deployed: add "
                    + "org.openedx.events:openedx-events-event-bus-outbox to the application, or turn the setting off")
    OUTBOX_MISSING;
}
