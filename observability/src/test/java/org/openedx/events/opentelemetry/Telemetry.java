package org.openedx.events.opentelemetry;

import java.util.List;
import java.util.Optional;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/**
 * The OpenTelemetry SDK of the tests, set as the global one once per JVM (before the instrumentation first asks for
 * it), with in-memory exporters.
 */
final class Telemetry {

    static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();
    static final InMemoryMetricReader METRICS = InMemoryMetricReader.create();

    static {
        OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(SPANS))
                        .build())
                .setMeterProvider(
                        SdkMeterProvider.builder().registerMetricReader(METRICS).build())
                .build();
        GlobalOpenTelemetry.set(sdk);
    }

    private Telemetry() {}

    /** Clears the spans recorded so far. */
    static void reset() {
        SPANS.reset();
    }

    static List<SpanData> spans() {
        return SPANS.getFinishedSpanItems();
    }

    static List<MetricData> metrics() {
        return List.copyOf(METRICS.collectAllMetrics());
    }

    /**
     * The value of a long sum or gauge point with exactly these attributes, summed over none when absent.
     *
     * @return the value, or empty when there is no such point
     */
    static Optional<Long> longValue(List<MetricData> metrics, String name, Attributes attributes) {
        for (MetricData metric : metrics) {
            if (!metric.getName().equals(name)) {
                continue;
            }
            Iterable<LongPointData> points = switch (metric.getType()) {
                case LONG_SUM -> metric.getLongSumData().getPoints();
                case LONG_GAUGE -> metric.getLongGaugeData().getPoints();
                default -> List.of();
            };
            for (LongPointData point : points) {
                if (point.getAttributes().equals(attributes)) {
                    return Optional.of(point.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
