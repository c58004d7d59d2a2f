package org.openedx.events.benchmarks;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Event;

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
import org.openjdk.jmh.annotations.Threads;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;

/**
 * Sending through the extension against its baselines in the same JVM: a cached, qualified {@code Event.fire} into
 * the same observer beans in a container without the extension ("raw fire"), and a direct method call.
 *
 * <p>Method names start with the scenario number; {@link ResultsTable} pairs them up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmarks {

    /** What a scenario needs: a container with the extension, one without, and the payload. */
    public abstract static class Deployment {

        WeldContainer withExtension;
        WeldContainer plain;
        OpenEdxEvents events;
        Event<CourseEnrollmentData> rawEvent;
        Event<CourseEnrollmentData> plainEventWithExtension;
        final CourseEnrollmentData enrollment = Containers.enrollment();

        abstract Class<?> observers();

        boolean beanValidation() {
            return false;
        }

        /** Whether the observers deploy without the extension too (not those that take its parameters). */
        boolean plainContainer() {
            return true;
        }

        /** Starts both containers and checks that a send reaches the observers as the scenario expects. */
        @Setup(Level.Trial)
        public void start() {
            Containers.quietLogging();
            withExtension = Containers.withExtension(beanValidation(), observers());
            if (plainContainer()) {
                plain = Containers.withoutExtension(observers());
                rawEvent = Containers.enrollmentEvent(plain);
            }
            events = Containers.sender(withExtension);
            plainEventWithExtension = Containers.enrollmentEvent(withExtension);
            check(events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, enrollment));
        }

        abstract void check(SendResult result);

        /** Stops both containers. */
        @TearDown(Level.Trial)
        public void stop() {
            withExtension.shutdown();
            if (plain != null) {
                plain.shutdown();
            }
        }
    }

    /** Scenario 1 (and 3's baseline, and 8): one observer, Bean Validation off. */
    @State(Scope.Benchmark)
    public static class OneObserver extends Deployment {

        final Observers.One direct = new Observers.One();

        @Override
        Class<?> observers() {
            return Observers.One.class;
        }

        @Override
        void check(SendResult result) {
            if (result.responses().size() != 1 || result.hasFailures()) {
                throw new IllegalStateException("expected one successful response: " + result);
            }
        }
    }

    /** Scenario 2: ten observers. */
    @State(Scope.Benchmark)
    public static class TenObservers extends Deployment {

        final Observers.Ten direct = new Observers.Ten();

        @Override
        Class<?> observers() {
            return Observers.Ten.class;
        }

        @Override
        void check(SendResult result) {
            if (result.responses().size() != 10 || result.hasFailures()) {
                throw new IllegalStateException("expected ten successful responses: " + result);
            }
        }
    }

    /** Scenario 3: one observer, Bean Validation on. */
    @State(Scope.Benchmark)
    public static class Validated extends OneObserver {

        @Override
        boolean beanValidation() {
            return true;
        }
    }

    /** Scenario 4: the only observer throws. */
    @State(Scope.Benchmark)
    public static class FailingObserver extends Deployment {

        final Observers.Failing direct = new Observers.Failing();

        @Override
        Class<?> observers() {
            return Observers.Failing.class;
        }

        @Override
        void check(SendResult result) {
            if (result.responses().size() != 1 || result.failures().size() != 1) {
                throw new IllegalStateException("expected one failed response: " + result);
            }
        }
    }

    /** Scenario 10: the only observer also takes the send's {@code EventsMetadata}. */
    @State(Scope.Benchmark)
    public static class MetadataObserver extends Deployment {

        @Override
        Class<?> observers() {
            return Observers.WithMetadata.class;
        }

        @Override
        boolean plainContainer() {
            return false;
        }

        @Override
        void check(SendResult result) {
            EventsMetadata seen =
                    withExtension.select(Observers.WithMetadata.class).get().last();
            if (result.responses().size() != 1
                    || result.hasFailures()
                    || !result.metadata().equals(seen)) {
                throw new IllegalStateException("expected one successful response with the send's metadata: " + result);
            }
        }
    }

    /** Scenario 10: the only observer also takes the {@code EventDelivery}. */
    @State(Scope.Benchmark)
    public static class DeliveryObserver extends Deployment {

        @Override
        Class<?> observers() {
            return Observers.WithDelivery.class;
        }

        @Override
        boolean plainContainer() {
            return false;
        }

        @Override
        void check(SendResult result) {
            EventDelivery seen =
                    withExtension.select(Observers.WithDelivery.class).get().last();
            if (result.responses().size() != 1
                    || result.hasFailures()
                    || seen == null
                    || !result.metadata().equals(seen.metadata())) {
                throw new IllegalStateException("expected one successful response with the send's delivery: " + result);
            }
        }
    }

    // --- 1. one observer ----------------------------------------------------------------------------------------

    /**
     * Scenario 1: a robust send to one observer.
     *
     * @param s the deployment
     * @return the result
     */
    @Benchmark
    public SendResult s1Send(OneObserver s) {
        return s.events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, s.enrollment);
    }

    /**
     * Baseline: the cached qualified event fired into the same observer, without the extension.
     *
     * @param s the deployment
     */
    @Benchmark
    public void s1RawFire(OneObserver s) {
        s.rawEvent.fire(s.enrollment);
    }

    /**
     * Baseline: the observer method called directly.
     *
     * @param s the deployment
     */
    @Benchmark
    public void s1DirectCall(OneObserver s) {
        s.direct.onEnrollment(s.enrollment);
    }

    /**
     * For the analysis: the same plain fire in the container with the extension (through the guard interceptor,
     * which lets it pass).
     *
     * @param s the deployment
     */
    @Benchmark
    public void s1PlainFireWithExtension(OneObserver s) {
        s.plainEventWithExtension.fire(s.enrollment);
    }

    // --- 2. ten observers ---------------------------------------------------------------------------------------

    /**
     * Scenario 2: a robust send to ten observers.
     *
     * @param s the deployment
     * @return the result
     */
    @Benchmark
    public SendResult s2Send(TenObservers s) {
        return s.events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, s.enrollment);
    }

    /**
     * Baseline: the cached qualified event fired into the same ten observers, without the extension.
     *
     * @param s the deployment
     */
    @Benchmark
    public void s2RawFire(TenObservers s) {
        s.rawEvent.fire(s.enrollment);
    }

    /**
     * Baseline: the ten observer methods called directly.
     *
     * @param s the deployment
     */
    @Benchmark
    public void s2DirectCall(TenObservers s) {
        s.direct.callAll(s.enrollment);
    }

    // --- 3. Bean Validation on ----------------------------------------------------------------------------------

    /**
     * Scenario 3: a robust send to one observer with Bean Validation of the payload.
     *
     * @param s the deployment
     * @return the result
     */
    @Benchmark
    public SendResult s3SendValidated(Validated s) {
        return s.events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, s.enrollment);
    }

    // --- 4. the only observer throws ----------------------------------------------------------------------------

    /**
     * Scenario 4: a robust send whose only observer throws; the failure is recorded and logged.
     *
     * @param s the deployment
     * @return the result
     */
    @Benchmark
    public SendResult s4SendFailing(FailingObserver s) {
        return s.events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, s.enrollment);
    }

    /**
     * Baseline: the raw fire into the same throwing observer, caught by the caller.
     *
     * @param s the deployment
     * @return the exception
     */
    @Benchmark
    public Object s4RawFireFailing(FailingObserver s) {
        try {
            s.rawEvent.fire(s.enrollment);
            throw new AssertionError("the observer did not throw");
        } catch (IllegalStateException e) {
            return e;
        }
    }

    /**
     * Baseline: the throwing observer called directly, caught by the caller.
     *
     * @param s the deployment
     * @return the exception
     */
    @Benchmark
    public Object s4DirectCallFailing(FailingObserver s) {
        try {
            s.direct.onEnrollment(s.enrollment);
            throw new AssertionError("the observer did not throw");
        } catch (IllegalStateException e) {
            return e;
        }
    }

    // --- 5. metadata alone --------------------------------------------------------------------------------------

    /**
     * Scenario 5: {@code generateSignalMetadata} alone (version-1 UUID, time, source).
     *
     * @param s the deployment
     * @return the metadata
     */
    @Benchmark
    public EventsMetadata s5GenerateMetadata(OneObserver s) {
        return s.events.generateSignalMetadata(LearningSignals.COURSE_ENROLLMENT_CREATED);
    }

    // --- 10. an observer that takes the metadata or the delivery -----------------------------------------------

    /**
     * Scenario 10: a robust send to one observer that also takes {@code EventsMetadata}.
     *
     * @param s the deployment
     * @return the result
     */
    @Benchmark
    public SendResult s10SendMetadataObserver(MetadataObserver s) {
        return s.events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, s.enrollment);
    }

    /**
     * Scenario 10: a robust send to one observer that also takes {@code EventDelivery}.
     *
     * @param s the deployment
     * @return the result
     */
    @Benchmark
    public SendResult s10SendDeliveryObserver(DeliveryObserver s) {
        return s.events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, s.enrollment);
    }

    // --- 8. concurrent sends ------------------------------------------------------------------------------------

    /**
     * Scenario 8: sends from two threads at once.
     *
     * @param s the deployment
     * @return the result
     */
    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SendResult s8SendThreads2(OneObserver s) {
        return s.events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, s.enrollment);
    }

    /**
     * Baseline: raw fires from two threads at once.
     *
     * @param s the deployment
     */
    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void s8RawFireThreads2(OneObserver s) {
        s.rawEvent.fire(s.enrollment);
    }

    /**
     * Scenario 8: sends from four threads at once.
     *
     * @param s the deployment
     * @return the result
     */
    @Benchmark
    @Threads(4)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SendResult s8SendThreads4(OneObserver s) {
        return s.events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, s.enrollment);
    }

    /**
     * Baseline: raw fires from four threads at once.
     *
     * @param s the deployment
     */
    @Benchmark
    @Threads(4)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void s8RawFireThreads4(OneObserver s) {
        s.rawEvent.fire(s.enrollment);
    }
}
