package org.openedx.events.bus;

import org.openedx.events.CodedMessage;

/**
 * The message catalog of what every event-bus back end shares ({@code OXE70xx}): the producer configuration and the
 * forwarding of sent events. Each back end owns its own range ({@code OXE71xx} Redis Streams). The rules every
 * catalog follows are those of {@link CodedMessage}.
 */
public enum BusError implements CodedMessage {

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
    PRODUCER_SEND_FAILED("OXE7009", "Error delivering message to %s event bus: event %s (id %s) to topic '%s': %s");

    private final String code;
    private final String template;

    BusError(String code, String template) {
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
