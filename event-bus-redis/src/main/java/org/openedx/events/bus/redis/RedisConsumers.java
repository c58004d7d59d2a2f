package org.openedx.events.bus.redis;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.bus.ConsumerThreads;

/**
 * Starts the consumers named by {@code openedx.events.redis.consumers} when the application starts, each on its
 * own thread, and stops them gracefully when it stops. Each delivery runs in its own request context. Nothing is
 * started when the setting is empty or {@code EVENT_BUS_REDIS_CONSUMERS_ENABLED} is false; {@link #start} starts
 * a consumer programmatically.
 */
@ApplicationScoped
public class RedisConsumers {

    private static final Logger LOG = System.getLogger("org.openedx.events.bus.redis");

    private RedisConnections connections;
    private OpenEdxEvents events;
    private Instance<RequestContextController> requestContexts;
    private final ConsumerThreads threads = new ConsumerThreads("redis", LOG);

    /** For the container's proxy. */
    protected RedisConsumers() {}

    /**
     * Creates the lifecycle bean.
     *
     * @param connections the Redis connections and settings
     * @param events the sender
     * @param requestContexts activates a request context per delivery
     */
    @Inject
    public RedisConsumers(
            RedisConnections connections, OpenEdxEvents events, Instance<RequestContextController> requestContexts) {
        this.connections = connections;
        this.events = events;
        this.requestContexts = requestContexts;
    }

    void startConfigured(@Observes @Initialized(ApplicationScoped.class) Object started) {
        RedisSettings settings = connections.settings();
        List<ConsumerOptions> configured = ConsumerOptions.listFromJson(settings.consumers(), settings.defaults());
        if (configured.isEmpty()) {
            return;
        }
        if (!settings.consumersEnabled()) {
            LOG.log(Level.WARNING, () -> RedisSettings.CONSUMERS_ENABLED + " is false: not starting " + configured);
            return;
        }
        configured.forEach(this::start);
    }

    /**
     * Starts a consumer on a new thread. It logs {@code Started redis event consumer ...} once it has connected and
     * prepared its group; until then it tries again after growing delays ({@code OXE7111}).
     *
     * @param options the consumer's options
     * @return the consumer, running
     */
    public RedisEventConsumer start(ConsumerOptions options) {
        RedisEventConsumer consumer = new RedisEventConsumer(
                connections,
                events,
                options,
                ConsumerThreads.inRequestContext(requestContexts),
                () -> threads.started(options.toString()));
        threads.start(
                options.topic() + "-" + options.group() + "-" + options.consumerName(),
                options.toString(),
                consumer::consumeIndefinitely,
                consumer::stop,
                false);
        return consumer;
    }

    /*
     * Before the application's beans are destroyed: the container may destroy RedisConnections (closing the
     * consumers' connections under them) before this bean.
     */
    void stopBeforeShutdown(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        stopAll();
    }

    /** Stops every consumer, letting each finish the entry in hand (waiting up to 30 seconds each). */
    @PreDestroy
    public void stopAll() {
        threads.stopAll();
    }
}
