package org.openedx.events.tck;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;

/**
 * What the observers of a scenario saw, in order. Tests call {@link #clear()} first: Arquillian does not run
 * {@code @BeforeEach} methods on every container.
 */
@ApplicationScoped
public class Recorder {

    /** One observer call. */
    public record Call(String name, EventsMetadata metadata, EventDelivery delivery, String thread) {}

    private final List<Call> calls = new ArrayList<>();

    /** Forgets every call. */
    public synchronized void clear() {
        calls.clear();
    }

    /**
     * Records a call without metadata.
     *
     * @param name what was called
     */
    public void record(String name) {
        record(name, null, null);
    }

    /**
     * Records a call.
     *
     * @param name what was called
     * @param metadata the metadata parameter it got, or null
     * @param delivery the delivery parameter it got, or null
     */
    public synchronized void record(String name, EventsMetadata metadata, EventDelivery delivery) {
        calls.add(new Call(name, metadata, delivery, Thread.currentThread().getName()));
    }

    /** The names of the calls, in order. */
    public synchronized List<String> names() {
        return calls.stream().map(Call::name).toList();
    }

    /** The calls, in order. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /**
     * The single call of that name.
     *
     * @param name the name
     * @return the call
     * @throws AssertionError if there is not exactly one
     */
    public synchronized Call only(String name) {
        List<Call> found = calls.stream().filter(c -> c.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one call '" + name + "', got " + names());
        }
        return found.get(0);
    }
}
