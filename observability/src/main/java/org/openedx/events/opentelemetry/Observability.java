package org.openedx.events.opentelemetry;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.openedx.events.instrumentation.BusMessage;
import org.openedx.events.instrumentation.ConsumerProbe;
import org.openedx.events.instrumentation.EventsInstrumentation;
import org.openedx.events.instrumentation.Observation;
import org.openedx.events.instrumentation.OutboxBacklog;
import org.openedx.events.instrumentation.Registration;
import org.openedx.events.instrumentation.SendInfo;

/**
 * The instrumentation this module provides (found by {@code EventsInstrumentation.get()} with the
 * {@link java.util.ServiceLoader}): it registers the running consumers for the health checks, and hands traces and
 * metrics to the OpenTelemetry instrumentation when the OpenTelemetry API is on the class path. This class refers to
 * no OpenTelemetry type, so it loads without the API.
 */
public final class Observability implements EventsInstrumentation {

    private static final Logger LOG = System.getLogger("org.openedx.events.opentelemetry");

    private final EventsInstrumentation telemetry;

    /** Creates the instrumentation; the {@link java.util.ServiceLoader} calls it. */
    public Observability() {
        this.telemetry = openTelemetry();
    }

    private static EventsInstrumentation openTelemetry() {
        try {
            Class.forName("io.opentelemetry.api.OpenTelemetry", false, Observability.class.getClassLoader());
            return new OpenTelemetryInstrumentation(OpenTelemetrySource.lookup());
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.log(Level.DEBUG, () -> "No OpenTelemetry API: Open edX events are not traced (" + e + ")");
            return NOOP;
        }
    }

    /** {@return whether traces and metrics go to OpenTelemetry} */
    public boolean tracing() {
        return telemetry != NOOP;
    }

    @Override
    public Observation startSend(SendInfo send) {
        return telemetry.startSend(send);
    }

    @Override
    public Observation startObserver(SendInfo send, String receiver) {
        return telemetry.startObserver(send, receiver);
    }

    @Override
    public Observation startBusWrite(BusMessage message, Map<String, String> carrier) {
        return telemetry.startBusWrite(message, carrier);
    }

    @Override
    public Observation startBusDelivery(BusMessage message, Map<String, String> carrier, int attempt) {
        return telemetry.startBusDelivery(message, carrier, attempt);
    }

    @Override
    public void busRetry(BusMessage message) {
        telemetry.busRetry(message);
    }

    @Override
    public void busDeadLetter(BusMessage message) {
        telemetry.busDeadLetter(message);
    }

    @Override
    public ConsumerProbe consumerStarted(String system, String destination, String consumerGroup, String consumerName) {
        telemetry.consumerStarted(system, destination, consumerGroup, consumerName);
        return BusClients.get().start(system, destination, consumerGroup, consumerName);
    }

    @Override
    public Registration producerStarted(String system, BooleanSupplier connected) {
        return BusClients.get().addProducer(system, connected);
    }

    @Override
    public Registration outboxStarted(String table, Supplier<OutboxBacklog> backlog) {
        telemetry.outboxStarted(table, backlog);
        return BusClients.get().addOutbox(table, backlog);
    }

    @Override
    public void injectCurrent(Map<String, String> carrier) {
        telemetry.injectCurrent(carrier);
    }

    @Override
    public <T> T callInContext(Map<String, String> carrier, Supplier<T> task) {
        return telemetry.callInContext(carrier, task);
    }

    @Override
    public Runnable wrap(Runnable task) {
        return telemetry.wrap(task);
    }

    @Override
    public String toString() {
        return "Open edX events observability (" + (tracing() ? "OpenTelemetry" : "no OpenTelemetry API") + ")";
    }
}
