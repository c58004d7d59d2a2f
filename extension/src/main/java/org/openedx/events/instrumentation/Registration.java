package org.openedx.events.instrumentation;

/** Something registered with the instrumentation, such as a producer whose connection health checks watch. */
public interface Registration extends AutoCloseable {

    /** The registration of nothing. */
    Registration NONE = () -> {};

    /** Ends the registration. */
    @Override
    void close();
}
