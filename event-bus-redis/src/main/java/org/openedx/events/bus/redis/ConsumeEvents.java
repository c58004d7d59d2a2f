package org.openedx.events.bus.redis;

import java.io.PrintStream;

import org.openedx.events.bus.ConsumeEventsCommand;

/**
 * Upstream's {@code manage.py consume_events}: {@code java -cp <application and libraries>
 * org.openedx.events.bus.redis.ConsumeEvents -t <topic> -g <group> [--extra '<JSON object>']}.
 *
 * <p>It starts the application's CDI container (CDI SE, e.g. Weld SE, on the class path, with the application's
 * observers), consumes until the process is told to stop (SIGTERM or SIGINT), finishes the entry in hand, and
 * exits. {@code --extra} takes upstream's keys ({@code consumer_name} required, {@code check_backlog},
 * {@code last_read_msg_id}, {@code claim_msgs_older_than}) and this library's ({@code signal}, {@code max_attempts},
 * {@code retry_backoff}, {@code retry_backoff_max}). Unlike upstream, which swallows every error, a bad argument
 * ends the command with status 2 and a message.
 */
public final class ConsumeEvents {

    private ConsumeEvents() {}

    /**
     * Runs the command.
     *
     * @param args {@code -t <topic> -g <group> [--extra <json>]}
     */
    public static void main(String[] args) {
        command().main(args);
    }

    static int run(String[] args, PrintStream err) {
        return command().run(args, err);
    }

    private static ConsumeEventsCommand command() {
        return new ConsumeEventsCommand("redis", RedisError.COMMAND_USAGE, (container, topic, group, extra) -> {
            RedisConnections connections =
                    container.select(RedisConnections.class).get();
            ConsumerOptions options = ConsumerOptions.fromExtra(
                    topic, group, extra, connections.settings().defaults());
            RedisConsumers consumers = container.select(RedisConsumers.class).get();
            consumers.start(options);
            return consumers::stopAll;
        });
    }
}
