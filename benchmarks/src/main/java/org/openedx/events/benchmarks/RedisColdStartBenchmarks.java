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
import org.openedx.events.bus.redis.RedisServer;
import org.openedx.events.bus.redis.RedisSettings;
import org.openedx.events.wire.avro.AvroSchemas;

/**
 * Scenario 13 (issue #15, cold start): in a fresh JVM, a Redis producer is deployed as the application deploys it
 * (the event's Avro codec built, as the event bus does for every published event at deployment, then
 * {@link RedisEventBusProducer#prepare()} called, which opens its connection and makes its dry runs), then its sends
 * are measured one by one, single shot: iteration 1 is the first send after deployment, iteration {@value #SENDS} the
 * hundredth, in the same JVM, each after the same pause ({@link Deployed#pause()}). Each measured operation is a send
 * plus {@link RedisEventBusProducer#flush} until Redis has the entry, so both include one round trip; whatever the
 * first send does besides (opening a connection, a first encoding, code not compiled yet) is the difference. The
 * suite runs many forks and compares the two per fork ({@link ResultsTable}): measured so, neither the JVM-to-JVM
 * spread nor a machine that has been idle longer before one of them decides the ratio.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RedisColdStartBenchmarks {

    /** The sends measured per fork: the first after deployment to the hundredth. */
    static final int SENDS = 100;

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The pause before every measured send. */
    static final long PAUSE_MILLIS = 2;

    /** A deployed producer. */
    @State(Scope.Benchmark)
    public static class Deployed {

        RedisServer server;
        RedisConnections connections;
        RedisEventBusProducer producer;
        int sent;

        /**
         * Starts redis-server and deploys the producer.
         *
         * @throws Exception if the server fails
         */
        @Setup(Level.Trial)
        public void deploy() throws Exception {
            Containers.quietLogging();
            server = RedisServer.started();
            try {
                // As the event bus deploys a producer: it builds the codec of every published event and runs it once,
                // then prepares the producer.
                AvroSchemas.warmUp(BusFixtures.SIGNAL);
                connections = new RedisConnections(RedisSettings.forUrl(server.url()));
                producer = new RedisEventBusProducer(connections);
                producer.prepare();
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
         * Lets the same time pass before every send, the first included: JMH starts the first iteration right after
         * the trial's setup (about 60 µs later) and the others after its own pause between iterations (0.2–10 ms),
         * and on a virtual machine a send after a pause is slower the longer the pause. With {@value #PAUSE_MILLIS}
         * ms before each, the first send is not favoured by coming straight after the deployment.
         *
         * @throws InterruptedException if interrupted
         */
        @Setup(Level.Iteration)
        public void pause() throws InterruptedException {
            Thread.sleep(PAUSE_MILLIS);
        }

        /**
         * Checks that every measured send reached Redis, closes the connections and stops the server.
         *
         * @throws Exception if stopping fails
         */
        @TearDown(Level.Trial)
        public void stop() throws Exception {
            try {
                if (connections != null) {
                    long length = connections.producerConnection().sync().xlen(BusFixtures.TOPIC);
                    if (length != sent) {
                        throw new IllegalStateException("expected " + sent + " entries, found " + length);
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

    /**
     * One send, until Redis has it: the first after deployment in the fork's first iteration, the hundredth in its
     * last.
     *
     * @param s the deployed producer
     * @return whether Redis answered
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    public boolean s13RedisSend(Deployed s) throws InterruptedException {
        s.producer.send(BusFixtures.SIGNAL, BusFixtures.TOPIC, null, BusFixtures.ENROLLMENT, BusFixtures.METADATA);
        if (!s.producer.flush(WAIT)) {
            throw new IllegalStateException("Redis did not answer the send in time");
        }
        s.sent++;
        return true;
    }
}
