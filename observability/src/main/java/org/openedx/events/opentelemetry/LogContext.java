package org.openedx.events.opentelemetry;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts the current span's ids into the mapped diagnostic context of the logging APIs the application has, so that
 * its log lines written during a send, an observer's notification or a bus delivery can show them: the keys
 * {@value #TRACE_ID}, {@value #SPAN_ID} and {@value #TRACE_FLAGS}, as OpenTelemetry's own log instrumentation names
 * them. The APIs are SLF4J ({@code org.slf4j.MDC}), JBoss Logging ({@code org.jboss.logging.MDC}, which WildFly's
 * log manager reads) and Log4j 2 ({@code org.apache.logging.log4j.ThreadContext}), each used when its class loads
 * and through method handles, so that none of them is needed. Container-free.
 */
final class LogContext implements AutoCloseable {

    /** The key of the trace id. */
    static final String TRACE_ID = "trace_id";

    /** The key of the span id. */
    static final String SPAN_ID = "span_id";

    /** The key of the trace flags. */
    static final String TRACE_FLAGS = "trace_flags";

    private static final String[] KEYS = {TRACE_ID, SPAN_ID, TRACE_FLAGS};
    private static final List<Mdc> MDCS = find();

    /** Nothing put, nothing to restore. */
    private static final LogContext NONE = new LogContext(new String[0][]);

    private final String[][] previous;

    private LogContext(String[][] previous) {
        this.previous = previous;
    }

    /**
     * Puts a span's ids, remembering what the keys held.
     *
     * @param traceId the trace id
     * @param spanId the span id
     * @param traceFlags the trace flags, as hex
     * @return what restores the keys; closed on the same thread
     */
    static LogContext enter(String traceId, String spanId, String traceFlags) {
        if (MDCS.isEmpty()) {
            return NONE;
        }
        String[] values = {traceId, spanId, traceFlags};
        String[][] previous = new String[MDCS.size()][];
        for (int i = 0; i < previous.length; i++) {
            previous[i] = MDCS.get(i).replace(values);
        }
        return new LogContext(previous);
    }

    /**
     * Puts back what the keys held before {@link #enter}, in the reverse order: two of the APIs may share one context
     * (JBoss Logging over SLF4J), and the first one's remembered values are the older ones.
     */
    @Override
    public void close() {
        for (int i = previous.length - 1; i >= 0; i--) {
            MDCS.get(i).replace(previous[i]);
        }
    }

    /** {@return whether any logging API with a mapped diagnostic context was found} */
    static boolean available() {
        return !MDCS.isEmpty();
    }

    private static List<Mdc> find() {
        List<Mdc> found = new ArrayList<>(3);
        Mdc.of("org.slf4j.MDC", "put", "get", "remove", void.class, String.class)
                .ifPresent(found::add);
        Mdc.of("org.jboss.logging.MDC", "put", "get", "remove", Object.class, Object.class)
                .ifPresent(found::add);
        Mdc.of("org.apache.logging.log4j.ThreadContext", "put", "get", "remove", void.class, String.class)
                .ifPresent(found::add);
        return List.copyOf(found);
    }

    /** One logging API's context: static {@code put(String, value)}, {@code get(String)}, {@code remove(String)}. */
    private record Mdc(MethodHandle put, MethodHandle get, MethodHandle remove) {

        static Optional<Mdc> of(
                String className, String put, String get, String remove, Class<?> putReturns, Class<?> valueType) {
            try {
                Class<?> type = Class.forName(className, false, LogContext.class.getClassLoader());
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                MethodType getType = MethodType.methodType(valueType, String.class);
                return Optional.of(new Mdc(
                        lookup.findStatic(type, put, MethodType.methodType(putReturns, String.class, valueType))
                                .asType(MethodType.methodType(void.class, String.class, String.class)),
                        lookup.findStatic(type, get, getType).asType(MethodType.methodType(Object.class, String.class)),
                        lookup.findStatic(type, remove, MethodType.methodType(void.class, String.class))));
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** Sets the keys to the values (null removes one) and returns what they held. */
        String[] replace(String[] values) {
            String[] before = new String[KEYS.length];
            try {
                for (int i = 0; i < KEYS.length; i++) {
                    Object old = (Object) get.invokeExact(KEYS[i]);
                    before[i] = old == null ? null : old.toString();
                    if (values[i] == null) {
                        remove.invokeExact(KEYS[i]);
                    } else {
                        put.invokeExact(KEYS[i], values[i]);
                    }
                }
            } catch (Throwable e) {
                // A logging back end that fails its own context: logging goes on without the ids.
            }
            return before;
        }
    }
}
