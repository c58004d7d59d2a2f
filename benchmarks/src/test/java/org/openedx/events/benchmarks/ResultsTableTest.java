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
                        + "direct call 1 ns | 3.00× | ≤ 1.50× raw fire | **no** |")
                .contains("| 4 | robust `send`, the only observer throws | 4.50 µs | raw `Event.fire` + catch 3.00 µs "
                        + "| 1.50× | ≤ 2.00 µs | **no** |")
                .contains(
                        "| 4 | … the library's share: `send` − raw fire + catch | 1.50 µs | — | — | ≤ 2.00 µs | yes |")
                .contains("| 6 | Avro encode + decode | 2.50 µs | — | — | ≤ 2.00 µs | **no** |")
                .contains("| 7 | Weld SE boot (cold JVM) | 580.0 ms | without the extension 500.0 ms | +80 ms "
                        + "| adds ≤ 100 ms | yes |")
                .contains("| 2 | `send`, 10 observers | no result |");
        assertThat(table.missing()).contains("s2Send", "s8SendThreads4").doesNotContain("s1Send", "s7BootPlain");
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

    private static String result(String benchmark, String mode, int threads, double score, String unit) {
        return """
                {"benchmark": "org.openedx.events.benchmarks.%s", "mode": "%s", "threads": %d, "forks": 2,
                 "primaryMetric": {"score": %s, "scoreError": 0.5, "scoreUnit": "%s"}}
                """.formatted(benchmark, mode, threads, score, unit);
    }
}
