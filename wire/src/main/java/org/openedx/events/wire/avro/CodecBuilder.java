package org.openedx.events.wire.avro;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
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
 * Turns a payload type into its {@link Codec} tree, following upstream's type rules ({@code schema.py}) and the
 * Java model conventions of this project:
 *
 * <ul>
 *   <li>{@code boolean}, {@code long} (and {@code int}), {@code double}, {@code byte[]}, {@code String}: Avro
 *       {@code boolean}, {@code long}, {@code double}, {@code bytes}, {@code string};</li>
 *   <li>{@link OffsetDateTime}, {@link UUID} and the opaque keys: {@code string} (upstream's custom serializers);</li>
 *   <li>{@code List<X>}: {@code array}; {@code Map<String, V>}: {@code map}; X and V may be a primitive, a string,
 *       a record, or another list or map, but <em>not</em> one of the custom types, which upstream's generator
 *       rejects inside containers;</li>
 *   <li>a record: an Avro record; a component is nullable ({@code ["null", T]} with default null) exactly when
 *       its type is a reference type without {@code @NotNull}; its wire name is its {@code @JsonbProperty} value,
 *       else the component name.</li>
 * </ul>
 *
 * Anything else fails with an {@link UnsupportedType} naming the component path.
 */
final class CodecBuilder {

    /** A type with no Avro form. */
    static final class UnsupportedType extends CodecFailure {

        private static final long serialVersionUID = 1L;

        private final String typeName;

        UnsupportedType(String typeName, String reason) {
            super(reason);
            this.typeName = typeName;
        }

        String typeName() {
            return typeName;
        }
    }

    private final Map<Class<?>, RecordCodec> records = new HashMap<>();

    /** Builds the codec of a top-level payload type (never nullable, as upstream's top-level fields). */
    Codec build(Type type) {
        return codec(type, false);
    }

    private Codec codec(Type type, boolean inContainer) {
        if (type instanceof ParameterizedType parameterized) {
            return container(parameterized);
        }
        if (!(type instanceof Class<?> cls)) {
            throw new UnsupportedType(type.getTypeName(), "is not supported: use a concrete class, List<X> or "
                    + "Map<String, V>");
        }
        Codec simple = simple(cls);
        if (simple != null) {
            if (inContainer && simple.isCustom()) {
                throw new UnsupportedType(cls.getName(), "upstream's Avro generator does not support inside a list "
                        + "or map (custom types such as keys, datetime and UUID are allowed only as record fields)");
            }
            return simple;
        }
        if (cls == List.class || cls == Map.class) {
            throw new UnsupportedType(cls.getName(), "has no element type; upstream requires annotated containers "
                    + "such as List[int] or Dict[str, str]");
        }
        if (cls.isRecord()) {
            return record(cls);
        }
        throw new UnsupportedType(cls.getName(), "is not supported: payload types are records, lists, maps with "
                + "string keys, boolean, long, double, byte[], String, OffsetDateTime, UUID and the opaque keys");
    }

    private static Codec simple(Class<?> cls) {
        if (cls == boolean.class || cls == Boolean.class) {
            return Codec.BOOLEAN;
        }
        if (cls == long.class || cls == Long.class) {
            return Codec.LONG;
        }
        if (cls == int.class || cls == Integer.class) {
            return Codec.INT;
        }
        if (cls == double.class || cls == Double.class) {
            return Codec.DOUBLE;
        }
        if (cls == String.class) {
            return Codec.STRING;
        }
        if (cls == byte[].class) {
            return Codec.BYTES;
        }
        if (cls == OffsetDateTime.class) {
            return Codec.DATE_TIME;
        }
        if (cls == UUID.class) {
            return Codec.UUID_CODEC;
        }
        if (OpaqueKey.class.isAssignableFrom(cls)) {
            return key(cls);
        }
        return null;
    }

    private static Codec key(Class<?> cls) {
        Method parse;
        try {
            parse = cls.getMethod("parse", String.class);
        } catch (NoSuchMethodException e) {
            throw new UnsupportedType(cls.getName(), "is an opaque key without a public static parse(String)");
        }
        if (!Modifier.isStatic(parse.getModifiers()) || !cls.isAssignableFrom(parse.getReturnType())) {
            throw new UnsupportedType(cls.getName(), "is an opaque key whose parse(String) is not a static factory "
                    + "of the key type");
        }
        return new Codec.Key(cls, handle(parse).asType(MethodType.methodType(Object.class, String.class)));
    }

    private Codec container(ParameterizedType type) {
        Type raw = type.getRawType();
        Type[] arguments = type.getActualTypeArguments();
        try {
            if (raw == List.class) {
                return new Codec.Array(codec(arguments[0], true));
            }
            if (raw == Map.class) {
                if (arguments[0] != String.class) {
                    throw new UnsupportedType(type.getTypeName(), "has keys that are not String; Avro maps only "
                            + "support string keys");
                }
                return new Codec.MapCodec(codec(arguments[1], true));
            }
        } catch (UnsupportedType inner) {
            if (inner.typeName().equals(type.getTypeName())) {
                throw inner;
            }
            UnsupportedType outer = new UnsupportedType(type.getTypeName(), "contains " + inner.typeName()
                    + ", which " + inner.problem());
            throw outer;
        }
        throw new UnsupportedType(type.getTypeName(), "is not supported: the only generic types are List<X> and "
                + "Map<String, V>");
    }

    private RecordCodec record(Class<?> type) {
        RecordCodec existing = records.get(type);
        if (existing != null) {
            return existing;
        }
        RecordCodec codec = new RecordCodec(type);
        records.put(type, codec);
        List<PayloadComponent> components = PayloadComponent.of(type);
        List<RecordCodec.Field> fields = new ArrayList<>(components.size());
        Class<?>[] parameterTypes = new Class<?>[components.size()];
        for (int i = 0; i < parameterTypes.length; i++) {
            RecordComponent component = components.get(i).component();
            parameterTypes[i] = component.getType();
            String wireName = components.get(i).wireName();
            boolean nullable = components.get(i).nullable();
            Codec fieldCodec;
            try {
                fieldCodec = codec(component.getGenericType(), false);
            } catch (CodecFailure f) {
                throw f.inField(wireName);
            }
            MethodHandle getter = handle(component.getAccessor())
                    .asType(MethodType.methodType(Object.class, Object.class));
            fields.add(new RecordCodec.Field(wireName, component.getName(),
                    nullable ? new Codec.Nullable(fieldCodec) : fieldCodec, nullable, getter));
        }
        Constructor<?> canonical;
        try {
            canonical = type.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new UnsupportedType(type.getName(), "has no canonical constructor");
        }
        MethodHandle constructor = handle(canonical)
                .asSpreader(Object[].class, parameterTypes.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
        codec.complete(fields, constructor);
        return codec;
    }

    private static MethodHandle handle(Method method) {
        try {
            return MethodHandles.publicLookup().unreflect(method);
        } catch (IllegalAccessException notPublic) {
            if (method.trySetAccessible()) {
                try {
                    return MethodHandles.lookup().unreflect(method);
                } catch (IllegalAccessException e) {
                    // reported below
                }
            }
            throw new UnsupportedType(method.getDeclaringClass().getName(), "cannot be accessed: " + method
                    + " is not public (make the record public, or open its package)");
        }
    }

    private static MethodHandle handle(Constructor<?> constructor) {
        try {
            return MethodHandles.publicLookup().unreflectConstructor(constructor);
        } catch (IllegalAccessException notPublic) {
            if (constructor.trySetAccessible()) {
                try {
                    return MethodHandles.lookup().unreflectConstructor(constructor);
                } catch (IllegalAccessException e) {
                    // reported below
                }
            }
            throw new UnsupportedType(constructor.getDeclaringClass().getName(), "cannot be accessed: its "
                    + "canonical constructor is not public (make the record public, or open its package)");
        }
    }
}
