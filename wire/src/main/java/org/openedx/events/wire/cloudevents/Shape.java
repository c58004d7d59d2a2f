package org.openedx.events.wire.cloudevents;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.openedx.events.support.PayloadComponent;
import org.openedx.events.keys.OpaqueKey;

/**
 * The JSON shape of a payload type, read from the record components once (cached per class): which JSON value each
 * component must be, under which name, and whether it may be null. Used to check a payload before JSON-B writes it
 * and a JSON document before JSON-B binds it, so that every problem is reported with its JSON path.
 *
 * <p>Rules (the project's model conventions): the wire name is the {@code @JsonbProperty} value, else the component
 * name; a component may be null exactly when it is a reference type without {@code @NotNull}; list items and map
 * values are never null.
 */
abstract class Shape {

    enum Kind { BOOLEAN, LONG, INT, DOUBLE, STRING, BYTES, DATE_TIME, UUID, KEY, LIST, MAP, RECORD, UNSUPPORTED }

    final Kind kind;

    Shape(Kind kind) {
        this.kind = kind;
    }

    /** A scalar: a JSON boolean, number or string. */
    static final class Scalar extends Shape {
        final Class<?> type;
        final Method parse; // keys only

        Scalar(Kind kind, Class<?> type, Method parse) {
            super(kind);
            this.type = type;
            this.parse = parse;
        }
    }

    /** A list or a map with string keys. */
    static final class Container extends Shape {
        final Shape element;

        Container(Kind kind, Shape element) {
            super(kind);
            this.element = element;
        }
    }

    /** A type with no JSON form here; reported when a value of it is written or read. */
    static final class Unsupported extends Shape {
        final String typeName;
        final String reason;

        Unsupported(String typeName, String reason) {
            super(Kind.UNSUPPORTED);
            this.typeName = typeName;
            this.reason = reason;
        }
    }

    /** A record. */
    static final class RecordShape extends Shape {
        final Class<?> type;
        final Component[] components;
        final Map<String, Component> byWireName = new HashMap<>();

        RecordShape(Class<?> type, Component[] components) {
            super(Kind.RECORD);
            this.type = type;
            this.components = components;
        }
    }

    /** One record component. */
    record Component(String wireName, RecordComponent component, boolean nullable, Type genericType) {

        Shape shape() {
            return of(genericType);
        }
    }

    private static final ClassValue<Shape> CLASS_SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return ofClass(type);
        }
    };

    /** The shape of a (possibly generic) type. */
    static Shape of(Type type) {
        if (type instanceof Class<?> cls) {
            return CLASS_SHAPES.get(cls);
        }
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                return new Container(Kind.LIST, of(arguments[0]));
            }
            if (raw == Map.class) {
                if (arguments[0] != String.class) {
                    return new Unsupported(type.getTypeName(), "has keys that are not String; JSON object keys are "
                            + "strings");
                }
                return new Container(Kind.MAP, of(arguments[1]));
            }
        }
        return new Unsupported(type.getTypeName(), "is not supported: the only generic types are List<X> and "
                + "Map<String, V>");
    }

    private static Shape ofClass(Class<?> cls) {
        if (cls == boolean.class || cls == Boolean.class) {
            return new Scalar(Kind.BOOLEAN, cls, null);
        }
        if (cls == long.class || cls == Long.class) {
            return new Scalar(Kind.LONG, cls, null);
        }
        if (cls == int.class || cls == Integer.class) {
            return new Scalar(Kind.INT, cls, null);
        }
        if (cls == double.class || cls == Double.class) {
            return new Scalar(Kind.DOUBLE, cls, null);
        }
        if (cls == String.class) {
            return new Scalar(Kind.STRING, cls, null);
        }
        if (cls == byte[].class) {
            return new Scalar(Kind.BYTES, cls, null);
        }
        if (cls == OffsetDateTime.class) {
            return new Scalar(Kind.DATE_TIME, cls, null);
        }
        if (cls == UUID.class) {
            return new Scalar(Kind.UUID, cls, null);
        }
        if (OpaqueKey.class.isAssignableFrom(cls)) {
            try {
                Method parse = cls.getMethod("parse", String.class);
                if (Modifier.isStatic(parse.getModifiers()) && cls.isAssignableFrom(parse.getReturnType())) {
                    return new Scalar(Kind.KEY, cls, parse);
                }
            } catch (NoSuchMethodException e) {
                // reported below
            }
            return new Unsupported(cls.getName(), "is an opaque key without a public static parse(String)");
        }
        if (cls == List.class || cls == Map.class) {
            return new Unsupported(cls.getName(), "has no element type; use List<X> or Map<String, V>");
        }
        if (cls.isRecord()) {
            List<PayloadComponent> components = PayloadComponent.of(cls);
            Component[] out = new Component[components.size()];
            for (int i = 0; i < out.length; i++) {
                PayloadComponent component = components.get(i);
                out[i] = new Component(component.wireName(), component.component(), component.nullable(),
                        component.component().getGenericType());
            }
            RecordShape shape = new RecordShape(cls, out);
            for (Component component : out) {
                shape.byWireName.put(component.wireName(), component);
            }
            return shape;
        }
        return new Unsupported(cls.getName(), "is not supported: payload types are records, lists, maps with "
                + "string keys, boolean, long, int, double, byte[], String, OffsetDateTime, UUID and the opaque keys");
    }

    /** The components' names, for messages. */
    static List<String> wireNames(RecordShape shape) {
        List<String> names = new ArrayList<>(shape.components.length);
        for (Component component : shape.components) {
            names.add(component.wireName());
        }
        return names;
    }
}
