package org.openedx.events.benchmarks;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.control.RequestContextController;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
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

import org.openedx.events.bus.ConsumerThreads;
import org.openedx.events.bus.kafka.KafkaConsumerOptions;
import org.openedx.events.bus.kafka.KafkaEventConsumer;
import org.openedx.events.bus.kafka.KafkaEventPublisher;
import org.openedx.events.bus.kafka.KafkaSettings;
import org.openedx.events.bus.kafka.SchemaRegistryClient;
import org.openedx.events.bus.kafka.testing.KafkaBroker;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;

/**
 * The Kafka bus (issue #15, scenarios 14 and 15) on a single-node KRaft broker inside each fork's JVM
 * ({@link KafkaBroker}) with a stub schema registry, against the Kafka client's own limit measured in the same run.
 * Scores are events per second: each invocation moves {@value #EVENTS} events. The broker shares the fork's CPU with
 * the client, so the absolute rates are below a real cluster's; the ratios compare like with like.
 *
 * <ul>
 *   <li>14, producer: {@link KafkaEventPublisher#publish} of the enrollment event (keyed by {@code enrollment.user.id}; the
 *       record upstream writes: Confluent-framed Avro value and key, CloudEvents headers) with the producer settings
 *       of {@code KafkaEventBusProducer} ({@code acks=all}, idempotence, librdkafka's partitioner) and a callback like
 *       its own, then {@code flush()}; against a raw {@code KafkaProducer<byte[], byte[]>} with the same settings
 *       sending the same topic, key, value and headers;</li>
 *   <li>15, consumer: a {@link KafkaEventConsumer} re-emitting records already in the topic to one observer in Weld
 *       SE (through a request context), against a raw {@code KafkaConsumer} poll loop with the same settings
 *       that commits after each poll as the library does.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KafkaBenchmarks {

    /** Events per invocation. */
    static final int EVENTS = 2_000;

    /** The event's key field (upstream keys enrollment events by a field of the payload). */
    static final String KEY_FIELD = "enrollment.user.id";

    private static final long WAIT_SECONDS = 60;

    /** A broker, a registry, the topic, and a publisher with its own producer (to write records). */
    public abstract static class Broker {

        KafkaBroker broker;
        SchemaRegistryStub registry;
        KafkaSettings settings;
        KafkaProducer<byte[], byte[]> producer;
        KafkaEventPublisher publisher;
        final AtomicReference<Exception> failure = new AtomicReference<>();
        /** Like {@code KafkaEventBusProducer}'s callback: remembers a failure (it logs it). */
        final Callback callback = (written, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        };

        /**
         * Starts the broker and the registry, creates the topic and the publisher.
         *
         * @throws Exception if the broker does not start
         */
        @Setup(Level.Trial)
        public void startBroker() throws Exception {
            Containers.quietLogging();
            try {
                broker = new KafkaBroker();
                registry = new SchemaRegistryStub();
                broker.createTopics(1, BusFixtures.TOPIC);
                settings = new KafkaSettings(
                        broker.bootstrapServers(), registry.url(), "", "", null, null, null, "benchmark", Map.of());
                producer = new KafkaProducer<>(settings.producerProperties());
                publisher = new KafkaEventPublisher(settings, producer, registryClient());
                started();
            } catch (Exception | Error e) {
                // JMH does not tear down a trial whose setup failed: stop the broker (and delete its files) here.
                try {
                    stopBroker();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        SchemaRegistryClient registryClient() {
            return new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5));
        }

        abstract void started() throws Exception;

        /**
         * Publishes events through the library's publisher and waits until the broker has them.
         *
         * @param count how many
         */
        void publish(int count) {
            for (int i = 0; i < count; i++) {
                publisher.publish(
                        BusFixtures.SIGNAL,
                        BusFixtures.TOPIC,
                        KEY_FIELD,
                        BusFixtures.ENROLLMENT,
                        BusFixtures.METADATA,
                        callback);
            }
            producer.flush();
            checkDelivered();
        }

        void checkDelivered() {
            Exception e = failure.get();
            if (e != null) {
                throw new IllegalStateException("a record was not delivered", e);
            }
        }

        /**
         * Stops what {@link #started()} started, then the producer, the registry and the broker.
         *
         * @throws Exception if stopping fails
         */
        @TearDown(Level.Trial)
        public void stopBroker() throws Exception {
            try {
                stopping();
            } finally {
                if (producer != null) {
                    producer.close(Duration.ofSeconds(10));
                }
                if (registry != null) {
                    registry.close();
                }
                if (broker != null) {
                    broker.close();
                }
            }
        }

        void stopping() throws Exception {}
    }

    /** Scenario 14: the library's publisher, its schemas registered and its client connected by one send. */
    @State(Scope.Benchmark)
    public static class Publisher extends Broker {

        @Override
        void started() {
            publish(1);
        }
    }

    /** Scenario 14's baseline: a raw producer with the same settings and the library's record, made once. */
    @State(Scope.Benchmark)
    public static class RawProducer extends Broker {

        ProducerRecord<byte[], byte[]> record;

        @Override
        void started() {
            record = publisher.record(
                    BusFixtures.SIGNAL, BusFixtures.TOPIC, KEY_FIELD, BusFixtures.ENROLLMENT, BusFixtures.METADATA);
            producer.send(copy(), callback);
            producer.flush();
            checkDelivered();
        }

        ProducerRecord<byte[], byte[]> copy() {
            return new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers());
        }
    }

    /** Consumers read the topic from its start (a new group's offset): every record written from setup on. */
    static KafkaSettings fromTheStart(KafkaSettings settings) {
        return new KafkaSettings(
                settings.bootstrapServers(),
                settings.schemaRegistryUrl(),
                "",
                "",
                null,
                null,
                null,
                "benchmark-consumer",
                Map.of("auto.offset.reset", "earliest"));
    }

    /**
     * Scenario 15: a library consumer on its own thread, re-emitting into Weld SE; each invocation's records are
     * written before it, while the consumer waits at the observer's gate ({@link Receipts}).
     */
    @State(Scope.Benchmark)
    public static class LibraryConsumer extends Broker {

        WeldContainer container;
        KafkaEventConsumer consumer;
        Thread thread;
        long expected;

        @Override
        void started() throws Exception {
            container = Containers.withExtension(false, BusObserver.class);
            consumer = new KafkaEventConsumer(
                    fromTheStart(settings),
                    registryClient(),
                    Containers.sender(container),
                    KafkaConsumerOptions.of(BusFixtures.TOPIC, "bench"),
                    ConsumerThreads.inRequestContext(container.select(RequestContextController.class)));
            thread = new Thread(consumer, "kafka-bench-consumer");
            thread.setDaemon(true);
            thread.start();
            publish(1);
            Receipts.INSTANCE.openAndAwait(1, WAIT_SECONDS);
        }

        /**
         * Writes the invocation's records and waits until the consumer holds the first at the observer's gate.
         *
         * @throws InterruptedException if interrupted
         */
        @Setup(Level.Invocation)
        public void writeRecords() throws InterruptedException {
            Receipts.INSTANCE.close();
            expected = Receipts.INSTANCE.count() + EVENTS;
            publish(EVENTS);
            Receipts.INSTANCE.awaitHeld(WAIT_SECONDS);
        }

        @Override
        void stopping() throws InterruptedException {
            if (consumer != null) {
                consumer.stop();
                thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            }
            if (container != null) {
                container.shutdown();
            }
        }
    }

    /** Scenario 15's baseline: a raw consumer of the same topic with the library's consumer settings. */
    @State(Scope.Benchmark)
    public static class RawConsumer extends Broker {

        KafkaConsumer<byte[], byte[]> consumer;
        ConsumerRecords<byte[], byte[]> first;

        @Override
        void started() {
            consumer = new KafkaConsumer<>(fromTheStart(settings).consumerProperties("bench-raw"));
            consumer.subscribe(List.of(BusFixtures.TOPIC));
            publish(1);
            int read = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (read < 1 && System.nanoTime() < deadline) {
                read += consumer.poll(Duration.ofSeconds(1)).count();
            }
            if (read != 1) {
                throw new IllegalStateException("the raw consumer did not read the first record");
            }
            consumer.commitSync();
        }

        /** Writes the invocation's records and makes the first poll that returns some, as the library has. */
        @Setup(Level.Invocation)
        public void writeRecords() {
            publish(EVENTS);
            first = poll();
        }

        ConsumerRecords<byte[], byte[]> poll() {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofSeconds(1));
                if (!records.isEmpty()) {
                    return records;
                }
            }
            throw new IllegalStateException("no record within " + WAIT_SECONDS + " s");
        }

        @Override
        void stopping() {
            if (consumer != null) {
                consumer.close(Duration.ofSeconds(10));
            }
        }
    }

    /**
     * Scenario 14: the library's publisher sends the enrollment event, then the producer flushes.
     *
     * @param s the publisher
     * @return the number sent
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int s14KafkaPublisher(Publisher s) {
        s.publish(EVENTS);
        return EVENTS;
    }

    /**
     * Scenario 14's baseline: the raw producer sends the same record's bytes, then flushes.
     *
     * @param s the raw producer
     * @return the number sent
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int s14KafkaRawProducer(RawProducer s) {
        for (int i = 0; i < EVENTS; i++) {
            s.producer.send(s.copy(), s.callback);
        }
        s.producer.flush();
        s.checkDelivered();
        return EVENTS;
    }

    /**
     * Scenario 15: the library's consumer delivers the invocation's records to the observer.
     *
     * @param s the consumer
     * @return the deliveries so far
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long s15KafkaConsumer(LibraryConsumer s) throws InterruptedException {
        return Receipts.INSTANCE.openAndAwait(s.expected, WAIT_SECONDS);
    }

    /**
     * Scenario 15's baseline: poll until the invocation's records are read, committing after each poll.
     *
     * @param s the raw consumer and its first poll
     * @param bh consumes every record's value
     * @return the records read
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int s15KafkaRawPoll(RawConsumer s, Blackhole bh) {
        ConsumerRecords<byte[], byte[]> records = s.first;
        int read = 0;
        while (true) {
            for (Iterator<ConsumerRecord<byte[], byte[]>> it = records.iterator(); it.hasNext(); ) {
                ConsumerRecord<byte[], byte[]> record = it.next();
                bh.consume(record.value());
                bh.consume(record.headers());
                read++;
            }
            s.consumer.commitSync();
            if (read >= EVENTS) {
                return read;
            }
            records = s.poll();
        }
    }
}
