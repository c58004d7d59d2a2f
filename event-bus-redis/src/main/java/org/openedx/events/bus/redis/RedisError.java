package org.openedx.events.bus.redis;

import org.openedx.events.CodedMessage;
import org.openedx.events.CodedMessage.Message;

/**
 * The message catalog of the Redis Streams event bus ({@code OXE71xx}). The rules every catalog follows are those of
 * {@link CodedMessage}.
 */
public enum RedisError implements CodedMessage {

    /** A required Redis setting is missing. Args: key, example. */
    @Message(code = "OXE7101", value = "Setting '%s' is required for the Redis event bus, e.g. %s")
    SETTING_MISSING,
    /** A stream entry cannot be turned into an event. Args: entry id, stream, problem. */
    @Message(code = "OXE7102", value = "Stream entry %s of '%s' is unusable and goes to the dead-letter stream: %s")
    ENTRY_UNUSABLE,
    /** Processing an entry failed and will be retried (a warning). Args: entry, stream, type, id, attempt, max, delay, problem. */
    @Message(
            code = "OXE7103",
            value = "Processing stream entry %s of '%s' (event %s, id %s) failed on attempt %d of %d; "
                    + "retrying in %d ms: %s")
    ATTEMPT_FAILED,
    /** An entry was moved to the dead-letter stream. Args: entry, stream, dead-letter stream, attempts, problem. */
    @Message(
            code = "OXE7104",
            value = "Moved stream entry %s of '%s' to the dead-letter stream '%s' after %d attempt(s): %s")
    DEAD_LETTERED,
    /**
     * Redis failed while consuming; the consumer keeps going after a delay that grows while the failures last (a
     * warning, once per failure). Args: stream, group, delay, problem.
     */
    @Message(code = "OXE7105", value = "Redis error while consuming '%s' as group '%s'; retrying in %d ms: %s")
    CONSUMER_ERROR,
    /** An entry's type is not the one this consumer handles. Args: found type, expected type. */
    @Message(code = "OXE7106", value = "event type '%s' is not the type this consumer handles ('%s')")
    UNEXPECTED_TYPE,
    /** A consumer option is invalid. Args: option, value, allowed. */
    @Message(code = "OXE7107", value = "Consumer option '%s' has the invalid value '%s'; allowed: %s")
    CONSUMER_OPTION_INVALID,
    /** The command-line consumer was called wrongly. Args: problem. */
    @Message(code = "OXE7108", value = "%s. Usage: ConsumeEvents -t <topic> -g <group> [--extra '<JSON object>']")
    COMMAND_USAGE,
    /**
     * Observers failed for an entry. Args: number of failures, first receiver, its exception.
     *
     * @deprecated Retired: every bus back end reports it as {@code BusError.RECEIVERS_FAILED} ({@code OXE7011});
     *     the code is never reused.
     */
    @Deprecated
    @Message(code = "OXE7109", value = "%d receiver(s) failed, first %s: %s")
    RECEIVERS_FAILED,
    /** The producer could not connect at deployment (a warning). Args: problem. */
    @Message(
            code = "OXE7110",
            value = "The Redis event-bus producer could not connect at deployment; it tries again on the next send: %s")
    PRODUCER_NOT_CONNECTED,
    /**
     * A consumer could not connect and prepare its group, and tries again after a growing delay (a warning, once per
     * attempt). Args: stream, group, attempt, problem, delay.
     */
    @Message(
            code = "OXE7111",
            value = "The Redis event consumer of '%s' as group '%s' has not started: attempt %d to connect and "
                    + "prepare the group failed: %s; next attempt in %d ms")
    CONSUMER_NOT_CONNECTED;
}
