#!/usr/bin/env bash
# Builds the benchmark jar and runs the JMH suite, printing the Markdown table of results (also written to
# benchmarks/target/jmh/results.md). Arguments go to the suite: --smoke (a quick check that everything runs),
# --only REGEX, --prof PROFILER (e.g. jfr), --out DIR. BENCHMARKS_JAVA_OPTS, if set, are options of the suite's
# JVM, which its forks inherit (CI sets -Djava.io.tmpdir).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q package -Pbenchmarks -pl benchmarks -am -DskipTests
# shellcheck disable=SC2086 # word splitting of the options is intended
exec java ${BENCHMARKS_JAVA_OPTS:-} -jar benchmarks/target/benchmarks.jar "$@"
