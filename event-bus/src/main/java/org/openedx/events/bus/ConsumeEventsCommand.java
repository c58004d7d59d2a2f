package org.openedx.events.bus;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;

import org.openedx.events.CodedMessage;
import org.openedx.events.OpenEdxEventException;

/**
 * Upstream's {@code manage.py consume_events} for any back end: {@code -t <topic> -g <group> [--extra '<JSON object>']}.
 * It starts the application's CDI container (CDI SE, e.g. Weld SE, on the class path, with the application's
 * observers), starts one consumer, consumes until the process is told to stop (SIGTERM or SIGINT), lets the consumer
 * finish the event in hand, closes the container and exits. Unlike upstream, which swallows every error, a bad
 * argument ends the command with status 2 and a message.
 *
 * <p>This command, not the container, reacts to SIGTERM: it must stop the consumer before the container destroys the
 * back end's connections. Weld's own shutdown hook would race with that, so it is turned off (other CDI SE
 * implementations ignore the property).
 */
public final class ConsumeEventsCommand {

    /** Weld SE's switch for its own shutdown hook. */
    private static final String WELD_SHUTDOWN_HOOK = "org.jboss.weld.se.shutdownHook";

    /** What a back end does inside the started container. */
    @FunctionalInterface
    public interface Starter {

        /**
         * Starts one consumer.
         *
         * @param container the application's container
         * @param topic the topic ({@code -t})
         * @param group the group ({@code -g})
         * @param extra the {@code --extra} JSON object, or null
         * @return what stops the consumer (and waits for the event in hand)
         */
        Runnable start(SeContainer container, String topic, String group, String extra);
    }

    private final String backEnd;
    private final CodedMessage usage;
    private final Starter starter;

    /**
     * Creates the command of a back end.
     *
     * @param backEnd the back end's name, for the shutdown thread
     * @param usage the back end's usage message (argument: the problem)
     * @param starter starts its consumer
     */
    public ConsumeEventsCommand(String backEnd, CodedMessage usage, Starter starter) {
        this.backEnd = backEnd;
        this.usage = usage;
        this.starter = starter;
    }

    /**
     * Runs the command as a program's {@code main}: exits with status 2 after a bad argument.
     *
     * @param args {@code -t <topic> -g <group> [--extra <json>]}
     */
    public void main(String[] args) {
        int status = run(args, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command until the process stops.
     *
     * @param args {@code -t <topic> -g <group> [--extra <json>]}
     * @param err where a bad argument is reported
     * @return 0, or 2 for a bad argument or option
     */
    public int run(String[] args, PrintStream err) {
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

    private OpenEdxEventException usage(String problem) {
        return new OpenEdxEventException(usage, problem);
    }

    private void consume(String topic, String group, String extra) {
        SeContainer container = SeContainerInitializer.newInstance()
                .addProperty(WELD_SHUTDOWN_HOOK, Boolean.FALSE)
                .initialize();
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            Runnable stop = starter.start(container, topic, group, extra);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    stop.run();
                                    container.close();
                                } finally {
                                    stopped.countDown();
                                }
                            },
                            "openedx-events-" + backEnd + "-shutdown"));
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
