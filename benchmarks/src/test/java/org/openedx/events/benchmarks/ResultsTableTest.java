package org.openedx.events.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table made from JMH's JSON: ratios to the baselines of the same run, and the verdict on each target. */
class ResultsTableTest {

    @TempDir
    Path dir;

    @Test
    void ratiosAndVerdictsComeFromTheSameRun() throws IOException {
        Path json = write(
                "steady.json",
                result("DispatchBenchmarks.s1Send", "avgt", 1, 300, "ns/op"),
                result("DispatchBenchmarks.s1RawFire", "avgt", 1, 100, "ns/op"),
                result("DispatchBenchmarks.s1DirectCall", "avgt", 1, 1, "ns/op"),
                result("DispatchBenchmarks.s4SendFailing", "avgt", 1, 4.5, "us/op"),
                result("DispatchBenchmarks.s4RawFireFailing", "avgt", 1, 3000, "ns/op"),
                result("CodecBenchmarks.s6AvroRoundTrip", "avgt", 1, 2500, "ns/op"));
        Path boot = write(
                "boot.json",
                result("BootBenchmarks.s7BootPlain", "ss", 1, 500, "ms/op"),
                result("BootBenchmarks.s7BootWithExtension", "ss", 1, 580, "ms/op"));

        ResultsTable table = ResultsTable.read(List.of(json, boot));
        String markdown = table.markdown();

        assertThat(markdown)
                .contains("| 1 | `send`, 1 observer, robust, Bean Validation off | 300 ns | raw `Event.fire` 100 ns; "
                        + "direct call 1 ns | 3.00× | ≤ 1.50× raw fire | **no** | — |")
                .contains("| 4 | robust `send`, the only observer throws | 4.50 µs | raw `Event.fire` + catch 3.00 µs "
                        + "| 1.50× | ≤ 2.00 µs | **no** | — |")
                .contains(
                        "| 4 | … the library's share: `send` − raw fire + catch | 1.50 µs | — | — | ≤ 2.00 µs | yes | — |")
                .contains("| 6 | Avro encode + decode | 2.50 µs | — | — | ≤ 2.00 µs | **no** | — |")
                .contains("| 7 | Weld SE boot (cold JVM) | 580.0 ms | without the extension 500.0 ms | +80 ms "
                        + "| adds ≤ 100 ms | yes | — |")
                .contains("| 2 | `send`, 10 observers | no result |");
        assertThat(table.missing()).contains("s2Send", "s8SendThreads4").doesNotContain("s1Send", "s7BootPlain");
    }

    @Test
    void issue15ScenariosPerReceiverCostsBytesAndBusRates() throws IOException {
        Path json = write(
                "steady.json",
                allocating("DispatchBenchmarks.s1Send", 300, 1000),
                allocating("DispatchBenchmarks.s2Send", 1200, 1900),
                allocating("BaselineBenchmarks.s9SpringPublish1", 200, 100),
                allocating("BaselineBenchmarks.s9SpringPublish10", 290, 190),
                allocating("BaselineBenchmarks.s9GuavaPost1", 100, 50),
                allocating("BaselineBenchmarks.s9GuavaPost10", 190, 50),
                allocating("DispatchBenchmarks.s10SendMetadataObserver", 330, 1200));
        Path bus = write(
                "bus.json",
                result("RedisBenchmarks.s11RedisProducerSend", "thrpt", 1, 50_000, "ops/s"),
                result("RedisBenchmarks.s11RedisRawXadd", "thrpt", 1, 100_000, "ops/s"),
                result("RedisBenchmarks.s12RedisConsumer", "thrpt", 1, 20_000, "ops/s"),
                result("RedisBenchmarks.s12RedisRawReadAck", "thrpt", 1, 80_000, "ops/s"),
                result("KafkaBenchmarks.s14KafkaPublisher", "thrpt", 1, 15, "ops/ms"));
        Path tool = write(
                "redis-benchmark.json",
                "[" + result("redis-benchmark.s11RedisBenchmarkP16", "thrpt", 1, 80_000, "ops/s") + "]");

        ResultsTable table = ResultsTable.read(List.of(json, bus, tool));
        String markdown = table.markdown();

        assertThat(markdown)
                // (1200 - 300) / 9 = 100 ns and (1900 - 1000) / 9 = 100 B; Spring (290 - 200) / 9 = 10 ns
                .contains(
                        "| 9 | each further observer: (`send` to 10 − to 1) / 9 | 100 ns | Spring, per listener 10 ns; "
                                + "Guava, per subscriber 10 ns | 10.00× Spring | ≤ 90 ns and ≤ 170 B | **no** "
                                + "| 100 B; Spring 10 B; Guava 0 B |")
                .contains(
                        "| 9 | bytes allocated by a `send` to 1 observer | 1,000 B | — | — | ≤ 1,024 B | yes | 1,000 B |")
                .contains(
                        "| 10 | `send`, the observer also takes `EventsMetadata` | 330 ns | `send`, plain observer 300 ns "
                                + "| 1.10× | ≤ 1.20× plain observer | yes | 1,200 B; baseline 1,000 B |")
                .contains(
                        "| 11 | Redis producer: `send` × 2,000 + `flush`, events/s | 50,000/s | `redis-benchmark -c 1 -P 16`, "
                                + "same `XADD` 80,000/s | 0.63× | ≥ 0.50× `redis-benchmark -P 16` | yes | — |")
                .contains("| 50,000/s | raw Lettuce `XADD` 100,000/s | 0.50× | — | — | — |")
                .contains("| 50,000/s | — | — | ≥ 23,100/s (10×) | yes | — |")
                .contains("| 20,000/s | raw `XREADGROUP COUNT 64` + pipelined `XACK` 80,000/s | 0.25× | ≥ 16,320/s")
                .contains("| 15 | Kafka consumer: records re-emitted to 1 observer (in-JVM broker) | no result |")
                .contains("| s1Send | avgt | 1 | 2 | 300.0 | 0.500 | ns/op | 1,000 |");
        assertThat(table.missing()).contains("s15KafkaConsumer").doesNotContain("s11RedisBenchmarkP16", "s9GuavaPost1");
    }

    @Test
    void coldStartComparesEachJvmsFirstSendWithItsHundredth() throws IOException {
        // three JVMs: first sends 1,000, 3,000 and 1,200 µs; hundredth ones 2,000, 1,000 and 1,000 µs
        Path json =
                write("cold-start.json", """
                [{"benchmark": "org.openedx.events.benchmarks.RedisColdStartBenchmarks.s13RedisSend", "mode": "ss",
                  "threads": 1, "forks": 3, "primaryMetric": {"score": 1000, "scoreError": "NaN", "scoreUnit": "us/op",
                  "rawData": [%s, %s, %s]}}]""".formatted(sends(1_000, 2_000), sends(3_000, 1_000), sends(1_200, 1_000)));

        String markdown = ResultsTable.read(List.of(json)).markdown();

        // per JVM 0.5, 3.0 and 1.2: the median 1.2, not the 1.42 of the means (1,733 against 1,333)
        assertThat(markdown)
                .contains("| 13 | Redis cold start: first `send` after deployment (+ flush), median of the JVMs (3) "
                        + "| 1.2 ms | the hundredth `send`, same JVM, 1.0 ms | 1.20× | ≤ 1.00× the hundredth | **no** "
                        + "| — |");
        assertThat(ResultsTable.median(List.of(3.0, 1.0, 2.0, 10.0))).isEqualTo(2.5);
    }

    @Test
    void coldStartWithTooFewSendsPerJvmHasNoResult() throws IOException {
        Path json = write("cold-start.json", """
                [{"benchmark": "org.openedx.events.benchmarks.RedisColdStartBenchmarks.s13RedisSend", "mode": "ss",
                  "threads": 1, "forks": 1, "primaryMetric": {"score": 1000, "scoreError": "NaN", "scoreUnit": "us/op",
                  "rawData": [[1000, 900]]}}]""");

        assertThat(ResultsTable.read(List.of(json)).markdown())
                .contains("| 13 | Redis cold start: first `send` after deployment (+ flush), median of the JVMs | no "
                        + "result |");
    }

    /** One JVM's single shots: the first, 98 of 500, the hundredth. */
    private static String sends(double first, double hundredth) {
        StringBuilder fork = new StringBuilder("[").append(first);
        for (int i = 1; i < RedisColdStartBenchmarks.SENDS - 1; i++) {
            fork.append(", 500");
        }
        return fork.append(", ").append(hundredth).append("]").toString();
    }

    @Test
    void endToEndLatencyIsReportedAsPercentilesByNearestRank() throws IOException {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(EndToEndLatency.percentile(sorted, 50)).isEqualTo(50);
        assertThat(EndToEndLatency.percentile(sorted, 99)).isEqualTo(99);
        assertThat(EndToEndLatency.percentile(new long[] {7}, 99)).isEqualTo(7);

        Path json = write(
                "end-to-end.json",
                result("end-to-end.s16RedisLatencyP50", "sample", 1, 420, "us/op"),
                result("end-to-end.s16RedisLatencyP99", "sample", 1, 2_500, "us/op"));

        assertThat(ResultsTable.read(List.of(json)).markdown())
                .contains(
                        "| 16 | end-to-end latency, `send` → observer in another JVM through Redis, 1,000 events/s: p50 "
                                + "| 420.00 µs")
                .contains("1,000 events/s: p99 | 2.5 ms | — | — | reported | — | — |");
    }

    @Test
    void aSmokeRunGivesNoVerdict() throws IOException {
        Path json = write(
                "steady.json",
                result("DispatchBenchmarks.s1Send", "avgt", 1, 300, "ns/op"),
                result("DispatchBenchmarks.s1RawFire", "avgt", 1, 250, "ns/op"));

        String markdown = ResultsTable.read(List.of(json)).smoke().markdown();

        assertThat(markdown)
                .startsWith("> **Smoke run**")
                .contains("| 1.20× | ≤ 1.50× raw fire | (smoke) |")
                .doesNotContain("| yes |");
    }

    @Test
    void roundsOfTheSameBenchmarkArePooled() throws IOException {
        Path first = write("boot-1.json", """
                [{"benchmark": "org.openedx.events.benchmarks.BootBenchmarks.s7BootPlain", "mode": "ss", "threads": 1,
                  "forks": 2, "primaryMetric": {"score": 450, "scoreError": "NaN", "scoreUnit": "ms/op",
                  "rawData": [[400], [500]]}}]""");
        Path second = write("boot-2.json", """
                [{"benchmark": "org.openedx.events.benchmarks.BootBenchmarks.s7BootPlain", "mode": "ss", "threads": 1,
                  "forks": 1, "primaryMetric": {"score": 600, "scoreError": "NaN", "scoreUnit": "ms/op",
                  "rawData": [[600]]}}]""");

        String markdown = ResultsTable.read(List.of(first, second)).markdown();

        // mean 500, standard deviation 100, n = 3: t(0.9995, 2) = 31.599 -> 31.599 * 100 / sqrt(3) = 1824.4
        assertThat(markdown).contains("| s7BootPlain | ss | 1 | 3 | 500.0 | 1824.4 | ms/op |");
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    private Path write(String name, String... results) throws IOException {
        return Files.writeString(dir.resolve(name), "[" + String.join(",", results) + "]");
    }

    private static String allocating(String benchmark, double nanos, double bytes) {
        return """
                {"benchmark": "org.openedx.events.benchmarks.%s", "mode": "avgt", "threads": 1, "forks": 2,
                 "primaryMetric": {"score": %s, "scoreError": 0.5, "scoreUnit": "ns/op"},
                 "secondaryMetrics": {"gc.alloc.rate": {"score": 1.0, "scoreUnit": "MB/sec"},
                                      "gc.alloc.rate.norm": {"score": %s, "scoreUnit": "B/op"}}}
                """.formatted(benchmark, nanos, bytes);
    }

    private static String result(String benchmark, String mode, int threads, double score, String unit) {
        return """
                {"benchmark": "org.openedx.events.benchmarks.%s", "mode": "%s", "threads": %d, "forks": 2,
                 "primaryMetric": {"score": %s, "scoreError": 0.5, "scoreUnit": "%s"}}
                """.formatted(benchmark, mode, threads, score, unit);
    }
}
