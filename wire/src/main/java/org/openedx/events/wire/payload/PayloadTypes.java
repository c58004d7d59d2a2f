package org.openedx.events.wire.payload;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openedx.events.keys.OpaqueKey;
import org.openedx.events.wire.payload.PayloadType.RecordOf;
import org.openedx.events.wire.payload.PayloadType.Scalar;
import org.openedx.events.wire.payload.PayloadType.ScalarKind;
import org.openedx.events.wire.payload.PayloadType.Unsupported;

/** The per-class cache of {@link PayloadType} and the classification of classes. */
final class PayloadTypes {

    static final ClassValue<PayloadType> CLASSES = new ClassValue<>() {
        @Override
        protected PayloadType computeValue(Class<?> type) {
            return ofClass(type);
        }
    };

    private PayloadTypes() {}

    private static PayloadType ofClass(Class<?> cls) {
        ScalarKind kind = scalarKind(cls);
        if (kind == ScalarKind.KEY) {
            return key(cls);
        }
        if (kind != null) {
            return new Scalar(kind, cls, null);
        }
        if (cls == List.class || cls == Map.class) {
            return new Unsupported(
                    cls.getName(),
                    "has no element type; upstream requires annotated containers "
                            + "such as List[int] or Dict[str, str] (List<X> or Map<String, V> here)");
        }
        if (cls.isRecord()) {
            return new RecordOf(cls);
        }
        return new Unsupported(
                cls.getName(),
                "is not supported: payload types are records, lists, maps with "
                        + "string keys, boolean, long, int, double, byte[], String, OffsetDateTime, UUID and the opaque "
                        + "keys");
    }

    private static ScalarKind scalarKind(Class<?> cls) {
        if (cls == boolean.class || cls == Boolean.class) {
            return ScalarKind.BOOLEAN;
        } else if (cls == long.class || cls == Long.class) {
            return ScalarKind.LONG;
        } else if (cls == int.class || cls == Integer.class) {
            return ScalarKind.INT;
        } else if (cls == double.class || cls == Double.class) {
            return ScalarKind.DOUBLE;
        } else if (cls == String.class) {
            return ScalarKind.STRING;
        } else if (cls == byte[].class) {
            return ScalarKind.BYTES;
        } else if (cls == OffsetDateTime.class) {
            return ScalarKind.DATE_TIME;
        } else if (cls == UUID.class) {
            return ScalarKind.UUID;
        } else if (OpaqueKey.class.isAssignableFrom(cls)) {
            return ScalarKind.KEY;
        }
        return null;
    }

    private static PayloadType key(Class<?> cls) {
        Method parse;
        try {
            parse = cls.getMethod("parse", String.class);
        } catch (NoSuchMethodException e) {
            return new Unsupported(cls.getName(), "is an opaque key without a public static parse(String)");
        }
        if (!Modifier.isStatic(parse.getModifiers()) || !cls.isAssignableFrom(parse.getReturnType())) {
            return new Unsupported(
                    cls.getName(), "is an opaque key whose parse(String) is not a static factory " + "of the key type");
        }
        return new Scalar(ScalarKind.KEY, cls, parse);
    }
}
