package org.openedx.events.benchmarks;

import java.util.concurrent.TimeUnit;

import org.jboss.weld.environment.se.WeldContainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningSignals;

/**
 * Scenario 7: Weld SE boot time with and without the extension, cold: each fork measures one boot in a fresh JVM
 * (single shot, no warm-up), which is what an application pays at start. The same observer bean is deployed in
 * both. The "first event" variants also include what is deferred to first use: creating the sender (and the Bean
 * Validation factory, when on) and its first send, against selecting the event and firing it once.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class BootBenchmarks {

    private WeldContainer container;

    /** Logging as in the other benchmarks. */
    @Setup(Level.Trial)
    public void quiet() {
        Containers.quietLogging();
    }

    /** Stops the container the iteration started. */
    @TearDown(Level.Iteration)
    public void stop() {
        if (container != null) {
            container.shutdown();
            container = null;
        }
    }

    /**
     * Boot without the extension.
     *
     * @return the container
     */
    @Benchmark
    public WeldContainer s7BootPlain() {
        container = Containers.withoutExtension(Observers.One.class);
        return container;
    }

    /**
     * Boot with the extension (Bean Validation off, as in scenario 1).
     *
     * @return the container
     */
    @Benchmark
    public WeldContainer s7BootWithExtension() {
        container = Containers.withExtension(false, Observers.One.class);
        return container;
    }

    /**
     * Boot without the extension, then a first qualified fire.
     *
     * @return the container
     */
    @Benchmark
    public WeldContainer s7FirstFirePlain() {
        container = Containers.withoutExtension(Observers.One.class);
        Containers.enrollmentEvent(container).fire(Containers.enrollment());
        return container;
    }

    /**
     * Boot with the extension (Bean Validation off), then a first send.
     *
     * @return the result
     */
    @Benchmark
    public SendResult s7FirstSendWithExtension() {
        container = Containers.withExtension(false, Observers.One.class);
        return Containers.sender(container).send(LearningSignals.COURSE_ENROLLMENT_CREATED, Containers.enrollment());
    }

    /**
     * Boot with the extension and Bean Validation on, then a first (validated) send.
     *
     * @return the result
     */
    @Benchmark
    public SendResult s7FirstSendValidated() {
        container = Containers.withExtension(true, Observers.One.class);
        return Containers.sender(container).send(LearningSignals.COURSE_ENROLLMENT_CREATED, Containers.enrollment());
    }
}
