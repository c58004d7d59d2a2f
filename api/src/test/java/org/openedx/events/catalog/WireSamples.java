package org.openedx.events.catalog;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openedx.events.keys.CCXLocator;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.keys.LibraryCollectionLocator;
import org.openedx.events.keys.LibraryContainerLocator;
import org.openedx.events.keys.LibraryLocatorV2;
import org.openedx.events.keys.LibraryUsageLocatorV2;
import org.openedx.events.keys.UsageKey;
import org.openedx.events.support.PayloadComponent;

/**
 * Sample payloads for wire-format round trips (Avro, CloudEvents JSON), built reflectively from the record
 * components, in two flavours:
 *
 * <ul>
 *   <li>{@link #full}: every component set to a non-default value (nullable ones too; {@code true}, non-zero
 *       numbers derived from the component name, non-empty strings with a non-ASCII character, two-entry maps with
 *       keys out of order, two-element lists, a date-time with microseconds and another without);</li>
 *   <li>{@link #minimal}: every nullable component null, and the required ones at their "falsy" values ({@code
 *       false}, {@code 0}, {@code 0.0}, {@code ""}, empty lists and maps), which upstream's deserializer would
 *       replace by defaults; this port must return them unchanged.</li>
 * </ul>
 */
public final class WireSamples {

    /** A date-time with microseconds. */
    public static final OffsetDateTime TIME = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC);
    /** A date-time on a whole second (Python's isoformat drops the fraction). */
    public static final OffsetDateTime WHOLE_SECOND = OffsetDateTime.of(2023, 12, 31, 23, 59, 58, 0, ZoneOffset.UTC);
    /** The UUID of the full samples. */
    public static final UUID ID = UUID.fromString("8a2c6f1e-3b1d-4c55-9d8e-0f1a2b3c4d5e");

    /** A valid string for each opaque-key type. */
    public static final Map<Class<?>, String> KEY_STRINGS = Map.of(
            CourseKey.class, "course-v1:edX+DemoX.1+2014",
            UsageKey.class, "block-v1:edx+DemoX+Demo_course+type@video+block@UaEBjyMjcLW65gaTXggB93WmvoxGAJa0JeHRrDThk",
            CCXLocator.class, "ccx-v1:edx+DemoX+Demo_course+ccx@1",
            LibraryLocatorV2.class, "lib:MITx:reallyhardproblems",
            LibraryUsageLocatorV2.class, "lb:MITx:reallyhardproblems:problem:problem1",
            LibraryCollectionLocator.class, "lib-collection:MITx:reallyhardproblems:col1",
            LibraryContainerLocator.class, "lct:MITx:reallyhardproblems:unit:test-container");

    private WireSamples() {}

    /**
     * A payload with every component set.
     *
     * @param type a record type
     * @return the instance
     */
    public static Object full(Class<?> type) {
        return build(type, true);
    }

    /**
     * A payload with nullable components null and required ones at their falsy values.
     *
     * @param type a record type
     * @return the instance
     */
    public static Object minimal(Class<?> type) {
        return build(type, false);
    }

    private static Object build(Class<?> type, boolean full) {
        List<PayloadComponent> components = PayloadComponent.of(type);
        Object[] arguments = new Object[components.size()];
        Class<?>[] types = new Class<?>[components.size()];
        for (int i = 0; i < arguments.length; i++) {
            RecordComponent component = components.get(i).component();
            types[i] = component.getType();
            boolean nullable = components.get(i).nullable();
            arguments[i] = full || !nullable ? value(component.getGenericType(), component.getName(), full) : null;
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Constructor of " + type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName(), e);
        }
    }

    /**
     * A sample value of a component type.
     *
     * @param type the generic type
     * @param name the component name, which seeds strings and numbers
     * @param full whether to build the full or the minimal flavour
     * @return the value
     */
    public static Object value(Type type, String name, boolean full) {
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return full
                        ? List.of(value(arguments[0], name + "0", true), value(arguments[0], name + "1", true))
                        : List.of();
            }
            if (raw == Map.class) {
                Map<String, Object> map = new LinkedHashMap<>();
                if (full) {
                    // out of order on purpose: the encoder must sort
                    map.put("z-" + name, value(arguments[1], name + "z", true));
                    map.put("a-" + name, value(arguments[1], name + "a", true));
                }
                return map;
            }
            throw new IllegalArgumentException("No sample for " + type.getTypeName());
        }
        Class<?> cls = (Class<?>) type;
        int seed = Math.floorMod(name.hashCode(), 9_000) + 1;
        if (cls == String.class) {
            return full ? "sample-" + name + "-é" : "";
        }
        if (cls == long.class || cls == Long.class) {
            return full ? (long) seed : 0L;
        }
        if (cls == int.class || cls == Integer.class) {
            return full ? seed : 0;
        }
        if (cls == double.class || cls == Double.class) {
            return full ? seed + 0.25 : 0.0;
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return full;
        }
        if (cls == OffsetDateTime.class) {
            return full && seed % 2 == 0 ? TIME : WHOLE_SECOND;
        }
        if (cls == UUID.class) {
            return full ? ID : new UUID(0, 0);
        }
        if (cls == byte[].class) {
            return full ? new byte[] {1, 2, 3} : new byte[0];
        }
        if (KEY_STRINGS.containsKey(cls)) {
            try {
                return cls.getMethod("parse", String.class).invoke(null, KEY_STRINGS.get(cls));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (cls.isRecord()) {
            return build(cls, full);
        }
        throw new IllegalArgumentException("No sample for " + cls.getName());
    }
}
