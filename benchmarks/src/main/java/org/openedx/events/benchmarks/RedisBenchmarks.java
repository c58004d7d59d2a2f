package org.openedx.events.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.control.RequestContextController;

import io.lettuce.core.Consumer;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.jboss.weld.environment.se.WeldContainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.bus.ConsumerThreads;
import org.openedx.events.bus.redis.ConsumerOptions;
import org.openedx.events.bus.redis.RedisConnections;
import org.openedx.events.bus.redis.RedisEventBusProducer;
import org.openedx.events.bus.redis.RedisEventConsumer;
import org.openedx.events.bus.redis.RedisServer;
import org.openedx.events.bus.redis.RedisSettings;

/**
 * The Redis bus (issue #15, scenarios 11 and 12) against a {@code redis-server} each fork starts for itself
 * ({@link RedisServer}), with the raw Lettuce commands on one connection as the baseline of the same run.
 * Scores are events per second: each invocation moves {@value #EVENTS} events.
 *
 * <ul>
 *   <li>11, producer: {@link RedisEventBusProducer#send} of the enrollment event {@value #EVENTS} times, then
 *       {@link RedisEventBusProducer#flush} (so every entry is in Redis when the invocation ends), against the same
 *       entry's bytes written with pipelined asynchronous {@code XADD}s (the same {@code MAXLEN ~}), 16 to a socket
 *       write, and awaited;</li>
 *   <li>12, consumer: a {@link RedisEventConsumer} re-emitting {@value #EVENTS} entries, already in the stream, to one
 *       observer in Weld SE (through a request context, as the library's consumers do), against raw
 *       {@code XREADGROUP COUNT 64} reads of the same entries, each batch acknowledged by one pipelined
 *       {@code XACK}.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RedisBenchmarks {

    /** Events per invocation. */
    static final int EVENTS = 2_000;

    /** Entries one raw read takes (the library's batch). */
    static final int READ_BATCH = 64;

    private static final long WAIT_SECONDS = 60;

    /** A redis-server and a plain Lettuce connection to it. */
    public abstract static class Server {

        RedisServer server;
        RedisClient client;
        StatefulRedisConnection<String, byte[]> raw;
        final Map<String, byte[]> entry = BusFixtures.redisEntry();
        final XAddArgs trimming =
                new XAddArgs().maxlen(RedisSettings.DEFAULT_STREAM_MAX_LEN).approximateTrimming();

        /**
         * Starts the server and connects.
         *
         * @throws Exception if the server or the connection fails
         */
        @Setup(Level.Trial)
        public void startServer() throws Exception {
            Containers.quietLogging();
            try {
                server = RedisServer.started();
                client = RedisClient.create(server.url());
                raw = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                raw.setTimeout(Duration.ofSeconds(WAIT_SECONDS));
                started();
            } catch (Exception | Error e) {
                // JMH does not tear down a trial whose setup failed: stop the server here.
                try {
                    stopServer();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        abstract void started() throws Exception;

        /**
         * Writes entries with pipelined {@code XADD}s and waits until Redis has them all.
         *
         * @param stream the stream
         * @param count how many
         */
        void write(String stream, int count) {
            RedisAsyncCommands<String, byte[]> async = raw.async();
            RedisFuture<?>[] replies = new RedisFuture<?>[count];
            for (int i = 0; i < count; i++) {
                replies[i] = async.xadd(stream, trimming, entry);
            }
            if (!LettuceFutures.awaitAll(Duration.ofSeconds(WAIT_SECONDS), replies)) {
                throw new IllegalStateException("Redis did not answer " + count + " XADDs in time");
            }
        }

        /**
         * Stops what {@link #started()} started, then closes the connection and stops the server.
         *
         * @throws Exception if stopping fails
         */
        @TearDown(Level.Trial)
        public void stopServer() throws Exception {
            try {
                stopping();
            } finally {
                if (raw != null) {
                    raw.close();
                }
                if (client != null) {
                    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
                }
                if (server != null) {
                    server.close();
                }
            }
        }

        void stopping() throws Exception {}
    }

    /** Scenario 11: the library's producer, connected (one send answered) before the measurement. */
    @State(Scope.Benchmark)
    public static class Producer extends Server {

        RedisConnections connections;
        RedisEventBusProducer producer;

        @Override
        void started() throws InterruptedException {
            connections = new RedisConnections(RedisSettings.forUrl(server.url()));
            producer = new RedisEventBusProducer(connections);
            producer.prepare();
            producer.send(BusFixtures.SIGNAL, BusFixtures.TOPIC, null, BusFixtures.ENROLLMENT, BusFixtures.METADATA);
            if (!producer.flush(Duration.ofSeconds(WAIT_SECONDS)) || raw.sync().xlen(BusFixtures.TOPIC) != 1) {
                throw new IllegalStateException("the producer's first entry did not reach Redis");
            }
        }

        @Override
        void stopping() {
            if (connections != null) {
                connections.close();
            }
        }
    }

    /**
     * Scenario 11's baseline: raw pipelined {@code XADD}s of the same entry on one connection of its own, which
     * writes them to the socket {@value #PIPELINE} at a time ({@code setAutoFlushCommands(false)} and
     * {@code flushCommands()}), as {@code redis-benchmark -P 16} does.
     */
    @State(Scope.Benchmark)
    public static class RawProducer extends Server {

        StatefulRedisConnection<String, byte[]> pipelined;

        @Override
        void started() {
            pipelined = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            pipelined.setTimeout(Duration.ofSeconds(WAIT_SECONDS));
            pipelined.setAutoFlushCommands(false);
            write(BusFixtures.TOPIC, 1);
        }

        @Override
        void stopping() {
            if (pipelined != null) {
                pipelined.close();
            }
        }
    }

    /** Commands the raw producer writes to the socket at a time. */
    static final int PIPELINE = 16;

    /**
     * Scenario 12: a library consumer on its own thread, re-emitting into Weld SE; each invocation's entries are
     * written before it, while the consumer waits at the observer's gate ({@link Receipts}).
     */
    @State(Scope.Benchmark)
    public static class LibraryConsumer extends Server {

        WeldContainer container;
        RedisConnections connections;
        RedisEventConsumer consumer;
        Thread thread;
        long expected;

        @Override
        void started() throws Exception {
            container = Containers.withExtension(false, BusObserver.class);
            OpenEdxEvents events = Containers.sender(container);
            connections = new RedisConnections(RedisSettings.forUrl(server.url()));
            // The group exists, at the end of the empty stream, before anything is written: the consumer (with
            // check_backlog) reads every entry written from now on.
            raw.sync()
                    .xgroupCreate(
                            XReadArgs.StreamOffset.latest(BusFixtures.TOPIC),
                            "bench",
                            XGroupCreateArgs.Builder.mkstream());
            consumer = new RedisEventConsumer(
                    connections,
                    events,
                    ConsumerOptions.of(
                                    BusFixtures.TOPIC,
                                    "bench",
                                    "bench-1",
                                    connections.settings().defaults())
                            .withCheckBacklog(true),
                    ConsumerThreads.inRequestContext(container.select(RequestContextController.class)));
            thread = new Thread(consumer::consumeIndefinitely, "redis-bench-consumer");
            thread.setDaemon(true);
            thread.start();
            write(BusFixtures.TOPIC, 1);
            Receipts.INSTANCE.openAndAwait(1, WAIT_SECONDS);
        }

        /**
         * Writes the invocation's entries and waits until the consumer holds the first at the observer's gate.
         *
         * @throws InterruptedException if interrupted
         */
        @Setup(Level.Invocation)
        public void writeEntries() throws InterruptedException {
            Receipts.INSTANCE.close();
            expected = Receipts.INSTANCE.count() + EVENTS;
            write(BusFixtures.TOPIC, EVENTS);
            Receipts.INSTANCE.awaitHeld(WAIT_SECONDS);
        }

        @Override
        void stopping() throws InterruptedException {
            if (consumer != null) {
                consumer.stop();
                thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            }
            if (connections != null) {
                connections.close();
            }
            if (container != null) {
                container.shutdown();
            }
        }
    }

    /** Scenario 12's baseline: raw reads and acknowledgements of the same entries by a group of its own. */
    @State(Scope.Benchmark)
    public static class RawConsumer extends Server {

        final Consumer<String> me = Consumer.from("bench-raw", "raw-1");
        List<StreamMessage<String, byte[]>> first;

        @Override
        void started() {
            raw.sync()
                    .xgroupCreate(
                            XReadArgs.StreamOffset.latest(BusFixtures.TOPIC),
                            me.getGroup(),
                            XGroupCreateArgs.Builder.mkstream());
        }

        /** Writes the invocation's entries and makes the first read, as the library's consumer has when measured. */
        @Setup(Level.Invocation)
        public void writeEntries() {
            write(BusFixtures.TOPIC, EVENTS);
            first = read();
        }

        List<StreamMessage<String, byte[]>> read() {
            return raw.sync()
                    .xreadgroup(
                            me,
                            XReadArgs.Builder.count(READ_BATCH),
                            XReadArgs.StreamOffset.lastConsumed(BusFixtures.TOPIC));
        }
    }

    /**
     * Scenario 11: the library's producer sends the enrollment event, then waits until Redis has every entry.
     *
     * @param s the producer
     * @return whether every entry was answered
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public boolean s11RedisProducerSend(Producer s) throws InterruptedException {
        for (int i = 0; i < EVENTS; i++) {
            s.producer.send(BusFixtures.SIGNAL, BusFixtures.TOPIC, null, BusFixtures.ENROLLMENT, BusFixtures.METADATA);
        }
        if (!s.producer.flush(Duration.ofSeconds(WAIT_SECONDS))) {
            throw new IllegalStateException("Redis did not answer every entry in time");
        }
        return true;
    }

    /**
     * Scenario 11's baseline: the same entry's bytes in pipelined asynchronous {@code XADD}s on one Lettuce
     * connection, written {@value #PIPELINE} at a time, every answer awaited.
     *
     * @param s the connection
     * @return the last entry's id
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object s11RedisRawXadd(RawProducer s) {
        RedisAsyncCommands<String, byte[]> async = s.pipelined.async();
        RedisFuture<?>[] replies = new RedisFuture<?>[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            replies[i] = async.xadd(BusFixtures.TOPIC, s.trimming, s.entry);
            if (i % PIPELINE == PIPELINE - 1) {
                s.pipelined.flushCommands();
            }
        }
        s.pipelined.flushCommands();
        if (!LettuceFutures.awaitAll(Duration.ofSeconds(WAIT_SECONDS), replies)) {
            throw new IllegalStateException("Redis did not answer every XADD in time");
        }
        return replies[EVENTS - 1].toCompletableFuture().getNow(null);
    }

    /**
     * Scenario 12: the library's consumer delivers the invocation's entries to the observer.
     *
     * @param s the consumer
     * @return the deliveries so far
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long s12RedisConsumer(LibraryConsumer s) throws InterruptedException {
        return Receipts.INSTANCE.openAndAwait(s.expected, WAIT_SECONDS);
    }

    /**
     * Scenario 12's baseline: {@code XREADGROUP COUNT 64} until the invocation's entries are read, each batch
     * acknowledged by one pipelined {@code XACK} (awaited at the end).
     *
     * @param s the connection and the first batch
     * @param bh consumes every entry's fields
     * @return the entries read
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int s12RedisRawReadAck(RawConsumer s, Blackhole bh) {
        RedisAsyncCommands<String, byte[]> async = s.raw.async();
        List<StreamMessage<String, byte[]>> batch = s.first;
        int read = 0;
        RedisFuture<Long> last = null;
        while (true) {
            List<String> ids = new ArrayList<>(batch.size());
            for (StreamMessage<String, byte[]> message : batch) {
                bh.consume(message.getBody());
                ids.add(message.getId());
            }
            read += batch.size();
            if (!ids.isEmpty()) {
                last = async.xack(BusFixtures.TOPIC, s.me.getGroup(), ids.toArray(String[]::new));
            }
            if (read >= EVENTS) {
                break;
            }
            batch = s.read();
            if (batch.isEmpty()) {
                throw new IllegalStateException("only " + read + " of " + EVENTS + " entries in the stream");
            }
        }
        if (last != null && !LettuceFutures.awaitAll(Duration.ofSeconds(WAIT_SECONDS), last)) {
            throw new IllegalStateException("Redis did not answer the last XACK in time");
        }
        return read;
    }
}
