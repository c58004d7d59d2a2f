package org.openedx.events.bus.redis;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;

import org.openedx.events.OpenEdxEventException;

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

    /** Weld SE's switch for its own shutdown hook. */
    private static final String WELD_SHUTDOWN_HOOK = "org.jboss.weld.se.shutdownHook";

    private ConsumeEvents() {}

    /**
     * Runs the command.
     *
     * @param args {@code -t <topic> -g <group> [--extra <json>]}
     */
    public static void main(String[] args) {
        int status = run(args, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream err) {
        String topic = null;
        String group = null;
        String extra = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (i + 1 >= args.length) {
                    throw usage("'" + arg + "' needs a value");
                }
                switch (arg) {
                    case "-t", "--topic" -> topic = args[++i];
                    case "-g", "--group_id", "--group-id" -> group = args[++i];
                    case "--extra" -> extra = args[++i];
                    default -> throw usage("unknown argument '" + arg + "'");
                }
            }
            if (topic == null || group == null) {
                throw usage("-t <topic> and -g <group> are required");
            }
            consume(topic, group, extra);
            return 0;
        } catch (OpenEdxEventException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static OpenEdxEventException usage(String problem) {
        return new OpenEdxEventException(RedisError.COMMAND_USAGE, problem);
    }

    private static void consume(String topic, String group, String extra) {
        // This command, not the container, reacts to SIGTERM: it must stop the consumer (which finishes the entry in
        // hand and acknowledges it) before the container destroys the Redis connections. Weld's own shutdown hook
        // would race with that, so it is turned off (other CDI SE implementations ignore the property).
        SeContainer container = SeContainerInitializer.newInstance()
                .addProperty(WELD_SHUTDOWN_HOOK, Boolean.FALSE)
                .initialize();
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            RedisConnections connections =
                    container.select(RedisConnections.class).get();
            ConsumerOptions options = ConsumerOptions.fromExtra(
                    topic, group, extra, connections.settings().defaults());
            RedisConsumers consumers = container.select(RedisConsumers.class).get();
            consumers.start(options);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    consumers.stopAll();
                                    container.close();
                                } finally {
                                    stopped.countDown();
                                }
                            },
                            "openedx-events-redis-shutdown"));
        } catch (RuntimeException | Error e) {
            container.close();
            throw e;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
