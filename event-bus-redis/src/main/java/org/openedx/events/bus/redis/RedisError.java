package org.openedx.events.bus.redis;

import org.openedx.events.CodedMessage;

/**
 * The message catalog of the Redis Streams event bus ({@code OXE71xx}). The rules every catalog follows are those of
 * {@link CodedMessage}.
 */
public enum RedisError implements CodedMessage {

    /** A required Redis setting is missing. Args: key, example. */
    SETTING_MISSING("OXE7101", "Setting '%s' is required for the Redis event bus, e.g. %s"),
    /** A stream entry cannot be turned into an event. Args: entry id, stream, problem. */
    ENTRY_UNUSABLE("OXE7102", "Stream entry %s of '%s' is unusable and goes to the dead-letter stream: %s"),
    /** Processing an entry failed and will be retried (a warning). Args: entry, stream, type, id, attempt, max, delay, problem. */
    ATTEMPT_FAILED("OXE7103", "Processing stream entry %s of '%s' (event %s, id %s) failed on attempt %d of %d; "
            + "retrying in %d ms: %s"),
    /** An entry was moved to the dead-letter stream. Args: entry, stream, dead-letter stream, attempts, problem. */
    DEAD_LETTERED("OXE7104", "Moved stream entry %s of '%s' to the dead-letter stream '%s' after %d attempt(s): %s"),
    /** Redis failed while consuming; the consumer keeps going. Args: stream, group, delay, problem. */
    CONSUMER_ERROR("OXE7105", "Redis error while consuming '%s' as group '%s'; retrying in %d ms: %s"),
    /** An entry's type is not the one this consumer handles. Args: found type, expected type. */
    UNEXPECTED_TYPE("OXE7106", "event type '%s' is not the type this consumer handles ('%s')"),
    /** A consumer option is invalid. Args: option, value, allowed. */
    CONSUMER_OPTION_INVALID("OXE7107", "Consumer option '%s' has the invalid value '%s'; allowed: %s"),
    /** The command-line consumer was called wrongly. Args: problem. */
    COMMAND_USAGE("OXE7108", "%s. Usage: ConsumeEvents -t <topic> -g <group> [--extra '<JSON object>']"),
    /** Observers failed for an entry. Args: number of failures, first receiver, its exception. */
    RECEIVERS_FAILED("OXE7109", "%d receiver(s) failed, first %s: %s");

    private final String code;
    private final String template;

    RedisError(String code, String template) {
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
