package org.openedx.events.support;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One component of a payload record as the wire formats see it: its name on the wire and whether it may be null.
 *
 * <p>These are the model conventions every codec of this project follows (Avro for the event bus, CloudEvents JSON,
 * JSON-B): the wire name is the component's {@code @JsonbProperty} value, else its Java name (upstream's attribute
 * name); a component may be null exactly when it has a reference type without {@code @NotNull} (on the component,
 * its accessor or its type).
 *
 * <p>The two annotations are read by name, so that this class works with or without the JSON-B and Bean Validation
 * APIs at run time; without them the names and nullability cannot be known. Codecs that need them exact keep both
 * APIs on their class path.
 *
 * @param component the record component
 * @param wireName its name on the wire
 * @param nullable whether it may be null
 */
public record PayloadComponent(RecordComponent component, String wireName, boolean nullable) {

    private static final ClassValue<List<PayloadComponent>> CACHE = new ClassValue<>() {
        @Override
        protected List<PayloadComponent> computeValue(Class<?> type) {
            return read(type);
        }
    };

    private static final Class<? extends Annotation> NOT_NULL =
            annotationType("jakarta.validation.constraints.NotNull");
    private static final boolean JSONB = annotationType("jakarta.json.bind.annotation.JsonbProperty") != null;

    /**
     * Checks the parts.
     *
     * @param component the record component
     * @param wireName its name on the wire
     * @param nullable whether it may be null
     * @throws IllegalArgumentException when a part is missing
     */
    public PayloadComponent {
        if (component == null || wireName == null) {
            throw new IllegalArgumentException("component and wireName are required");
        }
    }

    /**
     * The components of a record type, in declaration order.
     *
     * @param recordType a record type
     * @return its components, unmodifiable
     * @throws IllegalArgumentException when the type is not a record
     */
    public static List<PayloadComponent> of(Class<?> recordType) {
        if (recordType == null || !recordType.isRecord()) {
            throw new IllegalArgumentException(
                    "Not a record type: " + (recordType == null ? "null" : recordType.getName()));
        }
        return CACHE.get(recordType);
    }

    /**
     * The component's Java name (its accessor's name).
     *
     * @return the name
     */
    public String name() {
        return component.getName();
    }

    private static List<PayloadComponent> read(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<PayloadComponent> out = new ArrayList<>(components.length);
        for (RecordComponent component : components) {
            Field field = declaredField(type, component.getName());
            boolean nullable = !component.getType().isPrimitive() && !isNotNull(component, field);
            out.add(new PayloadComponent(component, wireName(component, field), nullable));
        }
        return List.copyOf(out);
    }

    private static String wireName(RecordComponent component, Field field) {
        String name = JSONB ? Jsonb.propertyName(field, component.getAccessor()) : null;
        return name != null && !name.isEmpty() ? name : component.getName();
    }

    /** {@code @NotNull} on the component (Java copies it to the field, and to the accessor unless the record
     * declares its own) or on its type. */
    private static boolean isNotNull(RecordComponent component, Field field) {
        if (NOT_NULL == null) {
            return false;
        }
        return (field != null && field.isAnnotationPresent(NOT_NULL))
                || component.getAccessor().isAnnotationPresent(NOT_NULL)
                || component.getAnnotatedType().isAnnotationPresent(NOT_NULL);
    }

    private static Field declaredField(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Annotation> annotationType(String name) {
        try {
            return (Class<? extends Annotation>) Class.forName(name, false, PayloadComponent.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** Loaded only when the JSON-B API is present. */
    private static final class Jsonb {

        static String propertyName(AnnotatedElement... elements) {
            for (AnnotatedElement element : elements) {
                JsonbProperty property = element == null ? null : element.getAnnotation(JsonbProperty.class);
                if (property != null) {
                    return property.value();
                }
            }
            return null;
        }
    }
}
