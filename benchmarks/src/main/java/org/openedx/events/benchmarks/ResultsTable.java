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
            "s8RawFireThreads4",
            "s9SpringPublish1",
            "s9SpringPublish10",
            "s9GuavaPost1",
            "s9GuavaPost10",
            "s10SendMetadataObserver",
            "s10SendDeliveryObserver",
            "s11RedisProducerSend",
            "s11RedisRawXadd",
            "s12RedisConsumer",
            "s12RedisRawReadAck",
            "s13RedisSend",
            "s14KafkaPublisher",
            "s14KafkaRawProducer",
            "s15KafkaConsumer",
            "s15KafkaRawPoll",
            "s16RedisLatencyP50",
            "s16RedisLatencyP99",
            "s17SendDirect",
            "s17SendThroughOutbox",
            "s17RelayDrain");

    /**
     * Results the table shows when present but does not require: {@code redis-benchmark}'s rate, measured only when
     * the tool is on the PATH.
     */
    static final List<String> OPTIONAL = List.of("s11RedisBenchmarkP16");

    /** Issue #15's upstream measurements on the same kind of machine (events/s), for its absolute targets. */
    static final double UPSTREAM_REDIS_PRODUCER = 2_310;

    static final double UPSTREAM_REDIS_CONSUMER = 1_632;

    /** One benchmark's primary result. */
    record Result(
            String name,
            String mode,
            int threads,
            int forks,
            double score,
            double error,
            String unit,
            List<List<Double>> perFork,
            double allocated) {

        /** Every sample, fork after fork. */
        List<Double> samples() {
            return perFork.stream().flatMap(List::stream).toList();
        }

        /**
         * This result and another run of the same benchmark as one: the mean of every sample, with JMH's 99.9%
         * confidence half-width (Student's t).
         */
        Result pool(Result other) {
            List<Double> mine = samples();
            List<Double> theirs = other.samples();
            if (!unit.equals(other.unit()) || mine.isEmpty() || theirs.isEmpty()) {
                throw new IllegalArgumentException("cannot pool two results of " + name);
            }
            List<Double> all = new ArrayList<>(mine);
            all.addAll(theirs);
            List<List<Double>> everyFork = new ArrayList<>(perFork);
            everyFork.addAll(other.perFork());
            double mean =
                    all.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double squares =
                    all.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            double halfWidth = Double.NaN;
            if (all.size() > 1) {
                double t = new TDistribution(all.size() - 1).inverseCumulativeProbability(1 - 0.001 / 2);
                halfWidth = t * Math.sqrt(squares / (all.size() - 1)) / Math.sqrt(all.size());
            }
            double bytes = Double.NaN;
            if (!Double.isNaN(allocated) && !Double.isNaN(other.allocated())) {
                bytes = (allocated * mine.size() + other.allocated() * theirs.size()) / all.size();
            }
            return new Result(
                    name, mode, threads, forks + other.forks(), mean, halfWidth, unit, List.copyOf(everyFork), bytes);
        }

        /** The score in nanoseconds per operation (time modes) or operations per second (throughput). */
        double normalized() {
            return score * toNormalized();
        }

        /** What a sample in this result's unit is multiplied by to give nanoseconds or operations per second. */
        double toNormalized() {
            return switch (unit) {
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
                    List<List<Double>> perFork = new ArrayList<>();
                    if (primary.containsKey("rawData")) {
                        for (JsonValue fork : primary.getJsonArray("rawData")) {
                            perFork.add(fork.asJsonArray().stream()
                                    .map(sample -> ((JsonNumber) sample).doubleValue())
                                    .toList());
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
                            List.copyOf(perFork),
                            allocated(run));
                    results.merge(name, result, Result::pool);
                }
            }
        }
        return new ResultsTable(results, false);
    }

    /**
     * Bytes allocated per operation, JMH's {@code gc.alloc.rate.norm} (the GC profiler's, which the suite adds to
     * the steady-state runs), or NaN.
     */
    private static double allocated(JsonObject run) {
        JsonObject secondary = run.getJsonObject("secondaryMetrics");
        if (secondary == null) {
            return Double.NaN;
        }
        for (Map.Entry<String, JsonValue> metric : secondary.entrySet()) {
            // "gc.alloc.rate.norm", formerly with a leading "·"
            if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                JsonValue score = metric.getValue().asJsonObject().get("score");
                return score instanceof JsonNumber number ? number.doubleValue() : Double.NaN;
            }
        }
        return Double.NaN;
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
        out.append("| # | Scenario | Library | Baseline (same run) | Ratio | Target | Met | Allocated per op |\n");
        out.append("|---|---|---:|---|---:|---|---|---|\n");
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
        besideBaselinesRow(out);
        sendBytesRow(out);
        perReceiverRow(out);
        observerParameterRow(out, "`send`, the observer also takes `EventsMetadata`", "s10SendMetadataObserver");
        observerParameterRow(out, "`send`, the observer also takes `EventDelivery`", "s10SendDeliveryObserver");
        redisProducerRows(out);
        rateRow(
                out,
                "12",
                "Redis consumer: entries re-emitted to 1 observer (Weld SE)",
                "s12RedisConsumer",
                "s12RedisRawReadAck",
                "raw `XREADGROUP COUNT 64` + pipelined `XACK`",
                10 * UPSTREAM_REDIS_CONSUMER,
                "(10× upstream's 1,632/s on this machine, issue #15)");
        coldStartRow(out);
        rateRow(
                out,
                "14",
                "Kafka producer: `KafkaEventPublisher` + flush (in-JVM broker)",
                "s14KafkaPublisher",
                "s14KafkaRawProducer",
                "raw `KafkaProducer<byte[], byte[]>`, same bytes",
                Double.NaN,
                null);
        rateRow(
                out,
                "15",
                "Kafka consumer: records re-emitted to 1 observer (in-JVM broker)",
                "s15KafkaConsumer",
                "s15KafkaRawPoll",
                "raw `KafkaConsumer` poll loop + commit",
                Double.NaN,
                null);

        latencyRow(out, "p50", "s16RedisLatencyP50");
        latencyRow(out, "p99", "s16RedisLatencyP99");
        outboxRows(out);

        out.append("\n| Benchmark | Mode | Threads | Forks | Score | ± Error (99.9%) | Unit | Allocated (B/op) |\n");
        out.append("|---|---|---:|---:|---:|---:|---|---:|\n");
        List<Result> ordered = new ArrayList<>(results.values());
        ordered.sort(java.util.Comparator.comparingInt((Result r) -> {
            int index = EXPECTED.indexOf(r.name());
            if (index < 0) {
                index = OPTIONAL.indexOf(r.name());
                index = index < 0 ? Integer.MAX_VALUE : EXPECTED.size() + index;
            }
            return index;
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
                    .append(" | ")
                    .append(Double.isNaN(r.allocated()) ? "—" : String.format(Locale.ROOT, "%,.0f", r.allocated()))
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
        ratioRow(out, number, scenario, subject, baseline, baselineLabel, maxRatio, direct, "raw fire");
    }

    private void ratioRow(
            StringBuilder out,
            String number,
            String scenario,
            String subject,
            String baseline,
            String baselineLabel,
            double maxRatio,
            String direct,
            String targetLabel) {
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
                "≤ " + times(maxRatio) + " " + targetLabel,
                verdict(ratio <= maxRatio),
                allocation(s, b));
    }

    /**
     * Row 13: in each JVM, the first send after deployment against the hundredth (the first and the last of the fork's
     * single shots); the medians of the first sends, of the hundredth ones, and of the per-JVM ratios.
     */
    private void coldStartRow(StringBuilder out) {
        String scenario = "Redis cold start: first `send` after deployment (+ flush), median of the JVMs";
        Result r = results.get("s13RedisSend");
        if (r == null
                || r.perFork().isEmpty()
                || r.perFork().stream().anyMatch(fork -> fork.size() < RedisColdStartBenchmarks.SENDS)) {
            missingRow(out, "13", scenario);
            return;
        }
        List<Double> firsts = new ArrayList<>();
        List<Double> hundredths = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (List<Double> fork : r.perFork()) {
            double first = fork.get(0) * r.toNormalized();
            double hundredth = fork.get(RedisColdStartBenchmarks.SENDS - 1) * r.toNormalized();
            firsts.add(first);
            hundredths.add(hundredth);
            ratios.add(first / hundredth);
        }
        double ratio = median(ratios);
        row(
                out,
                "13",
                scenario + " (" + ratios.size() + ")",
                time(median(firsts)),
                "the hundredth `send`, same JVM, " + time(median(hundredths)),
                times(ratio),
                "≤ 1.00× the hundredth",
                verdict(ratio <= 1),
                "—");
    }

    /** The median of some values (the mean of the middle two for an even count). */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
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
                hasTarget ? verdict(s.normalized() <= maxNanos) : "—",
                allocation(s, b));
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
        row(
                out,
                number,
                scenario,
                time(added),
                "—",
                "—",
                "≤ " + time(maxNanos),
                verdict(added <= maxNanos),
                Double.isNaN(s.allocated()) || Double.isNaN(b.allocated())
                        ? "—"
                        : bytes(s.allocated() - b.allocated()));
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
                hasTarget ? verdict(added <= maxAddedMillis) : "—",
                "—");
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
                "—",
                allocation(s, b));
    }

    /** Scenario 9: one observer, beside Spring's and Guava's one receiver. */
    private void besideBaselinesRow(StringBuilder out) {
        String scenario = "`send`, 1 observer, beside Spring and Guava with 1 receiver";
        Result send = results.get("s1Send");
        Result spring = results.get("s9SpringPublish1");
        Result guava = results.get("s9GuavaPost1");
        if (send == null || spring == null || guava == null) {
            missingRow(out, "9", scenario);
            return;
        }
        row(
                out,
                "9",
                scenario,
                time(send.normalized()),
                "Spring `@EventListener` " + time(spring.normalized()) + "; Guava `EventBus` "
                        + time(guava.normalized()),
                times(send.normalized() / spring.normalized()) + " Spring",
                "—",
                "—",
                orDash(send.allocated()) + "; Spring " + orDash(spring.allocated()) + "; Guava "
                        + orDash(guava.allocated()));
    }

    /** Scenario 9: the bytes a send to one observer allocates, against the target set from its profile. */
    private void sendBytesRow(StringBuilder out) {
        String scenario = "bytes allocated by a `send` to 1 observer";
        Result send = results.get("s1Send");
        if (send == null || Double.isNaN(send.allocated())) {
            missingRow(out, "9", scenario);
            return;
        }
        row(
                out,
                "9",
                scenario,
                bytes(send.allocated()),
                "—",
                "—",
                "≤ " + bytes(MAX_SEND_BYTES),
                verdict(send.allocated() <= MAX_SEND_BYTES),
                bytes(send.allocated()));
    }

    /**
     * What a send to one observer may allocate (benchmarks/RESULTS.md has the profile behind it): the metadata
     * upstream's contract makes on every send (UUID, date-time, the record), the send's frame, result and response,
     * and Weld's own notification and interception of one observer.
     */
    static final double MAX_SEND_BYTES = 1_024;

    /** Scenario 9: what each further receiver costs, (10 − 1) / 9, in time and bytes. */
    private void perReceiverRow(StringBuilder out) {
        String scenario = "each further observer: (`send` to 10 − to 1) / 9";
        Result send1 = results.get("s1Send");
        Result send10 = results.get("s2Send");
        Result spring1 = results.get("s9SpringPublish1");
        Result spring10 = results.get("s9SpringPublish10");
        Result guava1 = results.get("s9GuavaPost1");
        Result guava10 = results.get("s9GuavaPost10");
        if (send1 == null
                || send10 == null
                || spring1 == null
                || spring10 == null
                || guava1 == null
                || guava10 == null) {
            missingRow(out, "9", scenario);
            return;
        }
        double time = perReceiver(send1.normalized(), send10.normalized());
        double springTime = perReceiver(spring1.normalized(), spring10.normalized());
        double guavaTime = perReceiver(guava1.normalized(), guava10.normalized());
        double allocated = perReceiver(send1.allocated(), send10.allocated());
        boolean met = time <= MAX_PER_OBSERVER_NANOS && !(allocated > MAX_PER_OBSERVER_BYTES);
        row(
                out,
                "9",
                scenario,
                time(time),
                "Spring, per listener " + time(springTime) + "; Guava, per subscriber " + time(guavaTime),
                times(time / springTime) + " Spring",
                "≤ " + time(MAX_PER_OBSERVER_NANOS) + " and ≤ " + bytes(MAX_PER_OBSERVER_BYTES),
                Double.isNaN(allocated) ? "—" : verdict(met),
                (Double.isNaN(allocated) ? "—" : bytes(allocated)) + "; Spring "
                        + orDash(perReceiver(spring1.allocated(), spring10.allocated())) + "; Guava "
                        + orDash(perReceiver(guava1.allocated(), guava10.allocated())));
    }

    /** Half of what each further observer cost when issue #15 was filed (about 180 ns and 340 bytes). */
    static final double MAX_PER_OBSERVER_NANOS = 90;

    static final double MAX_PER_OBSERVER_BYTES = 170;

    private static double perReceiver(double one, double ten) {
        return (ten - one) / 9;
    }

    /** Scenario 10: a send whose observer takes a parameter the extension resolves, against one that does not. */
    private void observerParameterRow(StringBuilder out, String scenario, String subject) {
        ratioRow(out, "10", scenario, subject, "s1Send", "`send`, plain observer", 1.2, null, "plain observer");
    }

    /** Scenario 11: the Redis producer against redis-benchmark, raw Lettuce, and upstream's producer. */
    private void redisProducerRows(StringBuilder out) {
        Result s = results.get("s11RedisProducerSend");
        Result tool = results.get("s11RedisBenchmarkP16");
        String scenario = "Redis producer: `send` × 2,000 + `flush`, events/s";
        if (s == null) {
            missingRow(out, "11", scenario);
        } else if (tool == null) {
            row(
                    out,
                    "11",
                    scenario,
                    events(s.normalized()),
                    "`redis-benchmark -P 16`: not on the PATH, not measured",
                    "—",
                    "≥ 0.50× `redis-benchmark -P 16`",
                    "—",
                    "—");
        } else {
            double ratio = s.normalized() / tool.normalized();
            row(
                    out,
                    "11",
                    scenario,
                    events(s.normalized()),
                    "`redis-benchmark -c 1 -P 16`, same `XADD` " + events(tool.normalized()),
                    times(ratio),
                    "≥ 0.50× `redis-benchmark -P 16`",
                    verdict(ratio >= 0.5),
                    "—");
        }
        rateRow(
                out,
                "11",
                "… against raw Lettuce: pipelined async `XADD` of the same bytes, one connection",
                "s11RedisProducerSend",
                "s11RedisRawXadd",
                "raw Lettuce `XADD`",
                Double.NaN,
                null);
        String upstream = "… against upstream's Python producer (2,310/s on this machine, issue #15; not this run)";
        if (s == null) {
            missingRow(out, "11", upstream);
        } else {
            double least = 10 * UPSTREAM_REDIS_PRODUCER;
            row(
                    out,
                    "11",
                    upstream,
                    events(s.normalized()),
                    "—",
                    "—",
                    "≥ " + events(least) + " (10×)",
                    verdict(s.normalized() >= least),
                    "—");
        }
    }

    /** A throughput scenario (events/s) against its raw baseline, with an optional least rate. */
    private void rateRow(
            StringBuilder out,
            String number,
            String scenario,
            String subject,
            String baseline,
            String baselineLabel,
            double minRate,
            String minRateNote) {
        Result s = results.get(subject);
        Result b = results.get(baseline);
        if (s == null || b == null) {
            missingRow(out, number, scenario);
            return;
        }
        boolean hasTarget = !Double.isNaN(minRate);
        row(
                out,
                number,
                scenario,
                events(s.normalized()),
                baselineLabel + " " + events(b.normalized()),
                times(s.normalized() / b.normalized()),
                hasTarget ? "≥ " + events(minRate) + " " + minRateNote : "—",
                hasTarget ? verdict(s.normalized() >= minRate) : "—",
                "—");
    }

    /** Scenario 17: the outbox's added cost per send, and the relay's rate beside the producer's own; reported. */
    private void outboxRows(StringBuilder out) {
        String scenario = "`send` published to Redis through the outbox (row in PostgreSQL, own transaction)";
        Result s = results.get("s17SendThroughOutbox");
        Result b = results.get("s17SendDirect");
        if (s == null || b == null) {
            missingRow(out, "17", scenario);
        } else {
            row(
                    out,
                    "17",
                    scenario,
                    time(s.normalized()),
                    "directly (after the send) " + time(b.normalized()) + "; added "
                            + time(s.normalized() - b.normalized()),
                    times(s.normalized() / b.normalized()),
                    "reported",
                    "—",
                    allocation(s, b));
        }
        String relay = "outbox relay: a backlog of 2,000 rows (20 keys) published and marked, events/s";
        Result r = results.get("s17RelayDrain");
        Result producer = results.get("s11RedisProducerSend");
        if (r == null) {
            missingRow(out, "17", relay);
        } else {
            row(
                    out,
                    "17",
                    relay,
                    events(r.normalized()),
                    producer == null ? "—" : "Redis producer (scenario 11) " + events(producer.normalized()),
                    producer == null ? "—" : times(r.normalized() / producer.normalized()),
                    "reported",
                    "—",
                    "—");
        }
    }

    /** Scenario 16: a percentile of the end-to-end latency through Redis; reported, no target. */
    private void latencyRow(StringBuilder out, String percentile, String subject) {
        String scenario = "end-to-end latency, `send` → observer in another JVM through Redis, "
                + String.format(Locale.ROOT, "%,d", EndToEndLatency.RATE) + " events/s: " + percentile;
        Result s = results.get(subject);
        if (s == null) {
            missingRow(out, "16", scenario);
            return;
        }
        row(out, "16", scenario, time(s.normalized()), "—", "—", "reported", "—", "—");
    }

    private static void missingRow(StringBuilder out, String number, String scenario) {
        row(out, number, scenario, "no result", "—", "—", "—", "—", "—");
    }

    private static void row(StringBuilder out, String... cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private String verdict(boolean met) {
        return smoke ? "(smoke)" : met ? "yes" : "**no**";
    }

    /** The bytes per operation of a scenario and of its baseline, when measured. */
    private static String allocation(Result subject, Result baseline) {
        if (Double.isNaN(subject.allocated())) {
            return "—";
        }
        String text = bytes(subject.allocated());
        if (baseline != null && !Double.isNaN(baseline.allocated())) {
            text += "; baseline " + bytes(baseline.allocated());
        }
        return text;
    }

    private static String orDash(double bytes) {
        return Double.isNaN(bytes) ? "—" : bytes(bytes);
    }

    private static String bytes(double bytes) {
        return String.format(Locale.ROOT, "%,.0f B", bytes);
    }

    private static String time(double nanos) {
        if (Math.abs(nanos) < 1_000) {
            return String.format(Locale.ROOT, "%.0f ns", nanos);
        }
        if (Math.abs(nanos) < 1_000_000) {
            return String.format(Locale.ROOT, "%.2f µs", nanos / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f ops/s", perSecond);
    }

    private static String events(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f/s", perSecond);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.3f", value);
    }
}
