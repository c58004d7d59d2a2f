#!/usr/bin/env bash
# Builds the benchmark jar and runs the JMH suite, printing the Markdown table of results (also written to
# benchmarks/target/jmh/results.md). Arguments go to the suite: --smoke (a quick check that everything runs),
# --only REGEX, --prof PROFILER (e.g. jfr), --out DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q package -Pbenchmarks -pl benchmarks -am -DskipTests
exec java -jar benchmarks/target/benchmarks.jar "$@"
