package org.openedx.events.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.commons.math3.distribution.TDistribution;

import org.openedx.events.bus.redis.RedisServer;
import org.openedx.events.bus.redis.RedisSettings;

/**
 * Scenario 11's limit: {@code redis-benchmark} (from the Debian package, when on the PATH) writing the library's
 * enrollment entry with {@code XADD <topic> MAXLEN ~ 10000 * <fields>} on one connection with a pipeline of 16
 * ({@code -c 1 -P 16}), against a {@code redis-server} of its own, several times. Command-line arguments cannot
 * carry the Avro bytes of {@code event_data} (they may hold NUL), so it is written as as many ASCII bytes; every
 * other field is the library's text, so the command has the same size. The rates go to a JSON file in JMH's format
 * that {@link ResultsTable} reads with the others.
 */
final class RedisBenchmarkTool {

    /** The result's name in the table. */
    static final String NAME = "s11RedisBenchmarkP16";

    private RedisBenchmarkTool() {}

    /**
     * Runs the tool if it is on the PATH.
     *
     * @param result the JSON file to write
     * @param smoke whether this is a smoke run (one short run)
     * @return whether a result was written
     * @throws Exception if the server or the tool cannot be run
     */
    static boolean run(Path result, boolean smoke) throws Exception {
        Optional<String> tool = RedisServer.binary("redis-benchmark");
        if (tool.isEmpty()) {
            System.out.println("redis-benchmark is not on the PATH: scenario 11 is reported without it");
            return false;
        }
        int runs = smoke ? 1 : 5;
        int requests = smoke ? 20_000 : 200_000;
        List<Double> rates = new ArrayList<>();
        try (RedisServer server = RedisServer.started()) {
            for (int i = 0; i < runs; i++) {
                rates.add(rate(tool.get(), server.port(), requests));
            }
        }
        write(result, rates);
        System.out.println("redis-benchmark -c 1 -P 16, the library's XADD: " + rates + " requests/s");
        return true;
    }

    private static double rate(String tool, int port, int requests) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                tool,
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-c",
                "1",
                "-P",
                "16",
                "-n",
                Integer.toString(requests),
                "--csv",
                "XADD",
                BusFixtures.TOPIC,
                "MAXLEN",
                "~",
                Long.toString(RedisSettings.DEFAULT_STREAM_MAX_LEN),
                "*"));
        for (Map.Entry<String, byte[]> field : BusFixtures.redisEntry().entrySet()) {
            command.add(field.getKey());
            command.add(
                    field.getKey().equals("event_data")
                            ? "x".repeat(field.getValue().length)
                            : new String(field.getValue(), StandardCharsets.UTF_8));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("redis-benchmark failed: " + output);
        }
        // --csv: a header line, then "<command>","<rps>",...
        for (String line : output.split("\\R")) {
            if (line.startsWith("\"XADD")) {
                String[] cells = line.split("\",\"");
                return Double.parseDouble(cells[1]);
            }
        }
        throw new IOException("no rate in redis-benchmark's output: " + output);
    }

    private static void write(Path result, List<Double> rates) throws IOException {
        double mean = rates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        String error = "\"NaN\"";
        if (rates.size() > 1) {
            double squares =
                    rates.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum();
            double t = new TDistribution(rates.size() - 1).inverseCumulativeProbability(1 - 0.001 / 2);
            error = String.format(
                    Locale.ROOT, "%.3f", t * Math.sqrt(squares / (rates.size() - 1)) / Math.sqrt(rates.size()));
        }
        StringBuilder raw = new StringBuilder();
        for (double rate : rates) {
            raw.append(raw.isEmpty() ? "" : ",")
                    .append('[')
                    .append(String.format(Locale.ROOT, "%.2f", rate))
                    .append(']');
        }
        Files.createDirectories(result.toAbsolutePath().getParent());
        Files.writeString(
                result,
                String.format(
                        Locale.ROOT,
                        "[{\"benchmark\": \"redis-benchmark.%s\", \"mode\": \"thrpt\", \"threads\": 1, \"forks\": %d, "
                                + "\"primaryMetric\": {\"score\": %.2f, \"scoreError\": %s, \"scoreUnit\": \"ops/s\", "
                                + "\"rawData\": [%s]}}]%n",
                        NAME,
                        rates.size(),
                        mean,
                        error,
                        raw),
                StandardCharsets.UTF_8);
    }
}
