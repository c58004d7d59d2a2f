package org.openedx.events.bus.kafka;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.openedx.events.OpenEdxError;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.bus.ConsumerThreads;
import org.openedx.events.cdi.SettingSources;
import org.openedx.events.support.Echo;

/**
 * Starts the consumers named by {@value KafkaConsumerOptions#CONSUMERS} when the application starts, each on its own
 * thread, and stops them gracefully when it stops. Each delivery runs in its own request context. Nothing is started
 * when the setting is empty or {@value KafkaConsumerOptions#CONSUMERS_ENABLED} is false; {@link #start} starts a
 * consumer programmatically.
 */
@ApplicationScoped
public class KafkaConsumers {

    private static final Logger LOG = System.getLogger("org.openedx.events.bus.kafka");

    private Instance<KafkaSettings> configured;
    private OpenEdxEvents events;
    private Instance<RequestContextController> requestContexts;
    private final ConsumerThreads threads = new ConsumerThreads("kafka", LOG);

    /** For the container's proxy. */
    protected KafkaConsumers() {}

    /**
     * Creates the lifecycle bean.
     *
     * @param configured the application's settings bean, if any (else the settings are read)
     * @param events the sender
     * @param requestContexts activates a request context per delivery
     */
    @Inject
    public KafkaConsumers(
            Instance<KafkaSettings> configured,
            OpenEdxEvents events,
            Instance<RequestContextController> requestContexts) {
        this.configured = configured;
        this.events = events;
        this.requestContexts = requestContexts;
    }

    void startConfigured(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Function<String, String> lookup = SettingSources.lookup();
        List<KafkaConsumerOptions> consumers =
                KafkaConsumerOptions.listFromJson(lookup.apply(KafkaConsumerOptions.CONSUMERS), pollTimeout(lookup));
        if (consumers.isEmpty()) {
            return;
        }
        if ("false"
                .equalsIgnoreCase(String.valueOf(lookup.apply(KafkaConsumerOptions.CONSUMERS_ENABLED))
                        .strip())) {
            LOG.log(
                    Level.WARNING,
                    () -> KafkaConsumerOptions.CONSUMERS_ENABLED + " is false: not starting " + consumers);
            return;
        }
        consumers.forEach(this::start);
    }

    private static Duration pollTimeout(Function<String, String> lookup) {
        String raw = lookup.apply(KafkaConsumerOptions.POLL_TIMEOUT);
        if (raw == null || raw.isBlank()) {
            return Duration.ofSeconds(1);
        }
        try {
            double seconds = Double.parseDouble(raw.strip());
            if (seconds > 0 && seconds <= 3600) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OpenEdxEventException(
                OpenEdxError.SETTING_INVALID,
                KafkaConsumerOptions.POLL_TIMEOUT,
                Echo.of(raw),
                "a number of seconds above 0, at most 3600");
    }

    private static int consecutiveErrorsLimit(Function<String, String> lookup) {
        String raw = lookup.apply(KafkaConsumerOptions.CONSECUTIVE_ERRORS_LIMIT);
        if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("none")) {
            return 0;
        }
        try {
            return org.openedx.events.support.WireText.nonNegativeInt(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new OpenEdxEventException(
                    OpenEdxError.SETTING_INVALID,
                    KafkaConsumerOptions.CONSECUTIVE_ERRORS_LIMIT,
                    Echo.of(raw),
                    "a whole number, 0 or more (0 or None: no limit)");
        }
    }

    /**
     * Starts a consumer on a new thread.
     *
     * @param requested the consumer's options; without a consecutive-errors limit of their own they take
     *     {@value KafkaConsumerOptions#CONSECUTIVE_ERRORS_LIMIT}
     * @return the consumer, running
     */
    public KafkaEventConsumer start(KafkaConsumerOptions requested) {
        KafkaConsumerOptions options = requested.consecutiveErrorsLimit() > 0
                ? requested
                : requested.withConsecutiveErrorsLimit(consecutiveErrorsLimit(SettingSources.lookup()));
        KafkaSettings settings = settings();
        KafkaEventConsumer consumer = new KafkaEventConsumer(
                settings,
                new SchemaRegistryClient(
                        settings.schemaRegistryUrl(),
                        settings.registryApiKey(),
                        settings.registryApiSecret(),
                        KafkaSettings.MAX_BLOCK),
                events,
                options,
                ConsumerThreads.inRequestContext(requestContexts));
        threads.start(options.topic() + "-" + options.groupId(), options.toString(), consumer, consumer::stop);
        return consumer;
    }

    private KafkaSettings settings() {
        return configured.isResolvable() ? configured.get() : KafkaSettings.from(SettingSources.lookup());
    }

    void stopBeforeShutdown(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        stopAll();
    }

    /** Stops every consumer, letting each finish the record in hand (waiting up to 30 seconds each). */
    @PreDestroy
    public void stopAll() {
        threads.stopAll();
    }
}
