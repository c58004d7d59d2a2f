package org.openedx.events.wire.avro;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.openedx.events.wire.payload.PathFailure;
import org.openedx.events.wire.payload.PayloadType;

/**
 * Turns a payload type's {@link PayloadType} model into its {@link Codec} tree. The model classifies the types (the
 * Java model conventions of this project); this builder adds upstream's Avro rules ({@code schema.py}):
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
    static final class UnsupportedType extends PathFailure {

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
        return codec(PayloadType.of(type), false);
    }

    private Codec codec(PayloadType type, boolean inContainer) {
        if (type instanceof PayloadType.Scalar scalar) {
            if (inContainer && scalar.kind().custom()) {
                throw new UnsupportedType(
                        scalar.typeName(),
                        "upstream's Avro generator does not support inside a list "
                                + "or map (custom types such as keys, datetime and UUID are allowed only as record fields)");
            }
            return scalar(scalar);
        }
        if (type instanceof PayloadType.ListOf list) {
            return container(list, list.element(), Codec.Array::new);
        }
        if (type instanceof PayloadType.MapOf map) {
            return container(map, map.value(), Codec.MapCodec::new);
        }
        if (type instanceof PayloadType.RecordOf record) {
            return record(record);
        }
        PayloadType.Unsupported unsupported = (PayloadType.Unsupported) type;
        throw new UnsupportedType(unsupported.typeName(), unsupported.reason());
    }

    private static Codec scalar(PayloadType.Scalar scalar) {
        switch (scalar.kind()) {
            case BOOLEAN:
                return Codec.BOOLEAN;
            case LONG:
                return Codec.LONG;
            case INT:
                return Codec.INT;
            case DOUBLE:
                return Codec.DOUBLE;
            case STRING:
                return Codec.STRING;
            case BYTES:
                return Codec.BYTES;
            case DATE_TIME:
                return Codec.DATE_TIME;
            case UUID:
                return Codec.UUID_CODEC;
            default:
                return new Codec.Key(
                        scalar.javaType(),
                        handle(scalar.parse()).asType(MethodType.methodType(Object.class, String.class)));
        }
    }

    /** A list or map; a problem with its element type is reported as the container's, naming the element. */
    private Codec container(PayloadType container, PayloadType element, Function<Codec, Codec> wrap) {
        try {
            return wrap.apply(codec(element, true));
        } catch (UnsupportedType inner) {
            throw new UnsupportedType(
                    container.typeName(), "contains " + inner.typeName() + ", which " + inner.problem());
        }
    }

    private RecordCodec record(PayloadType.RecordOf model) {
        Class<?> type = model.type();
        RecordCodec existing = records.get(type);
        if (existing != null) {
            return existing;
        }
        RecordCodec codec = new RecordCodec(type);
        records.put(type, codec);
        List<PayloadType.Component> components = model.components();
        List<RecordCodec.Field> fields = new ArrayList<>(components.size());
        Class<?>[] parameterTypes = new Class<?>[components.size()];
        for (int i = 0; i < parameterTypes.length; i++) {
            PayloadType.Component component = components.get(i);
            RecordComponent recordComponent = component.recordComponent();
            parameterTypes[i] = recordComponent.getType();
            Codec fieldCodec;
            try {
                fieldCodec = codec(component.type(), false);
            } catch (PathFailure f) {
                throw f.inField(component.wireName());
            }
            MethodHandle getter =
                    handle(recordComponent.getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
            boolean nullable = component.nullable();
            fields.add(new RecordCodec.Field(
                    component.wireName(),
                    component.name(),
                    nullable ? new Codec.Nullable(fieldCodec) : fieldCodec,
                    nullable,
                    getter));
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
            throw new UnsupportedType(
                    method.getDeclaringClass().getName(),
                    "cannot be accessed: " + method + " is not public (make the record public, or open its package)");
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
            throw new UnsupportedType(
                    constructor.getDeclaringClass().getName(),
                    "cannot be accessed: its "
                            + "canonical constructor is not public (make the record public, or open its package)");
        }
    }
}
