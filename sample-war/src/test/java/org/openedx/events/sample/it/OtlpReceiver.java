package org.openedx.events.sample.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A small OTLP/HTTP receiver for the tests of one class, in the test JVM: it listens on a free port of 127.0.0.1,
 * answers every export with {@code 200}, keeps the spans of {@code POST /v1/traces} and the log records of
 * {@code POST /v1/logs} (protobuf, decoded with the protocol's own classes) and counts every request (metrics are
 * counted, not read). Started before the
 * class and stopped after it; register it before Arquillian's extension, so that the deployment method can read
 * {@link #current()}'s endpoint and so that it still answers while the deployment is undeployed (when the SDK
 * exports what it still holds).
 */
final class OtlpReceiver implements BeforeAllCallback, AfterAllCallback {

    /** A received span: its ids in lower-case hexadecimal (the parent's empty for a root), and its attributes as text. */
    record ReceivedSpan(
            String serviceName,
            String traceId,
            String spanId,
            String parentSpanId,
            String name,
            io.opentelemetry.proto.trace.v1.Span.SpanKind kind,
            Map<String, String> attributes) {

        /** {@return the attribute's value as text, or null} */
        String attribute(String key) {
            return attributes.get(key);
        }

        @Override
        public String toString() {
            return kind + " '" + name + "' " + spanId + " <- " + parentSpanId + " in " + traceId + " " + attributes;
        }
    }

    /** A received log record: its trace id in hexadecimal (empty outside a trace), its body and attributes as text. */
    record ReceivedLog(String traceId, String body, Map<String, String> attributes) {}

    private static volatile OtlpReceiver current;

    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    private final List<ReceivedLog> logs = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService executor;

    /**
     * The receiver of the running test class, for static contexts such as an Arquillian deployment method.
     *
     * @return the receiver
     * @throws IllegalStateException when none is running
     */
    static OtlpReceiver current() {
        OtlpReceiver receiver = current;
        if (receiver == null) {
            throw new IllegalStateException("No OTLP receiver: register OtlpReceiver before ArquillianExtension");
        }
        return receiver;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "otlp-receiver");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        current = this;
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        current = null;
        if (server != null) {
            server.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** {@return the base URL an OTLP/HTTP exporter is given: {@code http://127.0.0.1:<port>}} */
    String endpoint() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /** {@return the spans received so far, in the order they arrived} */
    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** {@return the log records received so far, in the order they arrived} */
    List<ReceivedLog> logs() {
        return List.copyOf(logs);
    }

    /** {@return how many requests arrived on each path} */
    Map<String, Integer> requests() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        requests.forEach((path, count) -> counts.put(path, count.get()));
        return counts;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(exchange.getRequestMethod() + " " + path, key -> new AtomicInteger())
                    .incrementAndGet();
            byte[] body;
            try (InputStream in = body(exchange)) {
                body = in.readAllBytes();
            }
            if (exchange.getRequestMethod().equals("POST") && path.equals("/v1/traces")) {
                receive(ExportTraceServiceRequest.parseFrom(body));
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/v1/logs")) {
                receive(ExportLogsServiceRequest.parseFrom(body));
            }
            // Every export service's response without partial success is the empty message: no bytes.
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        } catch (IOException | RuntimeException e) {
            // A request that cannot be decoded must fail the test, not vanish in the server's thread.
            spans.add(new ReceivedSpan(null, "", "", "", "undecodable export: " + e, null, Map.of()));
            throw e;
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        return "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(in) : in;
    }

    private void receive(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            String service = serviceName(resourceSpans.getResource());
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                for (io.opentelemetry.proto.trace.v1.Span span : scopeSpans.getSpansList()) {
                    spans.add(new ReceivedSpan(
                            service,
                            hex.formatHex(span.getTraceId().toByteArray()),
                            hex.formatHex(span.getSpanId().toByteArray()),
                            hex.formatHex(span.getParentSpanId().toByteArray()),
                            span.getName(),
                            span.getKind(),
                            attributes(span.getAttributesList())));
                }
            }
        }
    }

    private void receive(ExportLogsServiceRequest request) {
        HexFormat hex = HexFormat.of();
        for (ResourceLogs resourceLogs : request.getResourceLogsList()) {
            for (ScopeLogs scopeLogs : resourceLogs.getScopeLogsList()) {
                for (LogRecord record : scopeLogs.getLogRecordsList()) {
                    logs.add(new ReceivedLog(
                            hex.formatHex(record.getTraceId().toByteArray()),
                            text(record.getBody()),
                            attributes(record.getAttributesList())));
                }
            }
        }
    }

    private static String serviceName(Resource resource) {
        return attributes(resource.getAttributesList()).get("service.name");
    }

    private static Map<String, String> attributes(List<KeyValue> keyValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (KeyValue keyValue : keyValues) {
            attributes.put(keyValue.getKey(), text(keyValue.getValue()));
        }
        return attributes;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            case ARRAY_VALUE -> {
                List<String> elements = new ArrayList<>();
                value.getArrayValue().getValuesList().forEach(element -> elements.add(text(element)));
                yield elements.toString();
            }
            default -> value.toString();
        };
    }
}
