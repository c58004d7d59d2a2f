package org.openedx.events.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.instrumentation.BusMessage;
import org.openedx.events.instrumentation.EventsInstrumentation;
import org.openedx.events.instrumentation.Observation;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/** Spans and metrics of sends and observers, with the SDK's in-memory exporters, on Weld SE. */
class SendTracingTest {

    static final UserData USER = new UserData(123, true, new UserPersonalData("foobob", "bob@foo.example", "Bob Foo"));

    private WeldContainer container;

    @BeforeEach
    void start() {
        Telemetry.reset();
        LoginObservers.reset();
        container = new Weld("observability-" + UUID.randomUUID())
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addBeanClasses(LoginObservers.class, AsyncLoginObserver.class)
                .initialize();
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void theServiceLoaderFindsTheOpenTelemetryInstrumentation() {
        assertThat(EventsInstrumentation.get()).isInstanceOf(Observability.class);
        assertThat(((Observability) EventsInstrumentation.get()).tracing()).isTrue();
    }

    @Test
    void aSendIsOneSpanWithAChildPerObserverAndAFailedObserverMarksBoth() {
        LoginObservers.failuresLeft.set(1);
        List<MetricData> before = Telemetry.metrics();

        SendResult result =
                container.select(OpenEdxEvents.class).get().send(LearningSignals.SESSION_LOGIN_COMPLETED, USER);

        assertThat(result.failures()).hasSize(1);
        List<SpanData> spans = Telemetry.spans();
        SpanData send = only(spans, "send " + LearningEvents.SESSION_LOGIN_COMPLETED);
        assertThat(send.getKind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(send.getAttributes().asMap())
                .containsEntry(OpenTelemetryInstrumentation.EVENT_TYPE, LearningEvents.SESSION_LOGIN_COMPLETED)
                .containsEntry(
                        OpenTelemetryInstrumentation.EVENT_ID,
                        result.metadata().id().toString())
                .containsEntry(OpenTelemetryInstrumentation.ROBUST, true)
                .containsEntry(OpenTelemetryInstrumentation.FROM_EVENT_BUS, false)
                .containsEntry(OpenTelemetryInstrumentation.RECEIVERS, 2L)
                .containsEntry(OpenTelemetryInstrumentation.RECEIVER_FAILURES, 1L);
        assertThat(send.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);

        List<SpanData> observers = spans.stream()
                .filter(span -> span.getName().startsWith("notify "))
                .toList();
        assertThat(observers).hasSize(2);
        assertThat(observers).allSatisfy(span -> {
            assertThat(span.getParentSpanId()).isEqualTo(send.getSpanId());
            assertThat(span.getTraceId()).isEqualTo(send.getTraceId());
        });
        SpanData failed = observers.stream()
                .filter(span -> span.getStatus().getStatusCode() == StatusCode.ERROR)
                .findFirst()
                .orElseThrow();
        assertThat(failed.getAttributes().get(OpenTelemetryInstrumentation.RECEIVER))
                .contains("mayFail");
        assertThat(failed.getAttributes().get(OpenTelemetryInstrumentation.ERROR_TYPE))
                .isEqualTo(IllegalStateException.class.getName());
        assertNoPersonalData(spans);

        List<MetricData> after = Telemetry.metrics();
        Attributes byType =
                Attributes.of(OpenTelemetryInstrumentation.EVENT_TYPE, LearningEvents.SESSION_LOGIN_COMPLETED);
        assertThat(delta(before, after, "openedx.events.sends", byType)).isEqualTo(1);
        assertThat(delta(
                        before,
                        after,
                        "openedx.events.receiver.failures",
                        failed.getAttributes().toBuilder()
                                .removeIf(key -> !key.equals(OpenTelemetryInstrumentation.EVENT_TYPE)
                                        && !key.equals(OpenTelemetryInstrumentation.RECEIVER)
                                        && !key.equals(OpenTelemetryInstrumentation.ERROR_TYPE))
                                .build()))
                .isEqualTo(1);
    }

    @Test
    void anObserverLogsWithItsSpansIdsInTheMappedDiagnosticContextAndTheSenderGetsItsOwnBack() {
        org.jboss.logging.MDC.put(LogContext.TRACE_ID, "the caller's");
        try {
            container.select(OpenEdxEvents.class).get().send(LearningSignals.SESSION_LOGIN_COMPLETED, USER);

            SpanData recorder = only(Telemetry.spans(), "notify " + LoginObservers.class.getName() + "#record");
            LoginObservers.Seen seen = LoginObservers.seen.poll();
            assertThat(seen).isNotNull();
            assertThat(seen.traceId()).isEqualTo(recorder.getTraceId());
            assertThat(seen.spanId()).isEqualTo(recorder.getSpanId());
            assertThat(org.jboss.logging.MDC.get(LogContext.TRACE_ID)).isEqualTo("the caller's");
            assertThat(org.jboss.logging.MDC.get(LogContext.SPAN_ID)).isNull();
            assertThat(LogContext.available()).isTrue();
        } finally {
            org.jboss.logging.MDC.remove(LogContext.TRACE_ID);
        }
    }

    @Test
    void twoSendsFromNoTraceAreTwoTraces() {
        container.select(OpenEdxEvents.class).get().send(LearningSignals.SESSION_LOGIN_COMPLETED, USER);
        container.select(OpenEdxEvents.class).get().send(LearningSignals.SESSION_LOGIN_COMPLETED, USER);

        List<SpanData> sends = Telemetry.spans().stream()
                .filter(span -> span.getName().startsWith("send "))
                .toList();
        assertThat(sends).hasSize(2);
        assertThat(sends.get(0).getTraceId())
                .as("two sends from no trace start two traces")
                .isNotEqualTo(sends.get(1).getTraceId());
    }

    @Test
    void anAsynchronousSendIsASpanOfTheCallersTraceAndItsObserversAreItsChildren() throws Exception {
        Span request =
                GlobalOpenTelemetry.getTracer("test").spanBuilder("request").startSpan();
        try (Scope scope = request.makeCurrent()) {
            container
                    .select(OpenEdxEvents.class)
                    .get()
                    .sendAsync(LearningSignals.SESSION_LOGIN_COMPLETED, USER)
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } finally {
            request.end();
        }

        SpanData send = only(Telemetry.spans(), "send " + LearningEvents.SESSION_LOGIN_COMPLETED);
        assertThat(send.getTraceId()).isEqualTo(request.getSpanContext().getTraceId());
        assertThat(send.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(send.hasEnded()).isTrue();
        assertThat(send.getAttributes().get(AttributeKey.longKey("openedx.events.receivers")))
                .as("the asynchronous observer, counted once it has run")
                .isEqualTo(1L);
        SpanData observer = only(Telemetry.spans(), "notify " + AsyncLoginObserver.class.getName() + "#onLogin");
        assertThat(observer.getTraceId()).isEqualTo(request.getSpanContext().getTraceId());
        assertThat(observer.getParentSpanId())
                .as("the observer's span is a child of the asynchronous send's")
                .isEqualTo(send.getSpanId());
        assertThat(Span.current().getSpanContext().isValid())
                .as("no span is left current on the sending thread")
                .isFalse();
    }

    @Test
    void withoutATraceTheCarrierStaysEmpty() {
        OpenTelemetryInstrumentation noop = new OpenTelemetryInstrumentation(OpenTelemetry::noop);
        Map<String, String> carrier = new java.util.LinkedHashMap<>();
        try (Observation observation = noop.startBusWrite(
                BusMessage.produced("redis", "user-login", LearningEvents.SESSION_LOGIN_COMPLETED, "id"), carrier)) {
            assertThat(observation).isNotNull();
        }
        assertThat(carrier).isEmpty();
    }

    static SpanData only(List<SpanData> spans, String name) {
        List<SpanData> named =
                spans.stream().filter(span -> span.getName().equals(name)).toList();
        assertThat(named).as("spans named %s in %s", name, spans).hasSize(1);
        return named.get(0);
    }

    static void assertNoPersonalData(List<SpanData> spans) {
        for (SpanData span : spans) {
            for (Map.Entry<AttributeKey<?>, Object> attribute :
                    span.getAttributes().asMap().entrySet()) {
                assertThat(String.valueOf(attribute.getValue()))
                        .as("attribute %s of %s", attribute.getKey(), span.getName())
                        .doesNotContain("foobob", "bob@foo.example", "Bob Foo");
            }
            assertThat(span.getEvents())
                    .as("no exception events (their messages may quote values)")
                    .isEmpty();
        }
    }

    static long delta(List<MetricData> before, List<MetricData> after, String name, Attributes attributes) {
        return Telemetry.longValue(after, name, attributes).orElse(0L)
                - Telemetry.longValue(before, name, attributes).orElse(0L);
    }
}
