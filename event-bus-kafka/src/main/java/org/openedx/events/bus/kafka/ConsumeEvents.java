package org.openedx.events.bus.kafka;

import java.io.PrintStream;
import java.time.Duration;

import org.openedx.events.bus.ConsumeEventsCommand;

/**
 * Upstream's {@code manage.py consume_events} for Kafka: {@code java -cp <application and libraries>
 * org.openedx.events.bus.kafka.ConsumeEvents -t <topic> -g <group> [--extra '<JSON object>']}. It starts the
 * application's CDI container, consumes until the process is told to stop (SIGTERM or SIGINT), finishes the record in
 * hand, and exits. {@code --extra} takes this library's keys {@code signal}, {@code max_attempts},
 * {@code retry_backoff} and {@code retry_backoff_max}; a bad argument ends the command with status 2 and a message.
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
        return new ConsumeEventsCommand("kafka", KafkaError.COMMAND_USAGE, (container, topic, group, extra) -> {
            KafkaConsumerOptions options = KafkaConsumerOptions.fromExtra(topic, group, extra, Duration.ofSeconds(1));
            KafkaConsumers consumers = container.select(KafkaConsumers.class).get();
            consumers.start(options);
            return consumers::stopAll;
        });
    }
}
