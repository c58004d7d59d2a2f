package org.openedx.events.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite and prints the Markdown table of {@link ResultsTable}.
 *
 * <p>JMH runs: the steady-state benchmarks (dispatch, codecs and the in-process baselines of Spring and Guava:
 * warmed up, several forks, with JMH's GC profiler for the bytes allocated per operation), then
 * {@code redis-benchmark}'s rate when the tool is on the PATH ({@link RedisBenchmarkTool}), then the event-bus
 * benchmarks (each fork starts its own {@code redis-server} or in-JVM Kafka broker, and stops it), then the
 * end-to-end latency through Redis between two JVMs ({@link EndToEndLatency}), then the cold
 * benchmarks: a Weld SE boot, one per fresh JVM, in four rounds of three forks each, so that a change of load on a
 * shared machine does not fall on one variant only; and a Redis producer's first hundred sends after deployment,
 * one by one, in 32 fresh JVMs. Each writes JMH's JSON into the output directory; the table is made from those
 * files, printed, and written to {@code results.md} beside them.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--smoke] [--out DIR] [--only REGEX] [--prof PROFILER]
 * java -jar benchmarks/target/benchmarks.jar --table FILE.json...
 * </pre>
 * {@code --smoke} runs every benchmark once, briefly, in one fork: it proves that the suite runs and the table is
 * complete, not how fast anything is. {@code --only} restricts the run to benchmarks whose name matches;
 * {@code --prof} adds a JMH profiler, with its options after a colon as on JMH's command line
 * (e.g. {@code gc}, {@code jfr:dir=/tmp/jfr;configName=profile}); {@code --table} only formats earlier results.
 * The exit status is 0 when every benchmark produced a result (any, with {@code --only}), 1 when some did not,
 * 2 on a usage error.
 */
public final class BenchmarkSuite {

    private static final String STEADY = "\\.(DispatchBenchmarks|CodecBenchmarks|BaselineBenchmarks)\\.";
    private static final String BUS = "\\.(RedisBenchmarks|KafkaBenchmarks|OutboxBenchmarks)\\.";
    private static final String BOOT = "\\.BootBenchmarks\\.";
    private static final int BOOT_ROUNDS = 4;
    private static final int BOOT_FORKS_PER_ROUND = 3;
    private static final String COLD_START = "\\.RedisColdStartBenchmarks\\.";
    private static final int COLD_START_FORKS = 32;
    private static final String[] FORK_JVM_ARGS = {"-Xms1g", "-Xmx1g"};

    private BenchmarkSuite() {}

    /**
     * Runs the suite.
     *
     * @param args see the class documentation
     * @throws Exception if the results cannot be read or written, JMH cannot run, or a server or tool the scenarios
     *     start cannot be run
     */
    public static void main(String[] args) throws Exception {
        boolean smoke = false;
        Path out = Path.of("benchmarks", "target", "jmh");
        String only = null;
        String profiler = null;
        List<Path> tables = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--out" -> out = Path.of(value(args, ++i));
                case "--only" -> only = value(args, ++i);
                case "--prof" -> profiler = value(args, ++i);
                case "--table" -> {
                    while (i + 1 < args.length) {
                        tables.add(Path.of(args[++i]));
                    }
                }
                default -> usage("unknown argument: " + args[i]);
            }
        }
        if (!tables.isEmpty()) {
            System.exit(print(ResultsTable.read(tables), out.resolve("results.md"), true));
        }

        Files.createDirectories(out);
        List<Path> results = new ArrayList<>();
        Path steady = out.resolve("steady.json");
        if (run(steady, STEADY, only, profiler, smoke, null)) {
            results.add(steady);
        }
        // The buses: each fork starts its own redis-server or Kafka broker. redis-benchmark's rate, the limit of
        // scenario 11, is measured just before them, against a redis-server of the suite's own.
        Path tool = out.resolve("redis-benchmark.json");
        if ((only == null
                        || Pattern.compile(only)
                                .matcher(RedisBenchmarkTool.NAME)
                                .find())
                && RedisBenchmarkTool.run(tool, smoke)) {
            results.add(tool);
        }
        Path bus = out.resolve("bus.json");
        if (run(bus, BUS, only, profiler, smoke, null)) {
            results.add(bus);
        }
        // End-to-end latency through Redis: a producer JVM and a consumer JVM of their own.
        Path endToEnd = out.resolve("end-to-end.json");
        if (only == null
                || Pattern.compile(only)
                        .matcher(EndToEndLatency.P50 + " " + EndToEndLatency.P99)
                        .find()) {
            try {
                EndToEndLatency.run(endToEnd, smoke, FORK_JVM_ARGS);
                results.add(endToEnd);
            } catch (IOException e) {
                System.err.println("End-to-end latency not measured: " + e.getMessage());
            }
        }
        // Cold boots drift with the machine's load: several rounds, each running every boot benchmark, interleave
        // them in time; the table pools the rounds.
        for (int round = 1; round <= (smoke ? 1 : BOOT_ROUNDS); round++) {
            Path boot = out.resolve("boot-" + round + ".json");
            if (run(boot, BOOT, only, profiler, smoke, new SingleShots(1, BOOT_FORKS_PER_ROUND))) {
                results.add(boot);
            }
        }
        // The Redis producer's sends after deployment, each fork's first and hundredth compared in ResultsTable.
        Path coldStart = out.resolve("cold-start.json");
        if (run(
                coldStart,
                COLD_START,
                only,
                profiler,
                smoke,
                new SingleShots(RedisColdStartBenchmarks.SENDS, COLD_START_FORKS))) {
            results.add(coldStart);
        }
        ResultsTable table = ResultsTable.read(results);
        if (smoke) {
            table = table.smoke();
        }
        System.exit(print(table, out.resolve("results.md"), only == null));
    }

    /**
     * How a group of cold benchmarks runs: single shots in fresh JVMs, without warm-up.
     *
     * @param iterations the shots per fork
     * @param forks the forks (one in a smoke run)
     */
    private record SingleShots(int iterations, int forks) {}

    /** Runs one group: warmed up and averaged, or, with {@code shots}, as single shots. */
    private static boolean run(
            Path result, String group, String only, String profiler, boolean smoke, SingleShots shots)
            throws RunnerException {
        boolean cold = shots != null;
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(group + (only == null ? "" : ".*(" + only + ")"))
                .jvmArgsAppend(FORK_JVM_ARGS)
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(result.toString());
        if (cold) {
            options.warmupIterations(0)
                    .measurementIterations(shots.iterations())
                    .forks(smoke ? 1 : shots.forks());
        } else if (smoke) {
            options.forks(1)
                    .warmupIterations(1)
                    .warmupTime(TimeValue.milliseconds(100))
                    .measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(200));
        } else {
            options.forks(2)
                    .warmupIterations(5)
                    .warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5)
                    .measurementTime(TimeValue.seconds(1))
                    .timeout(TimeValue.valueOf(TimeUnit.MINUTES.toSeconds(2) + "s"));
        }
        if (!cold && !"gc".equals(profiler)) {
            // Bytes allocated per operation (gc.alloc.rate.norm) for the table.
            options.addProfiler(GCProfiler.class);
        }
        if (profiler != null) {
            int colon = profiler.indexOf(':');
            if (colon < 0) {
                options.addProfiler(profiler);
            } else {
                options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
            }
        }
        try {
            return !new Runner(options.build()).run().isEmpty();
        } catch (NoBenchmarksException e) {
            // --only left nothing of this group.
            return false;
        }
    }

    private static int print(ResultsTable table, Path file, boolean complete) throws IOException {
        String markdown = table.markdown();
        System.out.println();
        System.out.println(markdown);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        System.out.println("(written to " + file + ")");
        List<String> missing = table.missing();
        if (complete && !missing.isEmpty()) {
            System.err.println("No result for: " + String.join(", ", missing));
            return 1;
        }
        return 0;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: [--smoke] [--out DIR] [--only REGEX] [--prof PROFILER] | --table FILE.json...");
        System.exit(2);
    }
}
