package org.openedx.events.bus.redis;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.lettuce.core.models.stream.PendingMessage;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.SenderValidationException;
import org.openedx.events.bus.BusDelivery;
import org.openedx.events.bus.ConsumerThreads;
import org.openedx.events.instrumentation.BusMessage;
import org.openedx.events.instrumentation.ConsumerProbe;
import org.openedx.events.instrumentation.EventsInstrumentation;
import org.openedx.events.instrumentation.Observation;
import org.openedx.events.support.IsoDateTimes;
import org.openedx.events.wire.avro.AvroCodecException;
import org.openedx.events.wire.avro.AvroSignalDeserializer;

/**
 * Consumes one stream as one consumer of a group and re-emits every entry through
 * {@link OpenEdxEvents#sendWithCustomMetadata}, so observers see the producer's metadata and
 * {@code fromEventBus() == true} (upstream's {@code RedisEventConsumer.consume_indefinitely}).
 *
 * <p>Unlike upstream, delivery is at least once:
 * <ul>
 *   <li>an entry is acknowledged only after every observer succeeded; a failed attempt is retried after a
 *       doubling backoff, and after {@link RetryPolicy#maxAttempts()} attempts the entry is copied to the
 *       dead-letter stream {@code <stream>.<group>.dead-letter} with the error and the attempt count, then
 *       acknowledged. The attempt count lives in Redis (the entry's delivery counter), so it survives restarts;</li>
 *   <li>an entry that cannot be decoded (no or unknown {@code type}, no {@code event_data}, bad metadata, bad
 *       Avro, a payload that fails validation) goes to the dead-letter stream at once;</li>
 *   <li>at start the consumer takes back its own pending entries, and while running it claims entries that stayed
 *       pending longer than {@link RetryPolicy#claimIdle()} ({@code XAUTOCLAIM}), such as those of a consumer that
 *       died;</li>
 *   <li>a Redis error, also a Redis not reachable at start, is logged and retried after
 *       {@code EVENT_BUS_REDIS_CONSUMER_POLL_FAILURE_SLEEP}, doubled with each failure in a row up to
 *       {@link #FAILURE_BACKOFF_MAX}; when the group has vanished (a Redis restart without persistence) it is created
 *       again;</li>
 *   <li>{@link #stop()} lets the entry in hand finish (its current attempt) and then returns from
 *       {@link #consumeIndefinitely()}.</li>
 * </ul>
 * Observers must therefore be idempotent, as upstream already asks.
 */
public final class RedisEventConsumer implements AutoCloseable {

    private static final Logger LOG = System.getLogger("org.openedx.events.bus.redis");
    private static final int CLAIM_BATCH = 10;
    /**
     * Entries one {@code XREADGROUP} may return, delivered one after the other. Each is acknowledged as soon as it
     * has been handled, without waiting for Redis's answer (the {@code XACK}s travel pipelined ahead of the next
     * read), so a batch costs one round trip instead of two per entry. When the consumer stops in the middle of a
     * batch, the entries it has not handled stay pending for its restart or another consumer's claim.
     */
    static final int READ_BATCH = 64;
    /**
     * The longest wait between attempts while Redis fails (not reachable at start, or gone while running): the wait
     * starts at {@code EVENT_BUS_REDIS_CONSUMER_POLL_FAILURE_SLEEP} and doubles with each failure in a row, up to
     * this (or that setting, when it is longer).
     */
    public static final Duration FAILURE_BACKOFF_MAX = Duration.ofSeconds(30);

    /** The event type the instrumentation is told for an entry that cannot be read. */
    static final String UNKNOWN = "unknown";

    private static final long BACKLOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final RedisConnections connections;
    private final OpenEdxEvents events;
    private final ConsumerOptions options;
    private final BusDelivery.WorkCycle workCycle;
    private final Runnable started;
    private final String stream;
    private final String deadLetterStream;
    private final Consumer<String> me;
    private final Map<OpenEdxPublicSignal<?>, AvroSignalDeserializer<?>> deserializers = new ConcurrentHashMap<>();

    private final Object lock = new Object();
    private final EventsInstrumentation instrumentation = EventsInstrumentation.get();
    private long lastBacklog = System.nanoTime() - BACKLOG_INTERVAL_NANOS;
    private boolean stopping;
    private boolean blocked;
    private Thread worker;
    private StatefulRedisConnection<String, byte[]> connection;
    private boolean groupReady;
    private boolean groupLost;
    private long nextClaim;
    /** The last acknowledgement sent, awaited before the connection closes; only the worker thread uses it. */
    private RedisFuture<Long> lastAcknowledgement;

    /**
     * Creates a consumer.
     *
     * @param connections the Redis connections and settings
     * @param events the sender that re-emits the events
     * @param options topic, group, consumer name and retry policy
     * @param workCycle wraps each delivery, or null
     */
    public RedisEventConsumer(
            RedisConnections connections,
            OpenEdxEvents events,
            ConsumerOptions options,
            BusDelivery.WorkCycle workCycle) {
        this(connections, events, options, workCycle, null);
    }

    /**
     * Creates a consumer that reports when it has started.
     *
     * @param connections the Redis connections and settings
     * @param events the sender that re-emits the events
     * @param options topic, group, consumer name and retry policy
     * @param workCycle wraps each delivery, or null
     * @param started run once, on the consumer's thread, when it has connected and prepared its group, before it
     *     reads; or null
     */
    public RedisEventConsumer(
            RedisConnections connections,
            OpenEdxEvents events,
            ConsumerOptions options,
            BusDelivery.WorkCycle workCycle,
            Runnable started) {
        this.connections = connections;
        this.events = events;
        this.options = options;
        this.workCycle = workCycle != null ? workCycle : Supplier::get;
        this.started = started != null ? started : () -> {};
        this.stream = connections.settings().streamKey(options.topic());
        this.deadLetterStream = deadLetterStream(stream, options.group());
        this.me = Consumer.from(options.group(), options.consumerName());
    }

    /**
     * The dead-letter stream of a stream and group.
     *
     * @param stream the stream key
     * @param group the group
     * @return {@code <stream>.<group>.dead-letter}
     */
    public static String deadLetterStream(String stream, String group) {
        return stream + "." + group + ".dead-letter";
    }

    /**
     * The options.
     *
     * @return topic, group, consumer name and retry policy
     */
    public ConsumerOptions options() {
        return options;
    }

    /**
     * Consumes until {@link #stop()} is called. Redis errors and bad entries do not end it. It first connects and
     * prepares its group, and reports that it has started; while Redis fails, at start or later, it tries again after
     * a wait that doubles with each failure in a row, from {@code EVENT_BUS_REDIS_CONSUMER_POLL_FAILURE_SLEEP} up to
     * {@link #FAILURE_BACKOFF_MAX}, logging each failure once with the next wait ({@code OXE7111} before it has
     * started, {@code OXE7105} after).
     */
    public void consumeIndefinitely() {
        synchronized (lock) {
            if (stopping) {
                return;
            }
            worker = Thread.currentThread();
        }
        boolean hasStarted = false;
        boolean ownPendingDone = false;
        int failures = 0;
        ConsumerProbe probe = instrumentation.consumerStarted(
                RedisEventBusProducer.SYSTEM, stream, options.group(), options.consumerName());
        try {
            while (!isStopping()) {
                try {
                    RedisCommands<String, byte[]> redis = commands();
                    if (!groupReady) {
                        prepareGroup(redis);
                    }
                    if (!hasStarted) {
                        hasStarted = true;
                        failures = 0;
                        started.run();
                    }
                    if (!ownPendingDone) {
                        takeBackOwnPending(redis);
                        ownPendingDone = true;
                    }
                    claimIdle(redis);
                    measureBacklog(redis, probe);
                    List<StreamMessage<String, byte[]>> batch = readNew(redis);
                    failures = 0;
                    probe.connected(true);
                    probe.progressed();
                    for (StreamMessage<String, byte[]> message : batch) {
                        if (isStopping()) {
                            break; // the rest of the batch stays pending, for this consumer's restart or a claim
                        }
                        handle(redis, message, 1);
                    }
                } catch (RedisCommandInterruptedException e) {
                    if (!isStopping()) {
                        LOG.log(Level.WARNING, RedisError.CONSUMER_ERROR.format(stream, options.group(), 0, e));
                    }
                } catch (RuntimeException e) {
                    if (isStopping()) {
                        break;
                    }
                    if (String.valueOf(e.getMessage()).startsWith("NOGROUP")) {
                        groupReady = false;
                        groupLost = true;
                    }
                    probe.connected(false);
                    failures++;
                    long delay = failureDelay(failures).toMillis();
                    LOG.log(
                            Level.WARNING,
                            hasStarted
                                    ? RedisError.CONSUMER_ERROR.format(stream, options.group(), delay, e)
                                    : RedisError.CONSUMER_NOT_CONNECTED.format(
                                            stream, options.group(), failures, e, delay));
                    pause(delay);
                }
            }
        } finally {
            probe.close();
            awaitLastAcknowledgement();
            synchronized (lock) {
                worker = null;
                Thread.interrupted();
                if (connection != null) {
                    connection.close();
                    connection = null;
                }
            }
        }
    }

    /**
     * The wait after the given number of Redis failures in a row: {@code EVENT_BUS_REDIS_CONSUMER_POLL_FAILURE_SLEEP},
     * doubled for each further failure, at most {@link #FAILURE_BACKOFF_MAX} (or that setting, when longer).
     *
     * @param failures the failures in a row, from 1
     * @return the wait
     */
    Duration failureDelay(int failures) {
        Duration first = connections.settings().pollFailureSleep();
        Duration cap = first.compareTo(FAILURE_BACKOFF_MAX) > 0 ? first : FAILURE_BACKOFF_MAX;
        return BusDelivery.delayAfter(first, cap, failures);
    }

    /**
     * Asks the consumer to stop: a blocking read is cancelled, an entry being delivered is finished (its current
     * attempt), a backoff wait ends at once and leaves the entry pending for a later claim. Returns at once.
     */
    public void stop() {
        synchronized (lock) {
            stopping = true;
            if (blocked && worker != null) {
                worker.interrupt();
            }
            lock.notifyAll();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    private RedisCommands<String, byte[]> commands() {
        synchronized (lock) {
            if (connection == null) {
                connection = connections.newConnection();
            }
            return connection.sync();
        }
    }

    /** Upstream's start: create the group (ignoring BUSYGROUP), then position it. */
    private void prepareGroup(RedisCommands<String, byte[]> redis) {
        try {
            redis.xgroupCreate(
                    XReadArgs.StreamOffset.from(stream, "0-0"), options.group(), XGroupCreateArgs.Builder.mkstream());
        } catch (RedisCommandExecutionException e) {
            if (!String.valueOf(e.getMessage()).startsWith("BUSYGROUP")) {
                throw e;
            }
        }
        if (!groupLost) {
            if (options.lastReadMsgId() != null) {
                redis.xgroupSetid(XReadArgs.StreamOffset.from(stream, options.lastReadMsgId()), options.group());
            } else if (!options.checkBacklog()) {
                redis.xgroupSetid(XReadArgs.StreamOffset.latest(stream), options.group());
            }
        }
        // After a lost group (Redis restarted empty) everything in the new stream is new: read it from the start.
        groupReady = true;
        groupLost = false;
    }

    /** Entries this consumer had received but not acknowledged when it last stopped. */
    private void takeBackOwnPending(RedisCommands<String, byte[]> redis) {
        String from = "-";
        while (!isStopping()) {
            List<PendingMessage> pending = redis.xpending(stream, me, Range.create(from, "+"), Limit.from(CLAIM_BATCH));
            if (pending.isEmpty()) {
                return;
            }
            for (PendingMessage entry : pending) {
                if (isStopping()) {
                    return;
                }
                claimAndHandle(redis, entry.getId(), Duration.ZERO);
                from = "(" + entry.getId();
            }
        }
    }

    /** XAUTOCLAIM of entries idle longer than the claim time, at most once per claim period. */
    private void claimIdle(RedisCommands<String, byte[]> redis) {
        long now = System.currentTimeMillis();
        if (now < nextClaim) {
            return;
        }
        Duration idle = options.retry().claimIdle();
        nextClaim = now + Math.max(idle.toMillis() / 2, 100);
        String cursor = "0-0";
        do {
            ClaimedMessages<String, byte[]> claimed = redis.xautoclaim(
                    stream,
                    new XAutoClaimArgs<String>()
                            .consumer(me)
                            .minIdleTime(idle)
                            .startId(cursor)
                            .count(CLAIM_BATCH));
            for (StreamMessage<String, byte[]> message : claimed.getMessages()) {
                if (isStopping()) {
                    return;
                }
                if (message.getBody() == null || message.getBody().isEmpty()) {
                    acknowledge(message.getId()); // trimmed away: nothing left to deliver
                    continue;
                }
                handle(redis, message, deliveryCount(redis, message.getId()));
            }
            cursor = claimed.getId();
        } while (!"0-0".equals(cursor) && !isStopping());
    }

    private void claimAndHandle(RedisCommands<String, byte[]> redis, String id, Duration minIdle) {
        List<StreamMessage<String, byte[]>> claimed =
                redis.xclaim(stream, me, new XClaimArgs().minIdleTime(minIdle), id);
        if (claimed.isEmpty()
                || claimed.get(0).getBody() == null
                || claimed.get(0).getBody().isEmpty()) {
            // The entry was trimmed out of the stream: acknowledge it so that it does not stay pending for ever.
            acknowledge(id);
            return;
        }
        handle(redis, claimed.get(0), deliveryCount(redis, id));
    }

    private int deliveryCount(RedisCommands<String, byte[]> redis, String id) {
        List<PendingMessage> pending = redis.xpending(stream, options.group(), Range.create(id, id), Limit.from(1));
        return pending.isEmpty() ? 1 : (int) Math.max(1, pending.get(0).getRedeliveryCount());
    }

    private List<StreamMessage<String, byte[]>> readNew(RedisCommands<String, byte[]> redis) {
        synchronized (lock) {
            if (stopping) {
                return List.of();
            }
            blocked = true;
        }
        try {
            long block = Math.min(
                    connections.settings().pollTimeout().toMillis(),
                    Math.max(options.retry().claimIdle().toMillis() / 2, 100));
            return redis.xreadgroup(
                    me,
                    XReadArgs.Builder.block(Math.max(block, 1)).count(READ_BATCH),
                    XReadArgs.StreamOffset.lastConsumed(stream));
        } finally {
            synchronized (lock) {
                blocked = false;
                Thread.interrupted(); // an interrupt meant for the read must not reach the observers
            }
        }
    }

    /**
     * Acknowledges an entry without waiting for the answer. Commands on one connection run in order, so the next
     * read finds it acknowledged; if Redis never gets it (the connection breaks), the entry stays pending and is
     * delivered again: at least once.
     */
    private void acknowledge(String id) {
        StatefulRedisConnection<String, byte[]> current;
        synchronized (lock) {
            current = connection;
        }
        lastAcknowledgement = current.async().xack(stream, options.group(), id);
    }

    /** On the way out: lets the last acknowledgement reach Redis before the connection closes. */
    private void awaitLastAcknowledgement() {
        RedisFuture<Long> last = lastAcknowledgement;
        lastAcknowledgement = null;
        if (last == null) {
            return;
        }
        boolean interrupted = Thread.interrupted(); // an interrupt meant for a read must not cancel the wait
        try {
            last.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException | RuntimeException e) {
            LOG.log(Level.WARNING, RedisError.CONSUMER_ERROR.format(stream, options.group(), 0, e));
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Delivers one entry, retrying, and acknowledges it once delivered or dead-lettered. */
    private void handle(RedisCommands<String, byte[]> redis, StreamMessage<String, byte[]> message, int attempt) {
        Map<String, byte[]> fields = new LinkedHashMap<>(message.getBody());
        Decoded decoded;
        try {
            decoded = decode(fields);
        } catch (RuntimeException e) {
            String reason = RedisError.ENTRY_UNUSABLE.format(message.getId(), stream, e.getMessage());
            LOG.log(Level.ERROR, reason);
            deadLetter(redis, message.getId(), fields, attempt, reason, null, busMessage(null));
            return;
        }
        BusMessage bus = busMessage(decoded.header());
        Map<String, String> trace = StreamEntries.traceContext(fields);
        int maxAttempts = options.retry().maxAttempts();
        while (true) {
            RuntimeException failure;
            try (Observation observation = instrumentation.startBusDelivery(bus, trace, attempt)) {
                failure = deliver(decoded);
                if (failure != null) {
                    observation.failed(failure);
                }
            }
            if (failure == null) {
                acknowledge(message.getId());
                return;
            }
            if (failure instanceof SenderValidationException || attempt >= maxAttempts) {
                deadLetter(
                        redis,
                        message.getId(),
                        fields,
                        attempt,
                        BusDelivery.reason(failure),
                        BusDelivery.logged(failure),
                        bus);
                return;
            }
            instrumentation.busRetry(bus);
            long delay = options.retry().delayAfter(attempt).toMillis();
            LOG.log(
                    Level.WARNING,
                    RedisError.ATTEMPT_FAILED.format(
                            message.getId(),
                            stream,
                            decoded.header().signal().eventType(),
                            decoded.header().metadata().id(),
                            attempt,
                            maxAttempts,
                            delay,
                            BusDelivery.reason(failure)),
                    BusDelivery.logged(failure));
            // Record the attempt in Redis (the delivery counter), so that a restart continues the count.
            redis.xclaim(stream, me, new XClaimArgs().retryCount(attempt).justid(), message.getId());
            if (!pause(delay)) {
                return; // stopping: the entry stays pending; a later claim resumes it
            }
            attempt++;
        }
    }

    private Decoded decode(Map<String, byte[]> fields) {
        StreamEntries.Header header = StreamEntries.readHeader(fields, events::generateSignalMetadata);
        if (options.signal() != null && !options.signal().equals(header.signal())) {
            throw new IllegalArgumentException(RedisError.UNEXPECTED_TYPE.format(
                    header.signal().eventType(), options.signal().eventType()));
        }
        AvroSignalDeserializer<?> deserializer =
                deserializers.computeIfAbsent(header.signal(), AvroSignalDeserializer::new);
        try {
            return new Decoded(header, deserializer.deserialize(fields.get(StreamEntries.EVENT_DATA)));
        } catch (AvroCodecException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private RuntimeException deliver(Decoded decoded) {
        return BusDelivery.reEmit(
                events, workCycle, decoded.header().metadata(), decoded.header().signal(), decoded.payload());
    }

    private void deadLetter(
            RedisCommands<String, byte[]> redis,
            String id,
            Map<String, byte[]> fields,
            int attempts,
            String error,
            Throwable failure,
            BusMessage bus) {
        Map<String, byte[]> entry = new LinkedHashMap<>(fields);
        entry.put("dead_letter_stream", StreamEntries.utf8(stream));
        entry.put("dead_letter_group", StreamEntries.utf8(options.group()));
        entry.put("dead_letter_consumer", StreamEntries.utf8(options.consumerName()));
        entry.put("dead_letter_entry_id", StreamEntries.utf8(id));
        entry.put("dead_letter_attempts", StreamEntries.utf8(Integer.toString(attempts)));
        entry.put("dead_letter_error", StreamEntries.utf8(error));
        entry.put(
                "dead_letter_time",
                StreamEntries.utf8(IsoDateTimes.format(IsoDateTimes.truncate(OffsetDateTime.now(ZoneOffset.UTC)))));
        redis.xadd(
                deadLetterStream,
                new XAddArgs().maxlen(connections.settings().streamMaxLen()).approximateTrimming(),
                entry);
        acknowledge(id);
        instrumentation.busDeadLetter(bus);
        LOG.log(Level.ERROR, RedisError.DEAD_LETTERED.format(id, stream, deadLetterStream, attempts, error), failure);
    }

    /** What the instrumentation may know of an entry; its type is {@code unknown} when it cannot be read. */
    private BusMessage busMessage(StreamEntries.Header header) {
        String type = UNKNOWN;
        String id = null;
        if (header != null) {
            type = header.signal().eventType();
            id = header.metadata().id().toString();
        }
        return new BusMessage(RedisEventBusProducer.SYSTEM, stream, type, id, options.group(), null);
    }

    /**
     * Tells the probe the group's lag and pending count ({@code XINFO GROUPS}), at most once a second and only when
     * an instrumentation listens. A Redis older than 7.0 reports no lag (-1).
     */
    private void measureBacklog(RedisCommands<String, byte[]> redis, ConsumerProbe probe) {
        long now = System.nanoTime();
        if (probe == ConsumerProbe.NONE || now - lastBacklog < BACKLOG_INTERVAL_NANOS) {
            return;
        }
        lastBacklog = now;
        List<Object> groups;
        try {
            groups = redis.xinfoGroups(stream);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "XINFO GROUPS " + stream + " failed: " + e.getMessage());
            probe.backlog(-1, -1);
            return;
        }
        for (Object group : groups) {
            if (group instanceof List<?> pairs) {
                Map<String, Object> info = new LinkedHashMap<>();
                for (int i = 0; i + 1 < pairs.size(); i += 2) {
                    info.put(asText(pairs.get(i)), pairs.get(i + 1));
                }
                if (options.group().equals(asText(info.get("name")))) {
                    probe.backlog(asLong(info.get("lag")), asLong(info.get("pending")));
                    return;
                }
            }
        }
    }

    private static String asText(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }

    private static long asLong(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return value == null ? -1 : Long.parseLong(asText(value));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Waits, returning early (false) when the consumer is stopping. */
    private boolean pause(long millis) {
        return ConsumerThreads.pause(lock, () -> stopping, millis);
    }

    private record Decoded(StreamEntries.Header header, Object payload) {}
}
