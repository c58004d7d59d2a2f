package org.openedx.events.opentelemetry;

import java.util.Map;
import java.util.function.Supplier;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;

import org.openedx.events.instrumentation.BusMessage;
import org.openedx.events.instrumentation.ConsumerProbe;
import org.openedx.events.instrumentation.EventsInstrumentation;
import org.openedx.events.instrumentation.Observation;
import org.openedx.events.instrumentation.OutboxBacklog;
import org.openedx.events.instrumentation.Registration;
import org.openedx.events.instrumentation.SendInfo;

/**
 * Spans and metrics with the OpenTelemetry API, following its messaging and CloudEvents semantic conventions. Only
 * event types, ids, receivers (class and method names), destinations, groups and exception class names are recorded:
 * never payload values, never exception messages (which may quote them).
 *
 * <p>The trace context travels with the events in W3C form ({@code traceparent}, {@code tracestate}), whatever the
 * application's own propagators are: it is part of the bus's wire format, not of the application's HTTP.
 */
final class OpenTelemetryInstrumentation implements EventsInstrumentation {

    /** The instrumentation scope of the spans and metrics. */
    static final String SCOPE = "org.openedx.events";

    static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("cloudevents.event_id");
    static final AttributeKey<Boolean> ROBUST = AttributeKey.booleanKey("openedx.events.robust");
    static final AttributeKey<Boolean> FROM_EVENT_BUS = AttributeKey.booleanKey("openedx.events.from_event_bus");
    static final AttributeKey<Long> RECEIVERS = AttributeKey.longKey("openedx.events.receivers");
    static final AttributeKey<Long> RECEIVER_FAILURES = AttributeKey.longKey("openedx.events.receiver_failures");
    static final AttributeKey<String> RECEIVER = AttributeKey.stringKey("openedx.events.receiver");
    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("openedx.events.attempt");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("messaging.operation.name");
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    static final AttributeKey<String> CONSUMER_GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    static final AttributeKey<String> CONSUMER_NAME = AttributeKey.stringKey("openedx.events.consumer");
    static final AttributeKey<String> OUTBOX_TABLE = AttributeKey.stringKey("openedx.events.outbox.table");

    private static final TextMapSetter<Map<String, String>> SETTER = (carrier, key, value) -> {
        if (carrier != null) {
            carrier.put(key, value);
        }
    };
    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Supplier<OpenTelemetry> source;
    private volatile Instruments instruments;

    OpenTelemetryInstrumentation(Supplier<OpenTelemetry> source) {
        this.source = source;
    }

    /** The tracer and meters, made on first use (the OpenTelemetry may be set up after this class loads). */
    private Instruments instruments() {
        Instruments found = instruments;
        if (found == null) {
            synchronized (this) {
                found = instruments;
                if (found == null) {
                    found = new Instruments(source.get());
                    instruments = found;
                }
            }
        }
        return found;
    }

    @Override
    public Observation startSend(SendInfo send) {
        Instruments in = instruments();
        Span span = in.tracer
                .spanBuilder("send " + send.eventType())
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute(EVENT_TYPE, send.eventType())
                .setAttribute(EVENT_ID, send.eventId())
                .setAttribute(ROBUST, send.robust())
                .setAttribute(FROM_EVENT_BUS, send.fromEventBus())
                .startSpan();
        return new SpanObservation(span, span.makeCurrent()) {
            @Override
            public void receivers(int receivers, int failures) {
                span.setAttribute(RECEIVERS, receivers);
                span.setAttribute(RECEIVER_FAILURES, failures);
                if (failures > 0) {
                    span.setStatus(StatusCode.ERROR, failures + " receiver(s) failed");
                }
            }

            @Override
            void record(String errorType, double seconds) {
                Attributes attributes = withError(Attributes.builder().put(EVENT_TYPE, send.eventType()), errorType);
                in.sends.add(1, attributes);
                in.sendDuration.record(seconds, attributes);
            }
        };
    }

    @Override
    public Observation startObserver(SendInfo send, String receiver) {
        Instruments in = instruments();
        Span span = in.tracer
                .spanBuilder("notify " + receiver)
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute(EVENT_TYPE, send.eventType())
                .setAttribute(EVENT_ID, send.eventId())
                .setAttribute(RECEIVER, receiver)
                .startSpan();
        return new SpanObservation(span, span.makeCurrent()) {
            @Override
            void record(String errorType, double seconds) {
                Attributes attributes = withError(
                        Attributes.builder().put(EVENT_TYPE, send.eventType()).put(RECEIVER, receiver), errorType);
                in.receiverDuration.record(seconds, attributes);
                if (errorType != null) {
                    in.receiverFailures.add(1, attributes);
                }
            }
        };
    }

    @Override
    public Observation startBusWrite(BusMessage message, Map<String, String> carrier) {
        Instruments in = instruments();
        Span span = in.tracer
                .spanBuilder("send " + message.destination())
                .setSpanKind(SpanKind.PRODUCER)
                .setAllAttributes(messaging(message, "send", "send").build())
                .startSpan();
        if (span.getSpanContext().isValid()) {
            W3CTraceContextPropagator.getInstance().inject(Context.current().with(span), carrier, SETTER);
        }
        return new SpanObservation(span, null) { // ended on the bus client's thread: never made current
            @Override
            void record(String errorType, double seconds) {
                in.sentMessages.add(1, withError(destination(message), errorType));
                in.operationDuration.record(
                        seconds, withError(destination(message).put(OPERATION_NAME, "send"), errorType));
            }
        };
    }

    @Override
    public Observation startBusDelivery(BusMessage message, Map<String, String> carrier, int attempt) {
        Instruments in = instruments();
        Context parent = carrier.isEmpty()
                ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, GETTER);
        Span span = in.tracer
                .spanBuilder("process " + message.destination())
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAllAttributes(messaging(message, "process", "process").build())
                .setAttribute(ATTEMPT, attempt)
                .startSpan();
        return new SpanObservation(span, span.makeCurrent()) {
            @Override
            void record(String errorType, double seconds) {
                Attributes attributes = withError(consumer(message), errorType);
                in.consumedMessages.add(1, attributes);
                in.processDuration.record(seconds, attributes);
            }
        };
    }

    @Override
    public void busRetry(BusMessage message) {
        instruments().retries.add(1, consumer(message).build());
    }

    @Override
    public void busDeadLetter(BusMessage message) {
        instruments()
                .deadLetters
                .add(1, consumer(message).put(EVENT_TYPE, message.eventType()).build());
    }

    /** Makes the instruments now, so that the gauges report from the start; the registry keeps the outbox. */
    @Override
    public Registration outboxStarted(String table, Supplier<OutboxBacklog> backlog) {
        instruments();
        return Registration.NONE;
    }

    /** Makes the instruments now, so that the gauges report from the start; the registry keeps the consumer. */
    @Override
    public ConsumerProbe consumerStarted(String system, String destination, String consumerGroup, String consumerName) {
        instruments();
        return ConsumerProbe.NONE;
    }

    @Override
    public void injectCurrent(Map<String, String> carrier) {
        if (Span.current().getSpanContext().isValid()) {
            W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, SETTER);
        }
    }

    @Override
    public <T> T callInContext(Map<String, String> carrier, Supplier<T> task) {
        if (carrier.isEmpty()) {
            return task.get();
        }
        Context stored = W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, GETTER);
        try (Scope scope = stored.makeCurrent()) {
            return task.get();
        }
    }

    @Override
    public Runnable wrap(Runnable task) {
        return Context.current().wrap(task);
    }

    private static AttributesBuilder messaging(BusMessage message, String operationName, String operationType) {
        AttributesBuilder attributes = destination(message)
                .put(OPERATION_NAME, operationName)
                .put(OPERATION_TYPE, operationType)
                .put(EVENT_TYPE, message.eventType());
        if (message.eventId() != null) {
            attributes.put(MESSAGE_ID, message.eventId()).put(EVENT_ID, message.eventId());
        }
        if (message.consumerGroup() != null) {
            attributes.put(CONSUMER_GROUP, message.consumerGroup());
        }
        if (message.partition() != null) {
            attributes.put(PARTITION, message.partition());
        }
        return attributes;
    }

    private static AttributesBuilder destination(BusMessage message) {
        return Attributes.builder().put(SYSTEM, message.system()).put(DESTINATION, message.destination());
    }

    private static AttributesBuilder consumer(BusMessage message) {
        AttributesBuilder attributes = destination(message);
        if (message.consumerGroup() != null) {
            attributes.put(CONSUMER_GROUP, message.consumerGroup());
        }
        return attributes;
    }

    private static Attributes withError(AttributesBuilder attributes, String errorType) {
        if (errorType != null) {
            attributes.put(ERROR_TYPE, errorType);
        }
        return attributes.build();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * One span and its measurements: a failure marks the span ({@code ERROR}, {@code error.type}); closing it leaves
     * its scope (when it was made current), ends it and records the operation's metrics.
     */
    private abstract static class SpanObservation implements Observation {

        final Span span;
        private Scope scope;
        private LogContext logContext;
        private final long start = System.nanoTime();
        private volatile String errorType;

        /** A span made current ({@code scope} not null) also puts its ids into the logging APIs' context. */
        SpanObservation(Span span, Scope scope) {
            this.span = span;
            this.scope = scope;
            SpanContext context = span.getSpanContext();
            if (scope != null && context.isValid()) {
                logContext = LogContext.enter(
                        context.getTraceId(),
                        context.getSpanId(),
                        context.getTraceFlags().asHex());
            }
        }

        @Override
        public void detach() {
            leave();
        }

        private void leave() {
            if (logContext != null) {
                logContext.close();
                logContext = null;
            }
            if (scope != null) {
                scope.close();
                scope = null;
            }
        }

        @Override
        public void failed(Throwable failure) {
            errorType = failure.getClass().getName();
            span.setStatus(StatusCode.ERROR);
            span.setAttribute(ERROR_TYPE, errorType);
        }

        @Override
        public void close() {
            leave();
            span.end();
            record(errorType, seconds(start));
        }

        /** Records the metrics of the operation; {@code errorType} is null when it succeeded. */
        abstract void record(String errorType, double seconds);
    }

    /** The tracer, the instruments, and the consumers' gauges, made once from one OpenTelemetry. */
    private static final class Instruments {

        final Tracer tracer;
        final LongCounter sends;
        final DoubleHistogram sendDuration;
        final LongCounter receiverFailures;
        final DoubleHistogram receiverDuration;
        final LongCounter sentMessages;
        final DoubleHistogram operationDuration;
        final LongCounter consumedMessages;
        final DoubleHistogram processDuration;
        final LongCounter retries;
        final LongCounter deadLetters;

        Instruments(OpenTelemetry openTelemetry) {
            String version = OpenTelemetryInstrumentation.class.getPackage().getImplementationVersion();
            tracer = version == null ? openTelemetry.getTracer(SCOPE) : openTelemetry.getTracer(SCOPE, version);
            Meter meter = openTelemetry.getMeter(SCOPE);
            sends = meter.counterBuilder("openedx.events.sends")
                    .setDescription("Sends of Open edX events that reached their observers")
                    .setUnit("{send}")
                    .build();
            sendDuration = meter.histogramBuilder("openedx.events.send.duration")
                    .setDescription("Duration of sends, their observers included")
                    .setUnit("s")
                    .build();
            receiverFailures = meter.counterBuilder("openedx.events.receiver.failures")
                    .setDescription("Observer notifications that threw")
                    .setUnit("{failure}")
                    .build();
            receiverDuration = meter.histogramBuilder("openedx.events.receiver.duration")
                    .setDescription("Duration of observer notifications")
                    .setUnit("s")
                    .build();
            sentMessages = meter.counterBuilder("messaging.client.sent.messages")
                    .setDescription("Events written to the event bus (with error.type: refused or failed)")
                    .setUnit("{message}")
                    .build();
            operationDuration = meter.histogramBuilder("messaging.client.operation.duration")
                    .setDescription("Duration of event-bus writes, until the bus acknowledged them")
                    .setUnit("s")
                    .build();
            consumedMessages = meter.counterBuilder("messaging.client.consumed.messages")
                    .setDescription("Deliveries of events read from the event bus (each attempt)")
                    .setUnit("{message}")
                    .build();
            processDuration = meter.histogramBuilder("messaging.process.duration")
                    .setDescription("Duration of the deliveries of events read from the event bus")
                    .setUnit("s")
                    .build();
            retries = meter.counterBuilder("openedx.events.bus.retries")
                    .setDescription("Failed deliveries of bus events that will be retried")
                    .setUnit("{retry}")
                    .build();
            deadLetters = meter.counterBuilder("openedx.events.bus.dead_letters")
                    .setDescription("Bus events copied to the dead letter")
                    .setUnit("{message}")
                    .build();
            meter.gaugeBuilder("openedx.events.bus.consumer.lag")
                    .ofLongs()
                    .setDescription("Events not yet delivered to the consumer's group (Redis: the group's lag; Kafka:"
                            + " the assigned partitions' lag)")
                    .setUnit("{message}")
                    .buildWithCallback(measurement -> {
                        for (ConsumerState state : BusClients.get().running()) {
                            if (state.lag() >= 0) {
                                measurement.record(state.lag(), consumerAttributes(state));
                            }
                        }
                    });
            meter.gaugeBuilder("openedx.events.bus.consumer.pending")
                    .ofLongs()
                    .setDescription("Events delivered to the consumer's group and not yet acknowledged (Redis)")
                    .setUnit("{message}")
                    .buildWithCallback(measurement -> {
                        for (ConsumerState state : BusClients.get().running()) {
                            if (state.pending() >= 0) {
                                measurement.record(state.pending(), consumerAttributes(state));
                            }
                        }
                    });
            outboxGauges(meter);
        }

        /** The outboxes' gauges, from one query per outbox and collection. */
        private static void outboxGauges(Meter meter) {
            ObservableLongMeasurement pending = meter.gaugeBuilder("openedx.events.outbox.pending")
                    .ofLongs()
                    .setDescription("Rows of the transactional outbox waiting to be published")
                    .setUnit("{row}")
                    .buildObserver();
            ObservableDoubleMeasurement age = meter.gaugeBuilder("openedx.events.outbox.oldest_pending_age")
                    .setDescription("How long the oldest row of the transactional outbox has waited")
                    .setUnit("s")
                    .buildObserver();
            meter.batchCallback(
                    () -> {
                        for (BusClients.Outbox outbox : BusClients.get().outboxes()) {
                            OutboxBacklog backlog;
                            try {
                                backlog = outbox.backlog().get();
                            } catch (RuntimeException e) {
                                continue; // the database failed: no measurement this time
                            }
                            Attributes table = Attributes.of(OUTBOX_TABLE, outbox.table());
                            pending.record(backlog.pendingRows(), table);
                            age.record(backlog.oldestPendingAge().toNanos() / 1e9, table);
                        }
                    },
                    pending,
                    age);
        }

        private static Attributes consumerAttributes(ConsumerState state) {
            return Attributes.of(
                    SYSTEM, state.system(),
                    DESTINATION, state.destination(),
                    CONSUMER_GROUP, state.group(),
                    CONSUMER_NAME, state.name());
        }
    }
}
