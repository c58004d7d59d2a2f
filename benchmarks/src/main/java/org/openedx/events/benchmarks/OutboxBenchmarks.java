package org.openedx.events.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jboss.weld.environment.se.Weld;
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

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.bus.EventBusProducerExtension;
import org.openedx.events.bus.EventOutbox;
import org.openedx.events.bus.outbox.OutboxExtension;
import org.openedx.events.bus.outbox.OutboxRelay;
import org.openedx.events.bus.outbox.OutboxRow;
import org.openedx.events.bus.outbox.OutboxSettings;
import org.openedx.events.bus.outbox.OutboxTable;
import org.openedx.events.bus.outbox.testing.PostgresServer;
import org.openedx.events.bus.redis.RedisConnections;
import org.openedx.events.bus.redis.RedisEventBusExtension;
import org.openedx.events.bus.redis.RedisEventBusProducer;
import org.openedx.events.bus.redis.RedisServer;
import org.openedx.events.bus.redis.RedisSettings;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningEvents;

/**
 * Scenario 17 (issue #17): what the transactional outbox costs, against a {@code redis-server} and a throw-away
 * PostgreSQL cluster each fork starts for itself, reached through a HikariCP pool of 4 connections (as a Java SE
 * application would; a Jakarta EE server pools its data sources itself).
 *
 * <ul>
 *   <li>{@code send} of the enrollment event, published to Redis, by a Weld SE application: directly (the Redis
 *       producer, after the send) and through the outbox (the row written and committed in PostgreSQL before the send
 *       returns, then published by the relay's threads). Outside a JTA transaction each row is its own transaction;
 *       in a JTA transaction the row rides the business transaction's commit, so the difference is the
 *       {@code INSERT}. The test cluster runs without {@code fsync}: the commit's disk flush is not measured.</li>
 *   <li>the relay: events per second when it publishes a backlog of {@value #BACKLOG} pending rows (20 keys), from
 *       claim to the rows marked published.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OutboxBenchmarks {

    /** Rows in the relay's backlog per invocation. */
    static final int BACKLOG = 2_000;

    private static final String PRODUCER_CONFIG = "{\"" + LearningEvents.COURSE_ENROLLMENT_CREATED + "\": {\""
            + BusFixtures.TOPIC + "\": {\"event_key_field\": \"enrollment.user.id\", \"enabled\": true}}}";

    /** A redis-server and a PostgreSQL cluster of this fork. */
    public abstract static class Servers {

        RedisServer redis;
        PostgresServer postgres;
        HikariDataSource pool;

        /**
         * Starts the servers, then what the scenario needs.
         *
         * @throws Exception if a server does not start
         */
        @Setup(Level.Trial)
        public void startServers() throws Exception {
            Containers.quietLogging();
            try {
                redis = RedisServer.started();
                postgres = new PostgresServer();
                postgres.open();
                HikariConfig config = new HikariConfig();
                config.setDataSource(postgres.dataSource());
                config.setMaximumPoolSize(4);
                pool = new HikariDataSource(config);
                started();
            } catch (Exception | Error e) {
                try {
                    stopServers(); // JMH does not tear down a trial whose setup failed
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        abstract void started() throws Exception;

        void stopping() throws Exception {}

        /**
         * Stops what {@link #started()} started and the servers.
         *
         * @throws Exception if stopping fails
         */
        @TearDown(Level.Trial)
        public void stopServers() throws Exception {
            try {
                stopping();
            } finally {
                if (pool != null) {
                    pool.close();
                }
                if (postgres != null) {
                    postgres.close();
                }
                if (redis != null) {
                    redis.close();
                }
            }
        }
    }

    /** A Weld SE application that publishes enrollments to Redis, with or without the outbox. */
    public abstract static class Application extends Servers {

        WeldContainer container;
        OpenEdxEvents events;

        abstract boolean outbox();

        @Override
        void started() {
            OutboxBeans.dataSource = pool;
            OutboxBeans.redis = RedisSettings.forUrl(redis.url());
            OutboxBeans.settings = OutboxSettings.from(
                    Map.of(OutboxSettings.CREATE_TABLE, "true", OutboxSettings.RETENTION, "0")::get);
            Map<String, String> bus = Map.of(
                    "EVENT_BUS_PRODUCER_CONFIG", PRODUCER_CONFIG, EventOutbox.SETTING, Boolean.toString(outbox()));
            Weld weld = new Weld("bench-outbox-" + outbox() + "-" + UUID.randomUUID())
                    .disableDiscovery()
                    .addExtension(new OpenEdxEventsExtension())
                    .addExtension(new EventBusProducerExtension(bus::get))
                    .addExtension(new RedisEventBusExtension())
                    .addBeanClasses(OutboxBeans.class, BusObserver.class);
            if (outbox()) {
                weld.addExtension(new OutboxExtension());
            }
            container = weld.initialize();
            events = Containers.sender(container);
        }

        @Override
        void stopping() {
            if (container != null) {
                container.close();
            }
        }
    }

    /** The application publishing directly. */
    @State(Scope.Benchmark)
    public static class Direct extends Application {
        @Override
        boolean outbox() {
            return false;
        }
    }

    /** The application publishing through the outbox. */
    @State(Scope.Benchmark)
    public static class ThroughOutbox extends Application {
        @Override
        boolean outbox() {
            return true;
        }
    }

    /** A relay with a backlog of pending rows before each invocation. */
    @State(Scope.Benchmark)
    public static class Backlog extends Servers {

        OutboxTable table;
        OutboxRelay relay;
        RedisConnections connections;
        RedisEventBusProducer producer;

        @Override
        void started() throws Exception {
            table = new OutboxTable(pool, "bench_outbox");
            table.create();
            connections = new RedisConnections(RedisSettings.forUrl(redis.url()));
            producer = new RedisEventBusProducer(connections);
            producer.prepare();
            relay = new OutboxRelay(
                    table,
                    OutboxSettings.from(Map.of(
                            OutboxSettings.TABLE, "bench_outbox",
                            OutboxSettings.RELAY_DELAY, "0",
                            OutboxSettings.RETENTION, "0")::get),
                    producer::deliver,
                    Clock.systemUTC());
        }

        /**
         * Stores the backlog: {@value #BACKLOG} rows of 20 keys, committed, none published.
         *
         * @throws SQLException if the rows cannot be written
         */
        @Setup(Level.Invocation)
        public void storeBacklog() throws SQLException {
            relay.purge();
            byte[] payload = BusFixtures.redisEntry().get("event_data");
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                Instant now = Instant.now();
                for (int i = 0; i < BACKLOG; i++) {
                    EventsMetadata metadata = BusFixtures.METADATA;
                    table.insert(
                            connection,
                            new OutboxTable.NewRow(
                                    UUID.randomUUID(),
                                    metadata.eventType(),
                                    BusFixtures.TOPIC,
                                    "enrollment.user.id",
                                    Integer.toString(i % 20),
                                    metadata.toJson(),
                                    payload),
                            now);
                }
                connection.commit();
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
     * A send published directly to Redis after it.
     *
     * @param app the application
     * @return the result
     */
    @Benchmark
    public SendResult s17SendDirect(Direct app) {
        return app.events.send(BusFixtures.SIGNAL, BusFixtures.ENROLLMENT);
    }

    /**
     * A send stored in the outbox (its own transaction), published by the relay.
     *
     * @param app the application
     * @return the result
     */
    @Benchmark
    public SendResult s17SendThroughOutbox(ThroughOutbox app) {
        return app.events.send(BusFixtures.SIGNAL, BusFixtures.ENROLLMENT);
    }

    /**
     * The relay publishing the backlog, until every row is marked published.
     *
     * @param backlog the relay and its rows
     * @return the rows published
     * @throws SQLException if the table fails
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BACKLOG)
    public long s17RelayDrain(Backlog backlog) throws SQLException {
        while (backlog.relay.pass() > 0) {
            // the next batch
        }
        long published = backlog.table.counts().get(OutboxRow.Status.PUBLISHED);
        if (published < BACKLOG) {
            throw new IllegalStateException("only " + published + " of " + BACKLOG + " rows published");
        }
        return published;
    }
}
