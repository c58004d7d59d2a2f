package org.openedx.events.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.bus.ConsumerThreads;
import org.openedx.events.bus.EventBusProducerExtension;
import org.openedx.events.bus.ProducerConfig;
import org.openedx.events.bus.redis.ConsumerOptions;
import org.openedx.events.bus.redis.RedisConnections;
import org.openedx.events.bus.redis.RedisEventBusExtension;
import org.openedx.events.bus.redis.RedisEventBusProducer;
import org.openedx.events.bus.redis.RedisEventConsumer;
import org.openedx.events.bus.redis.RedisServer;
import org.openedx.events.bus.redis.RedisSettings;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;

/**
 * Scenario 16 (issue #15): the latency from {@code send} to an observer in another JVM through Redis, under a
 * steady load. Three processes: the suite's {@code redis-server}; a consumer JVM (Weld SE with the extension, a
 * {@link RedisEventConsumer} re-emitting to one observer that takes the {@link EventsMetadata}); a producer JVM
 * (Weld SE with the extension and the Redis bus configured as an application configures it:
 * {@code EVENT_BUS_PRODUCER_CONFIG} and {@code EVENT_BUS_REDIS_CONNECTION_URL}) calling
 * {@link OpenEdxEvents#send} at a fixed rate. The latency of an event is the observer's clock reading minus the
 * metadata's time, which the send takes when it starts (both JVMs read the same machine's clock, at microseconds).
 * The first events (10 s of them; 0.5 s in a smoke run) warm the JVMs up, and let the consumer catch up with what
 * was sent while it was still cold, and are left out; p50 and p99 of the next 30 s of events (1 s in a smoke run)
 * are computed here (nearest rank over every sample, no histogram) and written as a result file in JMH's JSON
 * format for {@link ResultsTable}. On a machine shared with other work, pauses of the machine show in p99.
 */
final class EndToEndLatency {

    /** The result names in the table. */
    static final String P50 = "s16RedisLatencyP50";

    static final String P99 = "s16RedisLatencyP99";

    /** Sends per second. */
    static final int RATE = 1_000;

    private static final String PRODUCER_CONFIG = "{\"" + LearningEvents.COURSE_ENROLLMENT_CREATED + "\": {\""
            + BusFixtures.TOPIC + "\": {\"event_key_field\": \"enrollment.user.id\", \"enabled\": true}}}";

    private EndToEndLatency() {}

    /**
     * Runs the scenario: starts redis-server and the two JVMs, waits for them, and writes the result.
     *
     * @param result the JSON file to write
     * @param smoke whether this is a smoke run (fewer events)
     * @param jvmArgs the JVM options of both processes
     * @throws Exception if the server or a process cannot be started, or a process fails
     */
    static void run(Path result, boolean smoke, String... jvmArgs) throws Exception {
        int warmUp = smoke ? 500 : 10_000;
        int measured = smoke ? 1_000 : 30_000;
        Path dir = result.toAbsolutePath().getParent();
        Path latencies = dir.resolve("e2e-latencies.txt");
        Path ready = dir.resolve("e2e-consumer.ready");
        Files.deleteIfExists(latencies);
        Files.deleteIfExists(ready);
        Process consumer = null;
        Process producer = null;
        try (RedisServer server = RedisServer.started()) {
            consumer = java(
                    dir.resolve("e2e-consumer.log"),
                    jvmArgs,
                    "consumer",
                    server.url(),
                    Integer.toString(warmUp + measured),
                    latencies.toString(),
                    ready.toString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(ready)) {
                if (!consumer.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("the consumer JVM did not start; see " + dir.resolve("e2e-consumer.log"));
                }
                Thread.sleep(20);
            }
            producer = java(
                    dir.resolve("e2e-producer.log"),
                    jvmArgs,
                    "producer",
                    server.url(),
                    Integer.toString(warmUp + measured));
            long seconds = 60 + 2L * (warmUp + measured) / RATE;
            if (!producer.waitFor(seconds, TimeUnit.SECONDS) || producer.exitValue() != 0) {
                throw new IOException("the producer JVM failed; see " + dir.resolve("e2e-producer.log"));
            }
            if (!consumer.waitFor(60, TimeUnit.SECONDS) || consumer.exitValue() != 0) {
                throw new IOException("the consumer JVM failed; see " + dir.resolve("e2e-consumer.log"));
            }
        } finally {
            for (Process process : new Process[] {producer, consumer}) {
                if (process != null && process.isAlive()) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
        long[] micros = Files.readAllLines(latencies).stream()
                .skip(warmUp)
                .mapToLong(Long::parseLong)
                .toArray();
        if (micros.length != measured) {
            throw new IOException("expected " + measured + " latencies after the warm-up, found " + micros.length);
        }
        Arrays.sort(micros);
        double p50 = percentile(micros, 50);
        double p99 = percentile(micros, 99);
        System.out.printf(
                Locale.ROOT,
                "End-to-end latency through Redis at %d events/s, %d events: p50 %.0f µs, p99 %.0f µs, max %d µs%n",
                RATE,
                measured,
                p50,
                p99,
                micros[micros.length - 1]);
        Files.writeString(
                result,
                "[" + json(P50, p50, measured) + ",\n" + json(P99, p99, measured) + "]\n",
                StandardCharsets.UTF_8);
    }

    /** Nearest rank: the smallest value with at least p % of the samples at or below it. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String json(String name, double micros, int samples) {
        return String.format(
                Locale.ROOT,
                "{\"benchmark\": \"end-to-end.%s\", \"mode\": \"sample\", \"threads\": 1, \"forks\": 1, "
                        + "\"primaryMetric\": {\"score\": %.1f, \"scoreError\": \"NaN\", \"scoreUnit\": \"us/op\", "
                        + "\"rawData\": [[%.1f]], \"samples\": %d}}",
                name,
                micros,
                micros,
                samples);
    }

    private static Process java(Path log, String[] jvmArgs, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmArgs));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EndToEndLatency.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /**
     * The two JVMs of the scenario.
     *
     * <pre>
     * consumer URL COUNT LATENCY-FILE READY-FILE
     * producer URL COUNT
     * </pre>
     *
     * @param args the role and its arguments
     * @throws Exception if the role fails
     */
    public static void main(String[] args) throws Exception {
        Containers.quietLogging();
        switch (args[0]) {
            case "consumer" -> consume(args[1], Integer.parseInt(args[2]), Path.of(args[3]), Path.of(args[4]));
            case "producer" -> produce(args[1], Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("unknown role " + args[0]);
        }
    }

    private static void consume(String url, int count, Path out, Path ready) throws Exception {
        LatencyObserver.expect(count);
        WeldContainer container = Containers.withExtension(false, LatencyObserver.class);
        RedisConnections connections = new RedisConnections(RedisSettings.forUrl(url));
        RedisEventConsumer consumer = new RedisEventConsumer(
                connections,
                Containers.sender(container),
                ConsumerOptions.of(
                                BusFixtures.TOPIC,
                                "e2e",
                                "e2e-1",
                                connections.settings().defaults())
                        .withCheckBacklog(true),
                ConsumerThreads.inRequestContext(container.select(RequestContextController.class)));
        Thread thread = new Thread(consumer::consumeIndefinitely, "e2e-consumer");
        thread.start();
        Files.writeString(ready, "ready\n");
        try {
            if (!LatencyObserver.done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("only " + LatencyObserver.received + " of " + count + " events");
            }
        } finally {
            consumer.stop();
            thread.join(30_000);
            connections.close();
            container.shutdown();
        }
        StringBuilder text = new StringBuilder();
        for (long micros : LatencyObserver.latencies) {
            text.append(micros).append('\n');
        }
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    private static void produce(String url, int count) throws Exception {
        System.setProperty(RedisSettings.CONNECTION_URL, url);
        Map<String, String> busSettings = Map.of(ProducerConfig.SETTING, PRODUCER_CONFIG);
        WeldContainer container = new Weld("e2e-producer")
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addExtension(new EventBusProducerExtension(busSettings::get))
                .addExtension(new RedisEventBusExtension())
                .addBeanClasses(Application.class) // Weld SE with discovery off wants at least one bean class
                .initialize();
        try {
            OpenEdxEvents events = Containers.sender(container);
            CourseEnrollmentData enrollment = Containers.enrollment();
            long period = TimeUnit.SECONDS.toNanos(1) / RATE;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = start + i * period;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (events.send(BusFixtures.SIGNAL, enrollment).hasFailures()) {
                    throw new IllegalStateException("a send failed");
                }
            }
            if (!container.select(RedisEventBusProducer.class).get().flush(Duration.ofSeconds(30))) {
                throw new IllegalStateException("Redis did not answer every entry");
            }
        } finally {
            container.shutdown();
        }
    }

    /** The producer JVM's application: a bean with no observers. */
    @ApplicationScoped
    public static class Application {}

    /** The consumer JVM's observer: the latency of every event, in microseconds, in the order received. */
    @ApplicationScoped
    public static class LatencyObserver {

        static long[] latencies;
        static volatile int received;
        static CountDownLatch done;

        static void expect(int count) {
            latencies = new long[count];
            done = new CountDownLatch(1);
        }

        /**
         * Records the time since the send began.
         *
         * @param enrollment the payload
         * @param metadata the producer's metadata
         */
        public void onEnrollment(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) CourseEnrollmentData enrollment,
                EventsMetadata metadata) {
            long micros = ChronoUnit.MICROS.between(metadata.time().toInstant(), Instant.now());
            int index = received;
            if (index < latencies.length) {
                latencies[index] = micros;
                received = index + 1;
                if (index + 1 == latencies.length) {
                    done.countDown();
                }
            }
        }
    }
}
