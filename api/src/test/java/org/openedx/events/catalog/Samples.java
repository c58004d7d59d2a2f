package org.openedx.events.catalog;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.keys.CCXLocator;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.keys.LibraryCollectionLocator;
import org.openedx.events.keys.LibraryContainerLocator;
import org.openedx.events.keys.LibraryLocatorV2;
import org.openedx.events.keys.LibraryUsageLocatorV2;
import org.openedx.events.keys.UsageKey;

/**
 * Valid sample payloads, built reflectively from the record components so that every payload of the catalog (and
 * any user-defined one made of the same types) gets one without hand-written fixtures.
 *
 * <p>Every component gets a value, including the nullable ones, so that a sample exercises all of its fields.
 * Strings are {@code sample-<component>}, numbers are derived from the component name (so that two components
 * rarely share a value), booleans are {@code true} (the opposite of Java's default), date-times are
 * {@link #TIME}, collections hold one sample element, and opaque keys are parsed from valid strings.
 */
public final class Samples {

    /** The date-time of every sample: UTC, with microseconds. */
    public static final OffsetDateTime TIME = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC);

    /** The UUID of every sample. */
    public static final UUID ID = UUID.fromString("8a2c6f1e-3b1d-4c55-9d8e-0f1a2b3c4d5e");

    /** The bytes of every binary sample. */
    private static final byte[] BYTES = {1, 2, 3, 4};

    /** A valid string for each opaque-key type. */
    public static final Map<Class<?>, String> KEY_STRINGS = Map.of(
            CourseKey.class, "course-v1:edX+DemoX+Demo_Course",
            UsageKey.class, "block-v1:edX+DemoX+Demo_Course+type@problem+block@p1",
            CCXLocator.class, "ccx-v1:edX+DemoX+Demo_Course+ccx@1",
            LibraryLocatorV2.class, "lib:MITx:lib1",
            LibraryUsageLocatorV2.class, "lb:MITx:lib1:problem:p1",
            LibraryCollectionLocator.class, "lib-collection:MITx:lib1:col1",
            LibraryContainerLocator.class, "lct:MITx:lib1:unit:u1");

    private Samples() {}

    /**
     * A valid instance of a payload record, every component set.
     *
     * @param recordType a record class
     * @return the instance
     */
    public static Object sample(Class<?> recordType) {
        return construct(recordType, arguments(recordType));
    }

    /**
     * A valid payload for a signal.
     *
     * @param signal the signal
     * @return an instance of its data type
     */
    public static Object sampleFor(OpenEdxPublicSignal<?> signal) {
        return sample(signal.dataType());
    }

    /**
     * The arguments of the canonical constructor for the sample of a record, one per component, in order.
     *
     * @param recordType a record class
     * @return a new, modifiable array
     */
    public static Object[] arguments(Class<?> recordType) {
        RecordComponent[] components = components(recordType);
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = value(components[i].getGenericType(), components[i].getName());
        }
        return arguments;
    }

    /**
     * Calls the canonical constructor of a record.
     *
     * @param recordType a record class
     * @param arguments one per component
     * @return the instance
     */
    public static Object construct(Class<?> recordType, Object... arguments) {
        try {
            return canonicalConstructor(recordType).newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Constructor of " + recordType.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + recordType.getName(), e);
        }
    }

    /**
     * The canonical constructor of a record.
     *
     * @param recordType a record class
     * @return the constructor
     */
    public static Constructor<?> canonicalConstructor(Class<?> recordType) {
        RecordComponent[] components = components(recordType);
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return recordType.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(recordType.getName() + " has no canonical constructor", e);
        }
    }

    /**
     * A sample value of a component type.
     *
     * @param type the generic type
     * @param name the component name, which seeds strings and numbers
     * @return the value
     */
    public static Object value(Type type, String name) {
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return List.of(value(arguments[0], name));
            }
            if (raw == Map.class && arguments[0] == String.class) {
                return Map.of("key-" + name, value(arguments[1], name));
            }
            throw new IllegalArgumentException("No sample for " + type.getTypeName());
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) {
            return "sample-" + name;
        }
        if (cls == long.class || cls == Long.class) {
            return (long) Math.floorMod(name.hashCode(), 9_000) + 1;
        }
        if (cls == int.class || cls == Integer.class) {
            return Math.floorMod(name.hashCode(), 9_000) + 1;
        }
        if (cls == double.class || cls == Double.class) {
            return 0.5;
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return true;
        }
        if (cls == OffsetDateTime.class) {
            return TIME;
        }
        if (cls == UUID.class) {
            return ID;
        }
        if (cls == byte[].class) {
            return BYTES.clone();
        }
        if (KEY_STRINGS.containsKey(cls)) {
            return parseKey(cls, KEY_STRINGS.get(cls));
        }
        if (cls.isRecord()) {
            return sample(cls);
        }
        throw new IllegalArgumentException("No sample for " + cls.getName());
    }

    /**
     * Parses an opaque key with the {@code parse(String)} factory of its class.
     *
     * @param keyType the key class
     * @param text the key string
     * @return the key
     */
    public static Object parseKey(Class<?> keyType, String text) {
        try {
            return keyType.getMethod("parse", String.class).invoke(null, text);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot parse " + keyType.getSimpleName() + " " + text, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(keyType.getName() + " has no parse(String)", e);
        }
    }

    private static RecordComponent[] components(Class<?> recordType) {
        if (!recordType.isRecord()) {
            throw new IllegalArgumentException(recordType.getName() + " is not a record");
        }
        return recordType.getRecordComponents();
    }
}
