package org.openedx.events.opentelemetry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.openedx.events.instrumentation.OutboxBacklog;
import org.openedx.events.instrumentation.Registration;

/**
 * The event-bus clients of this application (this class loader): its running consumers, its producers and its
 * transactional outbox, as the health checks and the gauges see them.
 */
public final class BusClients {

    private static final BusClients INSTANCE = new BusClients();

    private final List<ConsumerState> running = new CopyOnWriteArrayList<>();
    private final List<Producer> producers = new CopyOnWriteArrayList<>();
    private final List<Outbox> outboxes = new CopyOnWriteArrayList<>();

    /**
     * A running transactional outbox whose backlog the gauges report.
     *
     * @param table its table
     * @param backlog queries its backlog (may throw when the database fails)
     */
    public record Outbox(String table, Supplier<OutboxBacklog> backlog) {

        /**
         * Checks the parts.
         *
         * @param table its table
         * @param backlog queries its backlog
         * @throws IllegalArgumentException when a part is null
         */
        public Outbox {
            if (table == null || backlog == null) {
                throw new IllegalArgumentException("an outbox needs its table and backlog query");
            }
        }
    }

    /**
     * A producer whose connection the readiness check watches.
     *
     * @param system the bus, {@code redis} or {@code kafka}
     * @param connected whether its connection is open
     */
    public record Producer(String system, BooleanSupplier connected) {

        /**
         * Checks the parts.
         *
         * @param system the bus
         * @param connected whether its connection is open
         * @throws IllegalArgumentException when a part is null
         */
        public Producer {
            if (system == null || connected == null) {
                throw new IllegalArgumentException("a producer needs its system and connection state");
            }
        }
    }

    private BusClients() {}

    /**
     * The registry of this application.
     *
     * @return the registry
     */
    public static BusClients get() {
        return INSTANCE;
    }

    /**
     * The consumers running now.
     *
     * @return a snapshot, in the order they started
     */
    public List<ConsumerState> running() {
        return List.copyOf(running);
    }

    /**
     * The producers that got ready and are not closed.
     *
     * @return a snapshot
     */
    public List<Producer> producers() {
        return List.copyOf(producers);
    }

    Registration addProducer(String system, BooleanSupplier connected) {
        Producer producer = new Producer(system, connected);
        producers.add(producer);
        return () -> producers.remove(producer);
    }

    /**
     * The transactional outboxes running.
     *
     * @return a snapshot
     */
    public List<Outbox> outboxes() {
        return List.copyOf(outboxes);
    }

    Registration addOutbox(String table, Supplier<OutboxBacklog> backlog) {
        Outbox outbox = new Outbox(table, backlog);
        outboxes.add(outbox);
        return () -> outboxes.remove(outbox);
    }

    ConsumerState start(String system, String destination, String group, String name) {
        ConsumerState state = new ConsumerState(system, destination, group, name, this);
        running.add(state);
        return state;
    }

    void remove(ConsumerState state) {
        running.remove(state);
    }
}
