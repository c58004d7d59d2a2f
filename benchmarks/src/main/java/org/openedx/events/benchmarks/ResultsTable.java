package org.openedx.events.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Turns JMH's JSON results into the Markdown table of the issue: each scenario with its baselines from the same
 * run, the ratio, the target and whether it is met; then every raw result.
 */
final class ResultsTable {

    /** Every benchmark the full suite produces, by method name. */
    static final List<String> EXPECTED = List.of(
            "s1Send",
            "s1RawFire",
            "s1DirectCall",
            "s1PlainFireWithExtension",
            "s2Send",
            "s2RawFire",
            "s2DirectCall",
            "s3SendValidated",
            "s4SendFailing",
            "s4RawFireFailing",
            "s4DirectCallFailing",
            "s5GenerateMetadata",
            "s6AvroRoundTrip",
            "s6CloudEventsJsonRoundTrip",
            "s7BootPlain",
            "s7BootWithExtension",
            "s7FirstFirePlain",
            "s7FirstSendWithExtension",
            "s7FirstSendValidated",
            "s8SendThreads2",
            "s8RawFireThreads2",
            "s8SendThreads4",
            "s8RawFireThreads4");

    /** One benchmark's primary result. */
    record Result(
            String name,
            String mode,
            int threads,
            int forks,
            double score,
            double error,
            String unit,
            List<Double> samples) {

        /**
         * This result and another run of the same benchmark as one: the mean of every sample, with JMH's 99.9%
         * confidence half-width (Student's t).
         */
        Result pool(Result other) {
            if (!unit.equals(other.unit())
                    || samples.isEmpty()
                    || other.samples().isEmpty()) {
                throw new IllegalArgumentException("cannot pool two results of " + name);
            }
            List<Double> all = new ArrayList<>(samples);
            all.addAll(other.samples());
            double mean =
                    all.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double squares =
                    all.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            double halfWidth = Double.NaN;
            if (all.size() > 1) {
                double t = new TDistribution(all.size() - 1).inverseCumulativeProbability(1 - 0.001 / 2);
                halfWidth = t * Math.sqrt(squares / (all.size() - 1)) / Math.sqrt(all.size());
            }
            return new Result(name, mode, threads, forks + other.forks(), mean, halfWidth, unit, List.copyOf(all));
        }

        /** The score in nanoseconds per operation (time modes) or operations per second (throughput). */
        double normalized() {
            return score
                    * switch (unit) {
                        case "ns/op" -> 1;
                        case "us/op" -> 1e3;
                        case "ms/op" -> 1e6;
                        case "s/op" -> 1e9;
                        case "ops/ns" -> 1e9;
                        case "ops/us" -> 1e6;
                        case "ops/ms" -> 1e3;
                        case "ops/s" -> 1;
                        default -> throw new IllegalArgumentException("unexpected JMH unit " + unit);
                    };
        }

        boolean throughput() {
            return unit.startsWith("ops/");
        }
    }

    private final Map<String, Result> results;
    private final boolean smoke;

    private ResultsTable(Map<String, Result> results, boolean smoke) {
        this.results = results;
        this.smoke = smoke;
    }

    /**
     * Reads JMH JSON result files.
     *
     * @param files the files
     * @return the table
     * @throws IOException if a file cannot be read
     */
    static ResultsTable read(List<Path> files) throws IOException {
        Map<String, Result> results = new LinkedHashMap<>();
        for (Path file : files) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    JsonReader json = Json.createReader(in)) {
                JsonArray runs = json.readArray();
                for (JsonValue value : runs) {
                    JsonObject run = value.asJsonObject();
                    String benchmark = run.getString("benchmark");
                    String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
                    JsonObject primary = run.getJsonObject("primaryMetric");
                    double error = primary.get("scoreError").getValueType() == JsonValue.ValueType.NUMBER
                            ? primary.getJsonNumber("scoreError").doubleValue()
                            : Double.NaN;
                    List<Double> samples = new ArrayList<>();
                    if (primary.containsKey("rawData")) {
                        for (JsonValue fork : primary.getJsonArray("rawData")) {
                            for (JsonValue sample : fork.asJsonArray()) {
                                samples.add(((JsonNumber) sample).doubleValue());
                            }
                        }
                    }
                    Result result = new Result(
                            name,
                            run.getString("mode"),
                            run.getInt("threads"),
                            run.getInt("forks"),
                            primary.getJsonNumber("score").doubleValue(),
                            error,
                            primary.getString("scoreUnit"),
                            List.copyOf(samples));
                    results.merge(name, result, Result::pool);
                }
            }
        }
        return new ResultsTable(results, false);
    }

    /** The same results, marked as a smoke run whose numbers mean nothing. */
    ResultsTable smoke() {
        return new ResultsTable(results, true);
    }

    /** The expected benchmarks that have no result. */
    List<String> missing() {
        return EXPECTED.stream().filter(name -> !results.containsKey(name)).toList();
    }

    /** The whole report. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        if (smoke) {
            out.append("> **Smoke run**: one short iteration per benchmark. It shows that the suite runs; the numbers "
                    + "below mean nothing.\n\n");
        }
        out.append("| # | Scenario | Library | Baseline (same run) | Ratio | Target | Met |\n");
        out.append("|---|---|---:|---|---:|---|---|\n");
        ratioRow(
                out,
                "1",
                "`send`, 1 observer, robust, Bean Validation off",
                "s1Send",
                "s1RawFire",
                "raw `Event.fire`",
                1.5,
                "s1DirectCall");
        ratioRow(
                out,
                "2",
                "`send`, 10 observers",
                "s2Send",
                "s2RawFire",
                "raw `Event.fire`, 10 observers",
                1.5,
                "s2DirectCall");
        ratioRow(
                out,
                "3",
                "`send`, 1 observer, Bean Validation on",
                "s3SendValidated",
                "s1RawFire",
                "raw `Event.fire`",
                4,
                null);
        absoluteRow(
                out,
                "4",
                "robust `send`, the only observer throws",
                "s4SendFailing",
                "s4RawFireFailing",
                "raw `Event.fire` + catch",
                2_000);
        shareRow(
                out,
                "4",
                "… the library's share: `send` − raw fire + catch",
                "s4SendFailing",
                "s4RawFireFailing",
                2_000);
        absoluteRow(out, "5", "`generateSignalMetadata` alone", "s5GenerateMetadata", null, null, Double.NaN);
        absoluteRow(out, "6", "Avro encode + decode", "s6AvroRoundTrip", null, null, 2_000);
        absoluteRow(out, "6", "CloudEvents JSON write + read", "s6CloudEventsJsonRoundTrip", null, null, Double.NaN);
        bootRow(out, "7", "Weld SE boot (cold JVM)", "s7BootWithExtension", "s7BootPlain", 100);
        bootRow(out, "7", "boot + first event (cold JVM)", "s7FirstSendWithExtension", "s7FirstFirePlain", 100);
        bootRow(
                out,
                "7",
                "boot + first event, Bean Validation on",
                "s7FirstSendValidated",
                "s7FirstFirePlain",
                Double.NaN);
        throughputRow(out, "8", "concurrent `send`, 2 threads", "s8SendThreads2", "s8RawFireThreads2");
        throughputRow(out, "8", "concurrent `send`, 4 threads", "s8SendThreads4", "s8RawFireThreads4");

        out.append("\n| Benchmark | Mode | Threads | Forks | Score | ± Error (99.9%) | Unit |\n");
        out.append("|---|---|---:|---:|---:|---:|---|\n");
        List<Result> ordered = new ArrayList<>(results.values());
        ordered.sort(java.util.Comparator.comparingInt((Result r) -> {
            int index = EXPECTED.indexOf(r.name());
            return index < 0 ? Integer.MAX_VALUE : index;
        }));
        for (Result r : ordered) {
            out.append("| ")
                    .append(r.name())
                    .append(" | ")
                    .append(r.mode())
                    .append(" | ")
                    .append(r.threads())
                    .append(" | ")
                    .append(r.forks())
                    .append(" | ")
                    .append(number(r.score()))
                    .append(" | ")
                    .append(Double.isNaN(r.error()) ? "—" : number(r.error()))
                    .append(" | ")
                    .append(r.unit())
                    .append(" |\n");
        }
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            out.append("\nNo result for: ").append(String.join(", ", missing)).append('\n');
        }
        return out.toString();
    }

    private void ratioRow(
            StringBuilder out,
            String number,
            String scenario,
            String subject,
            String baseline,
            String baselineLabel,
            double maxRatio,
            String direct) {
        Result s = results.get(subject);
        Result b = results.get(baseline);
        if (s == null || b == null) {
            missingRow(out, number, scenario);
            return;
        }
        double ratio = s.normalized() / b.normalized();
        String baselines = baselineLabel + " " + time(b.normalized());
        Result d = direct == null ? null : results.get(direct);
        if (d != null) {
            baselines += "; direct call " + time(d.normalized());
        }
        row(
                out,
                number,
                scenario,
                time(s.normalized()),
                baselines,
                times(ratio),
                "≤ " + times(maxRatio) + " raw fire",
                verdict(ratio <= maxRatio));
    }

    private void absoluteRow(
            StringBuilder out,
            String number,
            String scenario,
            String subject,
            String baseline,
            String baselineLabel,
            double maxNanos) {
        Result s = results.get(subject);
        if (s == null) {
            missingRow(out, number, scenario);
            return;
        }
        Result b = baseline == null ? null : results.get(baseline);
        String baselines = b == null ? "—" : baselineLabel + " " + time(b.normalized());
        String ratio = b == null ? "—" : times(s.normalized() / b.normalized());
        boolean hasTarget = !Double.isNaN(maxNanos);
        row(
                out,
                number,
                scenario,
                time(s.normalized()),
                baselines,
                ratio,
                hasTarget ? "≤ " + time(maxNanos) : "—",
                hasTarget ? verdict(s.normalized() <= maxNanos) : "—");
    }

    private void shareRow(
            StringBuilder out, String number, String scenario, String subject, String baseline, double maxNanos) {
        Result s = results.get(subject);
        Result b = results.get(baseline);
        if (s == null || b == null) {
            missingRow(out, number, scenario);
            return;
        }
        double added = s.normalized() - b.normalized();
        row(out, number, scenario, time(added), "—", "—", "≤ " + time(maxNanos), verdict(added <= maxNanos));
    }

    private void bootRow(
            StringBuilder out, String number, String scenario, String subject, String baseline, double maxAddedMillis) {
        Result s = results.get(subject);
        Result b = results.get(baseline);
        if (s == null || b == null) {
            missingRow(out, number, scenario);
            return;
        }
        double added = (s.normalized() - b.normalized()) / 1e6;
        boolean hasTarget = !Double.isNaN(maxAddedMillis);
        row(
                out,
                number,
                scenario,
                time(s.normalized()),
                "without the extension " + time(b.normalized()),
                String.format(Locale.ROOT, "%+.0f ms", added),
                hasTarget ? "adds ≤ " + String.format(Locale.ROOT, "%.0f ms", maxAddedMillis) : "—",
                hasTarget ? verdict(added <= maxAddedMillis) : "—");
    }

    private void throughputRow(StringBuilder out, String number, String scenario, String subject, String baseline) {
        Result s = results.get(subject);
        Result b = results.get(baseline);
        if (s == null || b == null) {
            missingRow(out, number, scenario);
            return;
        }
        row(
                out,
                number,
                scenario,
                rate(s.normalized()),
                "raw `Event.fire` " + rate(b.normalized()),
                times(b.normalized() / s.normalized()) + " slower",
                "—",
                "—");
    }

    private static void missingRow(StringBuilder out, String number, String scenario) {
        row(out, number, scenario, "no result", "—", "—", "—", "—");
    }

    private static void row(StringBuilder out, String... cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private String verdict(boolean met) {
        return smoke ? "(smoke)" : met ? "yes" : "**no**";
    }

    private static String time(double nanos) {
        if (nanos < 1_000) {
            return String.format(Locale.ROOT, "%.0f ns", nanos);
        }
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.2f µs", nanos / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f ops/s", perSecond);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.3f", value);
    }
}
