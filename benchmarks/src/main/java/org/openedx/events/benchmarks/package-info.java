/**
 * JMH benchmarks of the extension against raw CDI events, direct calls, Spring's {@code @EventListener} and Guava's
 * {@code EventBus} measured in the same run, of the wire formats, of container boot time, and of the Redis and Kafka
 * event buses against their raw clients (on a {@code redis-server} and an in-JVM Kafka broker the benchmarks start
 * themselves); {@link org.openedx.events.benchmarks.BenchmarkSuite} runs them and prints the results as a Markdown
 * table with the issues' targets.
 */
package org.openedx.events.benchmarks;
