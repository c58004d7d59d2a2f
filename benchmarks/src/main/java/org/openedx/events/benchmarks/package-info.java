/**
 * JMH benchmarks of the extension against raw CDI events and direct calls measured in the same run, of the wire
 * formats, and of container boot time; {@link org.openedx.events.benchmarks.BenchmarkSuite} runs them and prints
 * the results as a Markdown table with the targets.
 */
package org.openedx.events.benchmarks;
