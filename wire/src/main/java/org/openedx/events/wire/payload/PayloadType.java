package org.openedx.events.wire.payload;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openedx.events.keys.OpaqueKey;
import org.openedx.events.support.PayloadComponent;

/**
 * What a payload type is on the wire: the one classification of Java payload types that every wire format of this
 * library (Avro, CloudEvents JSON) and its tests follow, built once per record class and shared by all threads.
 *
 * <p>The rules are upstream's type rules ({@code schema.py}) with this project's model conventions:
 * <ul>
 *   <li>{@code boolean}, {@code long}, {@code int}, {@code double} (and their boxes), {@code String}, {@code byte[]},
 *       {@link OffsetDateTime}, {@link UUID} and the opaque keys (an {@link OpaqueKey} with a public static
 *       {@code parse(String)}) are {@link Scalar}s;</li>
 *   <li>{@code List<X>} is a {@link ListOf}, {@code Map<String, V>} a {@link MapOf};</li>
 *   <li>a record is a {@link RecordOf} whose {@link Component}s have the record's component order, their wire name
 *       (the {@code @JsonbProperty} value, else the component name) and whether they may be null (a reference type
 *       without {@code @NotNull}) — see {@link PayloadComponent};</li>
 *   <li>anything else is {@link Unsupported}, with the reason; formats report it, with the path, when they meet
 *       it.</li>
 * </ul>
 * A format adds its own rules on top: Avro, for example, refuses the custom scalars inside lists and maps, as
 * upstream's generator does.
 */
public sealed interface PayloadType
        permits PayloadType.Scalar,
                PayloadType.ListOf,
                PayloadType.MapOf,
                PayloadType.RecordOf,
                PayloadType.Unsupported {

    /**
     * The model of a (possibly generic) payload type. Records and other classes are cached per class.
     *
     * @param type a component's generic type, or a payload class
     * @return its model; never null
     */
    static PayloadType of(Type type) {
        if (type instanceof Class<?> cls) {
            return PayloadTypes.CLASSES.get(cls);
        }
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return new ListOf(of(arguments[0]));
            }
            if (raw == Map.class) {
                if (arguments[0] != String.class) {
                    return new Unsupported(
                            type.getTypeName(),
                            "has keys that are not String; Avro maps only "
                                    + "support string keys, and JSON object keys are strings");
                }
                return new MapOf(of(arguments[1]));
            }
        }
        return new Unsupported(
                type.getTypeName(), "is not supported: the only generic types are List<X> and " + "Map<String, V>");
    }

    /**
     * The model of a record class.
     *
     * @param recordType a record class
     * @return its model
     * @throws IllegalArgumentException when the class is not a record
     */
    static RecordOf ofRecord(Class<?> recordType) {
        if (recordType == null || !recordType.isRecord()) {
            throw new IllegalArgumentException(
                    "Not a record type: " + (recordType == null ? "null" : recordType.getName()));
        }
        return (RecordOf) PayloadTypes.CLASSES.get(recordType);
    }

    /** {@return the Java type name, for messages} */
    String typeName();

    /** The kinds of scalar. */
    enum ScalarKind {
        /** {@code boolean}. */
        BOOLEAN,
        /** {@code long}: Python's {@code int}. */
        LONG,
        /** {@code int}: Python's {@code int}, read into a Java {@code int} (range-checked). */
        INT,
        /** {@code double}: Python's {@code float}. */
        DOUBLE,
        /** {@code String}. */
        STRING,
        /** {@code byte[]}: Python's {@code BinaryIO}. */
        BYTES,
        /** {@link OffsetDateTime}: Python's {@code datetime}, a string on the wire. */
        DATE_TIME,
        /** {@link UUID}: a string on the wire. */
        UUID,
        /** An opaque key: its canonical string on the wire. */
        KEY;

        /**
         * Whether upstream maps this kind through a custom serializer (to a string).
         *
         * @return true for date-times, UUIDs and keys
         */
        public boolean custom() {
            return this == DATE_TIME || this == UUID || this == KEY;
        }
    }

    /**
     * A single value.
     *
     * @param kind what it is
     * @param javaType the Java class (a primitive, a box, or the key class)
     * @param parse for keys, the key class's public static {@code parse(String)}; null otherwise
     */
    record Scalar(ScalarKind kind, Class<?> javaType, Method parse) implements PayloadType {

        @Override
        public String typeName() {
            return javaType.getName();
        }
    }

    /**
     * A list.
     *
     * @param element the model of its elements (never null on the wire)
     */
    record ListOf(PayloadType element) implements PayloadType {

        @Override
        public String typeName() {
            return "java.util.List<" + element.typeName() + ">";
        }
    }

    /**
     * A map with string keys.
     *
     * @param value the model of its values (never null on the wire)
     */
    record MapOf(PayloadType value) implements PayloadType {

        @Override
        public String typeName() {
            return "java.util.Map<java.lang.String, " + value.typeName() + ">";
        }
    }

    /**
     * A type with no wire form, and why.
     *
     * @param typeName the Java type
     * @param reason why it has no wire form, to follow the type name in a message ("... has type X, which ...")
     */
    record Unsupported(String typeName, String reason) implements PayloadType {}

    /** A payload record. */
    final class RecordOf implements PayloadType {

        private final Class<?> type;
        private final List<Component> components;
        private final Map<String, Component> byWireName;

        RecordOf(Class<?> type) {
            this.type = type;
            List<Component> out = new ArrayList<>();
            Map<String, Component> names = new LinkedHashMap<>();
            for (PayloadComponent component : PayloadComponent.of(type)) {
                Component c = new Component(component);
                out.add(c);
                names.put(c.wireName(), c);
            }
            this.components = List.copyOf(out);
            this.byWireName = Collections.unmodifiableMap(names);
        }

        /** {@return the record class} */
        public Class<?> type() {
            return type;
        }

        @Override
        public String typeName() {
            return type.getName();
        }

        /** {@return the components, in declaration order} */
        public List<Component> components() {
            return components;
        }

        /**
         * A component by its wire name.
         *
         * @param wireName the name on the wire
         * @return the component, or null
         */
        public Component component(String wireName) {
            return byWireName.get(wireName);
        }

        /** {@return the components' wire names, in declaration order} */
        public List<String> wireNames() {
            return List.copyOf(byWireName.keySet());
        }

        @Override
        public String toString() {
            return "RecordOf[" + type.getName() + "]";
        }
    }

    /** One component of a record: its wire name, nullability and type model. */
    final class Component {

        private final PayloadComponent component;
        private volatile PayloadType type;

        Component(PayloadComponent component) {
            this.component = component;
        }

        /** {@return the record component} */
        public RecordComponent recordComponent() {
            return component.component();
        }

        /** {@return the Java name} */
        public String name() {
            return component.name();
        }

        /** {@return the name on the wire} */
        public String wireName() {
            return component.wireName();
        }

        /** {@return whether the value may be null} */
        public boolean nullable() {
            return component.nullable();
        }

        /**
         * The model of the component's type, resolved on first use (so that records may refer to each other).
         *
         * @return the model
         */
        public PayloadType type() {
            PayloadType resolved = type;
            if (resolved == null) {
                resolved = PayloadType.of(component.component().getGenericType());
                type = resolved;
            }
            return resolved;
        }

        @Override
        public String toString() {
            return wireName() + (nullable() ? "?" : "") + ": "
                    + component.component().getGenericType().getTypeName();
        }
    }
}
