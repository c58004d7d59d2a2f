package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotNull;

import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.SendResult;
import org.openedx.events.SenderValidationException;
import org.openedx.events.catalog.Samples;
import org.openedx.events.cdi.support.WeldContainers;

/**
 * Every signal of the catalog, sent through the real sender: a valid payload is delivered, and every required
 * field of every record reachable from the payload, set to null, ends in a SenderValidationException naming the
 * event, the field path and the problem, with nothing delivered.
 */
class CatalogValidationTest {

    /** Counts every delivery of anything (an unqualified observer receives all Open edX events). */
    @Singleton
    public static class Counter {
        final AtomicInteger deliveries = new AtomicInteger();

        void any(@Observes Object event) {
            deliveries.incrementAndGet();
        }
    }

    private static WeldContainer container;
    private static OpenEdxEvents events;
    private static Counter counter;

    @BeforeAll
    static void start() {
        container = WeldContainers.start(Counter.class);
        events = container.select(OpenEdxEvents.class).get();
        counter = container.select(Counter.class).get();
    }

    @AfterAll
    static void stop() {
        container.close();
    }

    static Stream<OpenEdxPublicSignal<?>> signals() {
        return OpenEdxPublicSignal.allEvents().stream();
    }

    @ParameterizedTest
    @MethodSource("signals")
    void validPayloadIsDelivered(OpenEdxPublicSignal<?> signal) {
        int before = counter.deliveries.get();

        SendResult result =
                events.send(signal.eventType(), java.util.Map.of(signal.dataKey(), Samples.sampleFor(signal)));

        assertThat(result.sent()).isTrue();
        assertThat(result.failures()).isEmpty();
        assertThat(counter.deliveries.get()).isEqualTo(before + 1);
    }

    /** A required field set to null somewhere in a signal's payload. */
    record NullField(OpenEdxPublicSignal<?> signal, String path, Object payload) {
        @Override
        public String toString() {
            return signal.eventType() + " " + path;
        }
    }

    static Stream<Arguments> nullFields() {
        List<Arguments> cases = new ArrayList<>();
        for (OpenEdxPublicSignal<?> signal : OpenEdxPublicSignal.allEvents()) {
            for (List<String> path : requiredPaths(signal.dataType(), List.of(), 0)) {
                Object payload = withNull(signal.dataType(), path);
                cases.add(Arguments.of(new NullField(
                        signal, signal.dataKey() + "." + String.join(".", path).replace(".[0]", "[0]"), payload)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("nullFields")
    void nullRequiredFieldIsRefusedWithItsPath(NullField field) {
        int before = counter.deliveries.get();

        assertThatThrownBy(() -> events.send(
                        field.signal().eventType(),
                        java.util.Map.of(field.signal().dataKey(), field.payload())))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageStartingWith(
                        "SenderValidationError " + field.signal().eventType() + ": ")
                .hasMessageContaining(field.path() + ": must not be null");
        assertThat(counter.deliveries.get()).isEqualTo(before);
    }

    @Test
    void everySignalHasAtLeastOneRequiredField() {
        assertThat(nullFields().count())
                .isGreaterThan(OpenEdxPublicSignal.allEvents().size());
    }

    /** Paths (component names, "[0]" for a list element) to every @NotNull component the constructor keeps null. */
    private static List<List<String>> requiredPaths(Class<?> record, List<String> prefix, int depth) {
        List<List<String>> paths = new ArrayList<>();
        if (depth > 4) {
            return paths;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            List<String> path = append(prefix, component.getName());
            if (isNotNull(record, component) && keepsNull(record, component)) {
                paths.add(path);
            }
            Class<?> type = component.getType();
            if (type.isRecord()) {
                paths.addAll(requiredPaths(type, path, depth + 1));
            } else if (type == List.class
                    && elementType(component.getGenericType()) instanceof Class<?> element
                    && element.isRecord()) {
                paths.addAll(requiredPaths(element, append(path, "[0]"), depth + 1));
            }
        }
        return paths;
    }

    /** {@code @NotNull} has no RECORD_COMPONENT target: it lands on the field (and accessor, parameter). */
    private static boolean isNotNull(Class<?> record, RecordComponent component) {
        try {
            return record.getDeclaredField(component.getName()).isAnnotationPresent(NotNull.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean keepsNull(Class<?> record, RecordComponent component) {
        Object[] arguments = Samples.arguments(record);
        arguments[index(record, component.getName())] = null;
        try {
            return component.getAccessor().invoke(Samples.construct(record, arguments)) == null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample of a record with the component at the path set to null, rebuilding the records along it. */
    private static Object withNull(Class<?> record, List<String> path) {
        Object[] arguments = Samples.arguments(record);
        RecordComponent component = record.getRecordComponents()[index(record, path.get(0))];
        int i = index(record, path.get(0));
        if (path.size() == 1) {
            arguments[i] = null;
        } else if (path.get(1).equals("[0]")) {
            Class<?> element = (Class<?>) elementType(component.getGenericType());
            arguments[i] = List.of(withNull(element, path.subList(2, path.size())));
        } else {
            arguments[i] = withNull(component.getType(), path.subList(1, path.size()));
        }
        return Samples.construct(record, arguments);
    }

    private static int index(Class<?> record, String name) {
        RecordComponent[] components = record.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Type elementType(Type type) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
    }

    private static List<String> append(List<String> prefix, String name) {
        List<String> path = new ArrayList<>(prefix);
        path.add(name);
        return path;
    }
}
