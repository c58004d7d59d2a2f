package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.openedx.events.EventsMetadata;
import org.openedx.events.bus.kafka.testing.KafkaBroker;
import org.openedx.events.bus.kafka.testing.SchemaRegistryStub;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;
import org.openedx.events.testing.ChildApplication;

/**
 * The command-line consumer ({@link ConsumeEvents}) as a real process: a child JVM with this module's test class
 * path and a one-class bean archive holding {@link ProcessedEventsRecorder}, against the broker and registry of this
 * JVM. It is killed ({@code SIGKILL}) with a record in hand and started again: every event is processed at least
 * once. {@code SIGTERM} stops it cleanly.
 */
class ConsumeEventsProcessTest {

    private static KafkaBroker broker;
    private static SchemaRegistryStub registry;

    @TempDir
    Path work;

    private final List<Process> children = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        registry = new SchemaRegistryStub();
        broker = new KafkaBroker();
        broker.createTopics(1, "cli-user-login");
    }

    @AfterAll
    static void stop() throws Exception {
        if (broker != null) {
            broker.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(children).as("consumer processes left running").noneMatch(Process::isAlive);
    }

    @Test
    void aConsumerKilledWithARecordInHandAndStartedAgainProcessesEveryEventAtLeastOnce() throws Exception {
        List<String> ids = publish(30);

        Process first = consumer("first", 10);
        await(first, () -> lines("in-hand").size() == 1, "the tenth record is in hand");
        String inHand = lines("in-hand").get(0);
        assertThat(inHand).isEqualTo(ids.get(9));
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        assertThat(new HashSet<>(lines("processed")))
                .as("processed before the kill")
                .containsExactlyInAnyOrderElementsOf(ids.subList(0, 9));

        Process second = consumer("second", -1);
        await(second, () -> new HashSet<>(lines("processed")).containsAll(ids), "every event processed");
        assertThat(lines("attempts").stream().filter(inHand::equals).count())
                .as("attempts of the killed record")
                .isGreaterThanOrEqualTo(2);

        second.destroy();
        assertThat(second.waitFor(60, TimeUnit.SECONDS))
                .as("stopped by SIGTERM")
                .isTrue();
        // (log lines written during SIGTERM are lost: the JDK resets the logging handlers in its own hook)
        assertThat(Files.readString(work.resolve("second.log")))
                .as("a clean shutdown")
                .contains("Started Kafka event consumer")
                .doesNotContain("Exception in thread");
        assertThat(second.toHandle().descendants()).isEmpty();
    }

    private List<String> publish(int count) throws Exception {
        KafkaSettings settings = new KafkaSettings(
                broker.bootstrapServers(), registry.url(), "", "", null, null, "cli", "test", Map.of("linger.ms", "0"));
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings.producerProperties())) {
            KafkaEventPublisher publisher = new KafkaEventPublisher(
                    settings, producer, new SchemaRegistryClient(registry.url(), null, null, Duration.ofSeconds(5)));
            for (int i = 1; i <= count; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id.toString());
                EventsMetadata metadata = new EventsMetadata(
                        LearningEvents.SESSION_LOGIN_COMPLETED,
                        id,
                        0,
                        "openedx/test/web",
                        "test-host",
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                        List.of(11, 2, 0));
                publisher
                        .publish(
                                LearningSignals.SESSION_LOGIN_COMPLETED,
                                "user-login",
                                "user.pii.username",
                                new UserData(i, true, new UserPersonalData("user" + i, "u" + i + "@example.com", "U")),
                                metadata,
                                null)
                        .get(30, TimeUnit.SECONDS);
            }
        }
        return ids;
    }

    /** Starts {@code ConsumeEvents -t user-login -g cli} in a child JVM. */
    private Process consumer(String name, long holdUser) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + work,
                "-D" + KafkaSettings.BOOTSTRAP_SERVERS + "=" + broker.bootstrapServers(),
                "-D" + KafkaSettings.SCHEMA_REGISTRY_URL + "=" + registry.url(),
                "-DEVENT_BUS_TOPIC_PREFIX=cli",
                "-D" + KafkaSettings.CLIENT_PROPERTIES
                        + "={\"auto.offset.reset\": \"earliest\", \"session.timeout.ms\": \"6000\"}",
                "-D" + ProcessedEventsRecorder.DIRECTORY + "=" + work,
                "-D" + ProcessedEventsRecorder.HOLD_USER + "=" + holdUser,
                "-cp",
                classPath(),
                ConsumeEvents.class.getName(),
                "-t",
                "user-login",
                "-g",
                "cli");
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile())
                .start();
        children.add(child);
        return child;
    }

    /** The child's class path: a bean archive of the recorder alone, then the test's dependencies. */
    private String classPath() throws IOException {
        return ChildApplication.classPath(
                ChildApplication.beanArchive(work, ProcessedEventsRecorder.class), ProcessedEventsRecorder.class);
    }

    private List<String> lines(String file) {
        try {
            Path path = work.resolve(file);
            return Files.exists(path) ? Files.readAllLines(path) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Waits up to 90 s (a JVM start included); fails with the child's log when it dies or time runs out. */
    private void await(Process child, BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("the consumer process ended (" + child.exitValue() + ") before " + what);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting until " + what);
    }
}
