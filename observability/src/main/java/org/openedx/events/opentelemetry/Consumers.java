package org.openedx.events.opentelemetry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The event-bus consumers running in this application (this class loader), as the health checks and gauges see them. */
public final class Consumers {

    private static final Consumers INSTANCE = new Consumers();

    private final List<ConsumerState> running = new CopyOnWriteArrayList<>();

    private Consumers() {}

    /**
     * The registry of this application.
     *
     * @return the registry
     */
    public static Consumers get() {
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

    ConsumerState start(String system, String destination, String group, String name) {
        ConsumerState state = new ConsumerState(system, destination, group, name, this);
        running.add(state);
        return state;
    }

    void remove(ConsumerState state) {
        running.remove(state);
    }
}
