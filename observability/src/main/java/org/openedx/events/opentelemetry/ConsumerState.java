package org.openedx.events.opentelemetry;

import java.time.Duration;

import org.openedx.events.instrumentation.ConsumerProbe;

/**
 * What one running event-bus consumer last told: kept up to date by the consumer's thread, read by gauges and health
 * checks.
 *
 * @see BusClients
 */
public final class ConsumerState implements ConsumerProbe {

    private final String system;
    private final String destination;
    private final String group;
    private final String name;
    private final BusClients registry;
    private volatile boolean connected;
    private volatile boolean stopped;
    private volatile long lastProgress = System.nanoTime();
    private volatile long lag = -1;
    private volatile long pending = -1;

    ConsumerState(String system, String destination, String group, String name, BusClients registry) {
        this.system = system;
        this.destination = destination;
        this.group = group;
        this.name = name;
        this.registry = registry;
    }

    /** {@return the bus, {@code redis} or {@code kafka}} */
    public String system() {
        return system;
    }

    /** {@return the stream or topic, with its prefix} */
    public String destination() {
        return destination;
    }

    /** {@return the consumer group} */
    public String group() {
        return group;
    }

    /** {@return the consumer's name in its group (Redis), or its group (Kafka)} */
    public String name() {
        return name;
    }

    /** {@return whether the consumer's last command reached the bus} */
    public boolean isConnected() {
        return connected;
    }

    /** {@return whether the consumer has stopped} */
    public boolean isStopped() {
        return stopped;
    }

    /** {@return how long ago the consumer's loop last made progress (a read returned)} */
    public Duration sinceProgress() {
        return Duration.ofNanos(System.nanoTime() - lastProgress);
    }

    /** {@return the events not yet delivered to the group, or -1 when unknown} */
    public long lag() {
        return lag;
    }

    /** {@return the events delivered and not yet acknowledged, or -1 when unknown} */
    public long pending() {
        return pending;
    }

    @Override
    public void connected(boolean connected) {
        this.connected = connected;
    }

    @Override
    public void progressed() {
        lastProgress = System.nanoTime();
    }

    @Override
    public void backlog(long lag, long pending) {
        this.lag = lag;
        this.pending = pending;
    }

    @Override
    public void close() {
        stopped = true;
        connected = false;
        registry.remove(this);
    }

    @Override
    public String toString() {
        return system + " consumer '" + name + "' of group '" + group + "' on '" + destination + "'";
    }
}
