package org.openedx.events.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.openedx.events.bus.redis.RedisConnections;
import org.openedx.events.bus.redis.RedisEventBusProducer;
import org.openedx.events.bus.redis.RedisSettings;
import org.openedx.events.wire.avro.AvroSchemas;

/**
 * Scenario 13 (issue #15, cold start): in a fresh JVM, a Redis producer is deployed as the application deploys it
 * ({@link RedisEventBusProducer#prepare()} called, which opens its connection, and the event's Avro codec built, as the
 * event bus does for every published event at deployment), then one send is measured, single
 * shot: the first send, or the hundredth (after 99 sends, all answered). The measured operation is the send plus
 * {@link RedisEventBusProducer#flush} until Redis has the entry, so both include one round trip; whatever the first
 * send does besides (opening the connection, the first encoding) is the difference. The suite runs these like the
 * boot benchmarks: one measurement per fork, many forks in interleaved rounds, pooled.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedisColdStartBenchmarks {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A deployed producer that has sent nothing yet. */
    @State(Scope.Benchmark)
    public static class Deployed {

        RedisServerProcess server;
        RedisConnections connections;
        RedisEventBusProducer producer;

        /** The sends made before the measured one. */
        int before() {
            return 0;
        }

        /**
         * Starts redis-server, deploys the producer, and makes the sends before the measured one.
         *
         * @throws Exception if the server fails or an earlier send is not answered
         */
        @Setup(Level.Trial)
        public void deploy() throws Exception {
            Containers.quietLogging();
            server = RedisServerProcess.start();
            try {
                connections = new RedisConnections(RedisSettings.forUrl(server.url()));
                producer = new RedisEventBusProducer(connections);
                producer.prepare();
                // What the deployment does besides: the event bus builds the codec of every published event and runs
                // it once.
                AvroSchemas.warmUp(BusFixtures.SIGNAL);
                for (int i = 0; i < before(); i++) {
                    producer.send(
                            BusFixtures.SIGNAL, BusFixtures.TOPIC, null, BusFixtures.ENROLLMENT, BusFixtures.METADATA);
                }
                if (!producer.flush(WAIT)) {
                    throw new IllegalStateException("the earlier sends were not answered");
                }
            } catch (Exception | Error e) {
                // JMH does not tear down a trial whose setup failed
                if (connections != null) {
                    connections.close();
                }
                server.close();
                throw e;
            }
        }

        /**
         * Checks that every entry reached Redis, closes the connections and stops the server.
         *
         * @throws Exception if stopping fails
         */
        @TearDown(Level.Trial)
        public void stop() throws Exception {
            try {
                if (connections != null) {
                    long length = connections.producerConnection().sync().xlen(BusFixtures.TOPIC);
                    if (length != before() + 1) {
                        throw new IllegalStateException("expected " + (before() + 1) + " entries, found " + length);
                    }
                    connections.close();
                }
            } finally {
                if (server != null) {
                    server.close();
                }
            }
        }
    }

    /** The same producer after 99 sends. */
    @State(Scope.Benchmark)
    public static class Warm extends Deployed {

        @Override
        int before() {
            return 99;
        }
    }

    /**
     * The first send after deployment, until Redis has it.
     *
     * @param s the deployed producer
     * @return whether Redis answered
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    public boolean s13RedisFirstSend(Deployed s) throws InterruptedException {
        return send(s);
    }

    /**
     * The hundredth send, until Redis has it.
     *
     * @param s the producer after 99 sends
     * @return whether Redis answered
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    public boolean s13RedisHundredthSend(Warm s) throws InterruptedException {
        return send(s);
    }

    private static boolean send(Deployed s) throws InterruptedException {
        s.producer.send(BusFixtures.SIGNAL, BusFixtures.TOPIC, null, BusFixtures.ENROLLMENT, BusFixtures.METADATA);
        if (!s.producer.flush(WAIT)) {
            throw new IllegalStateException("Redis did not answer the send in time");
        }
        return true;
    }
}
