package org.openedx.events.bus.redis;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.XAddArgs;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.bus.BusError;
import org.openedx.events.bus.EventBusProducer;
import org.openedx.events.instrumentation.BusMessage;
import org.openedx.events.instrumentation.EventsInstrumentation;
import org.openedx.events.instrumentation.Observation;
import org.openedx.events.instrumentation.Registration;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.wire.avro.AvroSchemas;
import org.openedx.events.wire.avro.AvroSignalSerializer;

/**
 * Publishes events to Redis streams as upstream's event-bus-redis does: {@code XADD <prefix-topic> MAXLEN ~ <max> *}
 * with the fields of {@link StreamEntries}. The {@code event_key_field} is not used, as upstream.
 *
 * <p>{@link #send} does not wait for Redis: the {@code XADD} goes out on the shared connection and the send returns,
 * so consecutive sends travel pipelined, in the order they were made (one connection runs its commands in order).
 * At most {@value #MAX_IN_FLIGHT} entries are in flight; a send that finds no room waits up to
 * {@link RedisSettings#producerTimeout()}, and Redis has as long to answer each entry. {@link #send} never throws:
 * a failure, including a timeout, is logged ({@code OXE7009}, without payload values), as upstream's producer does.
 * {@link #publish} is the waiting, throwing form.
 */
@ApplicationScoped
public class RedisEventBusProducer implements EventBusProducer {

    private static final Logger LOG = System.getLogger("org.openedx.events.bus.redis");

    /** The most entries written and not yet answered by Redis. */
    public static final int MAX_IN_FLIGHT = 1024;

    /** The topic of the stream that {@link #prepare()}'s dry run names and that never exists. */
    public static final String WARM_UP_TOPIC = "openedx-events-warm-up";

    /**
     * How many dry runs {@link #prepare()} makes, one after the other: about 60 ms at deployment, for a first send
     * that takes half the time it took without them (benchmarks/RESULTS.md, scenario 13, weighs other counts).
     */
    static final int DRY_RUNS = 100;

    /** The bus, as OpenTelemetry's {@code messaging.system} names it. */
    static final String SYSTEM = "redis";

    private final EventsInstrumentation instrumentation = EventsInstrumentation.get();
    private volatile Registration registration = Registration.NONE;
    private RedisConnections connections;
    private final Map<OpenEdxPublicSignal<?>, AvroSignalSerializer<?>> serializers = new ConcurrentHashMap<>();
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final AtomicLong failedSends = new AtomicLong();

    /** For the container's proxy. */
    protected RedisEventBusProducer() {}

    /**
     * Creates the producer.
     *
     * @param connections the Redis connections and settings
     */
    @Inject
    public RedisEventBusProducer(RedisConnections connections) {
        this.connections = connections;
    }

    @Override
    public void send(
            OpenEdxPublicSignal<?> signal, String topic, String eventKeyField, Object data, EventsMetadata metadata) {
        publish(signal, topic, data, metadata, sent(signal, topic, metadata));
    }

    /** What a send does when Redis answered: a failure is logged ({@code OXE7009}), a success at DEBUG. */
    private BiConsumer<String, Throwable> sent(OpenEdxPublicSignal<?> signal, String topic, EventsMetadata metadata) {
        return (entryId, failure) -> {
            if (failure != null) {
                sendFailed(signal, topic, metadata, failure);
            } else if (LOG.isLoggable(Level.DEBUG)) {
                LOG.log(
                        Level.DEBUG,
                        "Message delivered to Redis event bus: topic=" + topic + ", event type=" + signal.eventType()
                                + ", message id=" + metadata.id() + ", redis_msg_id=" + entryId);
            }
        };
    }

    /**
     * Encodes the entry and writes it without waiting for Redis; the outcome is reported once, with the entry id or
     * the failure, whether the write failed at once or Redis answered later.
     */
    private void publish(
            OpenEdxPublicSignal<?> signal,
            String topic,
            Object data,
            EventsMetadata metadata,
            BiConsumer<String, Throwable> outcome) {
        RedisSettings settings = connections.settings();
        publish(signal, settings.streamKey(topic), trimming(settings), data, metadata, true, outcome);
    }

    /** As above, to any stream with any arguments; a dry run ({@code observed} false) is not instrumented. */
    private void publish(
            OpenEdxPublicSignal<?> signal,
            String streamKey,
            XAddArgs args,
            Object data,
            EventsMetadata metadata,
            boolean observed,
            BiConsumer<String, Throwable> outcome) {
        Observation observation = Observation.NONE;
        try {
            Map<String, String> trace = observed ? traceCarrier() : Map.of();
            observation = observed ? startWrite(streamKey, signal, metadata, trace) : Observation.NONE;
            Observation written = observation;
            Map<String, byte[]> entry = StreamEntries.encode(metadata, serialize(signal, data), trace);
            write(streamKey, args, entry, (entryId, failure) -> {
                end(written, failure);
                outcome.accept(entryId, failure);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(observation, e);
            outcome.accept(null, e);
        } catch (RuntimeException e) {
            end(observation, e);
            outcome.accept(null, e);
        } finally {
            // The caller's thread is the container's (request, transaction completion): leave no Netty state on it.
            RedisConnections.releaseNettyThreadLocals();
        }
    }

    /** An empty carrier for the trace context; without instrumentation, one that stays empty and costs nothing. */
    private Map<String, String> traceCarrier() {
        return instrumentation == EventsInstrumentation.NOOP ? Map.of() : new LinkedHashMap<>(4);
    }

    /** The bus write's observation; without instrumentation, nothing is made for it. */
    private Observation startWrite(
            String streamKey, OpenEdxPublicSignal<?> signal, EventsMetadata metadata, Map<String, String> trace) {
        return instrumentation == EventsInstrumentation.NOOP
                ? Observation.NONE
                : instrumentation.startBusWrite(
                        BusMessage.produced(
                                SYSTEM,
                                streamKey,
                                signal.eventType(),
                                metadata.id().toString()),
                        trace);
    }

    private static void end(Observation observation, Throwable failure) {
        if (failure != null) {
            observation.failed(failure);
        }
        observation.close();
    }

    /**
     * Publishes like {@link #send}, pipelined, and tells when Redis has the entry (see
     * {@link EventBusProducer#deliver}); nothing is logged.
     */
    @Override
    public CompletionStage<Void> deliver(
            OpenEdxPublicSignal<?> signal, String topic, String eventKeyField, Object data, EventsMetadata metadata) {
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        publish(signal, topic, data, metadata, (entryId, failure) -> {
            if (failure != null) {
                outcome.completeExceptionally(failure);
            } else {
                outcome.complete(null);
            }
        });
        return outcome;
    }

    /**
     * Writes one {@code XADD} without waiting for Redis, once there is room in flight, and reports its outcome.
     *
     * @param streamKey the stream
     * @param args the trimming (and other) arguments
     * @param entry the fields
     * @param outcome called with the entry id, or the failure, before the entry stops counting as in flight
     * @throws InterruptedException when interrupted while waiting for room
     * @throws RedisCommandTimeoutException when no room was made within the producer timeout
     */
    private void write(
            String streamKey, XAddArgs args, Map<String, byte[]> entry, BiConsumer<String, Throwable> outcome)
            throws InterruptedException {
        Duration timeout = connections.settings().producerTimeout();
        if (!inFlight.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new RedisCommandTimeoutException(MAX_IN_FLIGHT + " entries still unanswered after " + timeout);
        }
        try {
            connections
                    .producerConnection()
                    .async()
                    .xadd(streamKey, args, entry)
                    .whenComplete((entryId, failure) -> {
                        try {
                            outcome.accept(entryId, failure);
                        } finally {
                            inFlight.release(); // after the outcome is reported: flush() then sees it reported
                        }
                    });
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    /** Lets the entries in flight reach Redis (up to the producer timeout) before the connections close. */
    @PreDestroy
    void drain() {
        registration.close();
        registration = Registration.NONE;
        try {
            if (connections != null && !flush(connections.settings().producerTimeout())) {
                LOG.log(
                        Level.WARNING,
                        () -> (MAX_IN_FLIGHT - inFlight.availablePermits())
                                + " Redis event-bus entries were still unanswered when the application stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * How many sends this producer has reported as failed ({@code OXE7009}) since it started: a health check or a
     * metric can watch it.
     *
     * @return the count
     */
    public long failedSends() {
        return failedSends.get();
    }

    private void sendFailed(OpenEdxPublicSignal<?> signal, String topic, EventsMetadata metadata, Throwable failure) {
        failedSends.incrementAndGet();
        LOG.log(
                Level.ERROR,
                BusError.PRODUCER_SEND_FAILED.format("Redis", signal.eventType(), metadata.id(), topic, failure),
                failure);
    }

    /**
     * Waits until every entry sent so far has been answered by Redis, or the timeout has passed.
     *
     * @param timeout the longest wait
     * @return true when nothing is in flight any more
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean flush(Duration timeout) throws InterruptedException {
        if (!inFlight.tryAcquire(MAX_IN_FLIGHT, timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        inFlight.release(MAX_IN_FLIGHT);
        return true;
    }

    /**
     * Reads and validates the settings, the connection URL above all, then opens the producer's connection and
     * makes {@value #DRY_RUNS} dry runs of the send path, so that the first send pays for no first use. A dry run
     * sends a made-up enrollment event ({@link AvroSchemas#samplePayload}) through the path of a send and waits for
     * Redis's answer, which comes as a send's does: an {@code XADD … MAXLEN 1} to the stream {@value #WARM_UP_TOPIC}
     * (with the prefix), which keeps only the last entry and is deleted after the last dry run (where the producer may
     * not delete keys, the stream stays with that one made-up entry; that is logged at DEBUG). The first dry run that
     * Redis refuses or does not answer in time ends them, logged at DEBUG. A
     * Redis that cannot be reached yet is logged ({@code OXE7110}) and does not fail the deployment: the next send
     * tries again.
     *
     * @throws org.openedx.events.OpenEdxEventException ({@code OXE7101}, {@code OXE5001}) for a missing or invalid
     *     setting
     */
    @Override
    public void prepare() {
        RedisSettings settings = connections.settings();
        RedisConnections.uri(settings);
        if (registration == Registration.NONE) {
            registration = instrumentation.producerStarted(SYSTEM, connections::producerConnected);
        }
        try {
            connections.producerConnection();
            // The send path as a send takes it: a made-up payload encoded, the entry built, written and answered with
            // an entry id. The send's own outcome callback is made (linking it is part of a first send's cost) but not
            // called: a dry run that Redis refuses is no failed send; it is logged at DEBUG. The logger the outcome of
            // every send asks is bound now rather than on the first send.
            sent(WarmUp.SIGNAL, WARM_UP_TOPIC, WarmUp.METADATA);
            LOG.isLoggable(Level.DEBUG);
            String warmUpKey = settings.streamKey(WARM_UP_TOPIC);
            XAddArgs keepOne = new XAddArgs().maxlen(1); // Lettuce refuses MAXLEN 0
            CourseEnrollmentData payload = WarmUp.payload();
            boolean answered = true;
            AtomicReference<Throwable> refusal = new AtomicReference<>();
            for (int run = 0; run < DRY_RUNS && answered && refusal.get() == null; run++) {
                publish(WarmUp.SIGNAL, warmUpKey, keepOne, payload, WarmUp.METADATA, false, (entryId, failure) -> {
                    if (failure != null) {
                        refusal.compareAndSet(null, failure);
                    }
                });
                // One at a time, as sends mostly go: what a send waits on runs as often as the rest. A dry run that
                // Redis refuses or does not answer in time ends them: the deployment waits once, not a hundred times.
                answered = flush(settings.producerTimeout());
            }
            dryRunRefused("dry run", refusal.get());
            if (answered) {
                deleteWarmUpStream(warmUpKey, settings.producerTimeout());
            } else {
                LOG.log(
                        Level.DEBUG,
                        () -> "Redis did not answer the producer's dry run in time; " + warmUpKey + " may stay");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, RedisError.PRODUCER_NOT_CONNECTED.format(e));
        } finally {
            RedisConnections.releaseNettyThreadLocals(); // the deploying thread is the container's
        }
    }

    private static void dryRunRefused(String what, Throwable failure) {
        if (failure != null) {
            LOG.log(Level.DEBUG, () -> "The Redis producer's " + what + " was refused: " + failure.getMessage());
        }
    }

    /** Deletes the dry runs' stream; where Redis refuses (a user without {@code DEL}), it stays with one entry. */
    private void deleteWarmUpStream(String key, Duration timeout) throws InterruptedException {
        try {
            connections.producerConnection().async().del(key).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            dryRunRefused("deletion of the warm-up stream " + key, e);
        }
    }

    /** {@return {@code redis}, the name {@code EVENT_BUS_PRODUCER} chooses this back end by} */
    @Override
    public String name() {
        return "redis";
    }

    /**
     * Publishes an event and returns the entry id Redis gave it.
     *
     * @param signal the signal
     * @param topic the topic, without the prefix
     * @param data the payload
     * @param metadata the metadata
     * @return the stream entry id, e.g. {@code 1684306039300-0}
     * @throws RuntimeException when encoding or Redis fails
     */
    public String publish(OpenEdxPublicSignal<?> signal, String topic, Object data, EventsMetadata metadata) {
        byte[] eventData = serialize(signal, data);
        RedisSettings settings = connections.settings();
        try {
            return connections
                    .producerConnection()
                    .sync()
                    .xadd(settings.streamKey(topic), trimming(settings), StreamEntries.encode(metadata, eventData));
        } finally {
            // The caller's thread is the container's (request, transaction completion): leave no Netty state on it.
            RedisConnections.releaseNettyThreadLocals();
        }
    }

    private static XAddArgs trimming(RedisSettings settings) {
        return new XAddArgs().maxlen(settings.streamMaxLen()).approximateTrimming();
    }

    /** The dry run's event: its metadata, made once, and a made-up payload. */
    private static final class WarmUp {
        static final OpenEdxPublicSignal<CourseEnrollmentData> SIGNAL = LearningSignals.COURSE_ENROLLMENT_CREATED;
        static final EventsMetadata METADATA = new EventsMetadata(
                "org.openedx.events.warm-up.v1",
                new UUID(0, 0),
                0,
                "openedx/events/warm-up",
                "localhost",
                OffsetDateTime.now(ZoneOffset.UTC),
                List.of(0, 0, 0));

        static CourseEnrollmentData payload() {
            return AvroSchemas.samplePayload(SIGNAL);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> byte[] serialize(OpenEdxPublicSignal<T> signal, Object data) {
        AvroSignalSerializer<T> serializer =
                (AvroSignalSerializer<T>) serializers.computeIfAbsent(signal, s -> new AvroSignalSerializer<>(signal));
        return serializer.serialize(signal.cast(data));
    }
}
