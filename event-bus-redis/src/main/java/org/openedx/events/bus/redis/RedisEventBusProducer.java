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

    /** The topic of the stream that {@link #prepare()}'s dry runs write to, and delete at the end. */
    public static final String WARM_UP_TOPIC = "openedx-events-warm-up";

    /**
     * The most dry runs {@link #prepare()} makes, one after the other: enough for the JIT to have compiled the send
     * path before the first send (benchmarks/RESULTS.md, scenario 13, weighs other counts).
     */
    static final int DRY_RUNS = 400;

    /**
     * How long {@link #prepare()} goes on starting dry runs: a Redis far away (a round trip of a millisecond or more)
     * holds the deployment this long, not {@value #DRY_RUNS} round trips.
     */
    static final Duration DRY_RUN_TIME = Duration.ofMillis(500);

    /**
     * The length the dry runs trim their stream to, approximately, as sends trim theirs: it never holds more than one
     * of Redis's stream nodes (100 entries by default).
     */
    private static final long DRY_RUN_MAX_LEN = 1;

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
        publish(signal, topic, data, metadata, maxLen(), instrumentation, new Sent(signal, topic, metadata, null));
    }

    /**
     * What a send does once Redis has answered: a failure is logged ({@code OXE7009}), a success at DEBUG. A dry run
     * ({@code refusal} not null) records its failure there instead: it is no failed send.
     *
     * <p>Sends and dry runs share this one class so that the code on their path sees one type of outcome, as it
     * will in every send after them: a dry run with another outcome would leave the JIT's profile of that code
     * wrong for the first sends.
     */
    private final class Sent implements BiConsumer<String, Throwable> {
        private final OpenEdxPublicSignal<?> signal;
        private final String topic;
        private final EventsMetadata metadata;
        private final AtomicReference<Throwable> refusal;

        Sent(OpenEdxPublicSignal<?> signal, String topic, EventsMetadata metadata, AtomicReference<Throwable> refusal) {
            this.signal = signal;
            this.topic = topic;
            this.metadata = metadata;
            this.refusal = refusal;
        }

        @Override
        public void accept(String entryId, Throwable failure) {
            if (failure != null) {
                if (refusal == null) {
                    sendFailed(signal, topic, metadata, failure);
                } else {
                    refusal.compareAndSet(null, failure);
                }
            } else if (LOG.isLoggable(Level.DEBUG)) {
                LOG.log(
                        Level.DEBUG,
                        "Message delivered to Redis event bus: topic=" + topic + ", event type=" + signal.eventType()
                                + ", message id=" + metadata.id() + ", redis_msg_id=" + entryId);
            }
        }
    }

    /**
     * Encodes the entry and writes it to the topic's stream, trimmed, without waiting for Redis; the outcome is
     * reported once, with the entry id or the failure, whether the write failed at once or Redis answered later.
     * Sends, deliveries and dry runs all take this path.
     *
     * @param maxLen the length the stream is trimmed to, approximately
     * @param observer what observes the write: the producer's instrumentation, or {@link EventsInstrumentation#NOOP}
     *     for a dry run
     */
    private void publish(
            OpenEdxPublicSignal<?> signal,
            String topic,
            Object data,
            EventsMetadata metadata,
            long maxLen,
            EventsInstrumentation observer,
            BiConsumer<String, Throwable> outcome) {
        Observation observation = Observation.NONE;
        try {
            String streamKey = connections.settings().streamKey(topic);
            Map<String, String> trace = traceCarrier(observer);
            observation = startWrite(observer, streamKey, signal, metadata, trace);
            Observation written = observation;
            Map<String, byte[]> entry = StreamEntries.encode(metadata, serialize(signal, data), trace);
            write(streamKey, trimming(maxLen), entry, (entryId, failure) -> {
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
    private static Map<String, String> traceCarrier(EventsInstrumentation observer) {
        return observer == EventsInstrumentation.NOOP ? Map.of() : new LinkedHashMap<>(4);
    }

    /** The bus write's observation; without instrumentation, nothing is made for it. */
    private static Observation startWrite(
            EventsInstrumentation observer,
            String streamKey,
            OpenEdxPublicSignal<?> signal,
            EventsMetadata metadata,
            Map<String, String> trace) {
        return observer == EventsInstrumentation.NOOP
                ? Observation.NONE
                : observer.startBusWrite(
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
        publish(signal, topic, data, metadata, maxLen(), instrumentation, (entryId, failure) -> {
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
     * makes dry runs of the send path, so that the first send pays for no first use: neither loading nor linking,
     * nor code the JIT has not compiled yet. A dry run is a send of a made-up enrollment event
     * ({@link AvroSchemas#samplePayload}) to the stream {@value #WARM_UP_TOPIC} (with the prefix), made exactly as a
     * send is made (the same code, the same kind of outcome, {@code MAXLEN ~} trimming), except that it is not
     * instrumented and that {@code prepare} waits for Redis's answer before the next. They go on until
     * {@value #DRY_RUNS} have been made or {@link #DRY_RUN_TIME} has passed; the first that Redis refuses or does not
     * answer in time ends them (logged at DEBUG). The stream is then deleted; where the producer may not delete keys,
     * it stays, with at most one stream node of made-up entries (logged at DEBUG). A Redis that cannot be reached yet
     * is logged ({@code OXE7110}) and does not fail the deployment: the next send tries again.
     *
     * @throws org.openedx.events.OpenEdxEventException ({@code OXE7101}, {@code OXE5001}) for a missing or invalid
     *     setting
     */
    @Override
    public void prepare() {
        prepare(DRY_RUNS, DRY_RUN_TIME);
    }

    /**
     * {@link #prepare()} with other limits on the dry runs.
     *
     * @param maxRuns the most dry runs
     * @param time how long new dry runs are started; the first is made however short this is
     */
    void prepare(int maxRuns, Duration time) {
        RedisSettings settings = connections.settings();
        RedisConnections.uri(settings);
        if (registration == Registration.NONE) {
            registration = instrumentation.producerStarted(SYSTEM, connections::producerConnected);
        }
        try {
            connections.producerConnection();
            LOG.isLoggable(Level.DEBUG); // binds the logger that the outcome of every send asks
            if (dryRuns(settings, maxRuns, time)) {
                deleteWarmUpStream(settings.streamKey(WARM_UP_TOPIC), settings.producerTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, RedisError.PRODUCER_NOT_CONNECTED.format(e));
        } finally {
            RedisConnections.releaseNettyThreadLocals(); // the deploying thread is the container's
        }
    }

    /**
     * Makes the dry runs, one at a time, as sends mostly go: what a send waits on then runs as often as the rest.
     *
     * @return false when Redis did not answer one in time (the warm-up stream may then stay)
     */
    private boolean dryRuns(RedisSettings settings, int maxRuns, Duration time) throws InterruptedException {
        CourseEnrollmentData payload = WarmUp.payload();
        AtomicReference<Throwable> refusal = new AtomicReference<>();
        // The outcome of a dry run is of the class of a send's: the JIT then compiles the path for what sends pass.
        Sent outcome = new Sent(WarmUp.SIGNAL, WARM_UP_TOPIC, WarmUp.METADATA, refusal);
        long start = System.nanoTime();
        for (int run = 0; run < maxRuns && (run == 0 || System.nanoTime() - start < time.toNanos()); run++) {
            publish(
                    WarmUp.SIGNAL,
                    WARM_UP_TOPIC,
                    payload,
                    WarmUp.METADATA,
                    DRY_RUN_MAX_LEN,
                    EventsInstrumentation.NOOP,
                    outcome);
            if (!flush(settings.producerTimeout())) {
                // Unanswered: the deployment waits once, not once per dry run.
                LOG.log(
                        Level.DEBUG,
                        () -> "Redis did not answer the producer's dry run in time; "
                                + settings.streamKey(WARM_UP_TOPIC) + " may stay");
                return false;
            }
            if (refusal.get() != null) {
                dryRunRefused("dry run", refusal.get());
                return true;
            }
        }
        return true;
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
                    .xadd(
                            settings.streamKey(topic),
                            trimming(settings.streamMaxLen()),
                            StreamEntries.encode(metadata, eventData));
        } finally {
            // The caller's thread is the container's (request, transaction completion): leave no Netty state on it.
            RedisConnections.releaseNettyThreadLocals();
        }
    }

    /** {@return the configured length of a stream, {@code EVENT_BUS_REDIS_STREAM_MAX_LEN}} */
    private long maxLen() {
        return connections.settings().streamMaxLen();
    }

    /** {@return {@code MAXLEN ~ maxLen}, as upstream trims} */
    private static XAddArgs trimming(long maxLen) {
        return new XAddArgs().maxlen(maxLen).approximateTrimming();
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
