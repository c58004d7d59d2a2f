package org.openedx.events.benchmarks;

import java.util.concurrent.TimeUnit;

import com.google.common.eventbus.EventBus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import org.openedx.events.learning.data.CourseEnrollmentData;

/**
 * Scenario 9 (issue #15): the in-process event buses of other stacks, with 1 and 10 receivers of the same payload,
 * beside the library's {@code send} to 1 and 10 observers (scenarios 1 and 2) in the same run. Spring: a plain
 * {@code AnnotationConfigApplicationContext} (spring-context, no Spring Boot) whose bean has {@code @EventListener}
 * methods, sent to with {@code publishEvent(payload)}. Guava: an {@code EventBus} with {@code @Subscribe} methods,
 * sent to with {@code post(payload)}. What each further receiver costs is the difference between 10 and 1, over 9.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BaselineBenchmarks {

    /** A Spring context with one bean of listeners. */
    public abstract static class Spring {

        AnnotationConfigApplicationContext context;
        final CourseEnrollmentData enrollment = Containers.enrollment();

        abstract Class<?> listeners();

        abstract long seen();

        abstract int receivers();

        /** Starts the context and checks that one event reaches every listener. */
        @Setup(Level.Trial)
        public void start() {
            context = new AnnotationConfigApplicationContext(listeners());
            context.publishEvent(enrollment);
            if (seen() != receivers()) {
                throw new IllegalStateException("expected " + receivers() + " deliveries, saw " + seen());
            }
        }

        /** Closes the context. */
        @TearDown(Level.Trial)
        public void stop() {
            context.close();
        }
    }

    /** One Spring listener. */
    @State(Scope.Benchmark)
    public static class SpringOne extends Spring {

        @Override
        Class<?> listeners() {
            return BaselineListeners.SpringOne.class;
        }

        @Override
        long seen() {
            return context.getBean(BaselineListeners.SpringOne.class).seen;
        }

        @Override
        int receivers() {
            return 1;
        }
    }

    /** Ten Spring listeners. */
    @State(Scope.Benchmark)
    public static class SpringTen extends Spring {

        @Override
        Class<?> listeners() {
            return BaselineListeners.SpringTen.class;
        }

        @Override
        long seen() {
            return context.getBean(BaselineListeners.SpringTen.class).seen;
        }

        @Override
        int receivers() {
            return 10;
        }
    }

    /** A Guava event bus with one or ten subscribers. */
    public abstract static class Guava {

        final EventBus bus = new EventBus("benchmark");
        final CourseEnrollmentData enrollment = Containers.enrollment();

        abstract Object subscribers();

        abstract long seen();

        abstract int receivers();

        /** Registers the subscribers and checks that one event reaches every one. */
        @Setup(Level.Trial)
        public void start() {
            bus.register(subscribers());
            bus.post(enrollment);
            if (seen() != receivers()) {
                throw new IllegalStateException("expected " + receivers() + " deliveries, saw " + seen());
            }
        }
    }

    /** One Guava subscriber. */
    @State(Scope.Benchmark)
    public static class GuavaOne extends Guava {

        final BaselineListeners.GuavaOne subscriber = new BaselineListeners.GuavaOne();

        @Override
        Object subscribers() {
            return subscriber;
        }

        @Override
        long seen() {
            return subscriber.seen;
        }

        @Override
        int receivers() {
            return 1;
        }
    }

    /** Ten Guava subscribers. */
    @State(Scope.Benchmark)
    public static class GuavaTen extends Guava {

        final BaselineListeners.GuavaTen subscriber = new BaselineListeners.GuavaTen();

        @Override
        Object subscribers() {
            return subscriber;
        }

        @Override
        long seen() {
            return subscriber.seen;
        }

        @Override
        int receivers() {
            return 10;
        }
    }

    /**
     * Spring's {@code publishEvent} to one {@code @EventListener}.
     *
     * @param s the context
     */
    @Benchmark
    public void s9SpringPublish1(SpringOne s) {
        s.context.publishEvent(s.enrollment);
    }

    /**
     * Spring's {@code publishEvent} to ten {@code @EventListener}s.
     *
     * @param s the context
     */
    @Benchmark
    public void s9SpringPublish10(SpringTen s) {
        s.context.publishEvent(s.enrollment);
    }

    /**
     * Guava's {@code post} to one subscriber.
     *
     * @param s the bus
     */
    @Benchmark
    public void s9GuavaPost1(GuavaOne s) {
        s.bus.post(s.enrollment);
    }

    /**
     * Guava's {@code post} to ten subscribers.
     *
     * @param s the bus
     */
    @Benchmark
    public void s9GuavaPost10(GuavaTen s) {
        s.bus.post(s.enrollment);
    }
}
