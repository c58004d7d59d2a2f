package org.openedx.events.cdi;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;

/** Small reflection helpers for observed types. */
final class Types {

    private Types() {}

    /** The raw class of a type; the first bound of a type variable or wildcard; null if there is none. */
    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawClass(p.getRawType());
        }
        if (type instanceof TypeVariable<?> v) {
            return v.getBounds().length == 0 ? Object.class : rawClass(v.getBounds()[0]);
        }
        if (type instanceof WildcardType w) {
            return w.getUpperBounds().length == 0 ? Object.class : rawClass(w.getUpperBounds()[0]);
        }
        if (type instanceof GenericArrayType a) {
            Class<?> component = rawClass(a.getGenericComponentType());
            return component == null ? null : component.arrayType();
        }
        return null;
    }

    static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        return type == char.class ? Character.class : Void.class;
    }
}
