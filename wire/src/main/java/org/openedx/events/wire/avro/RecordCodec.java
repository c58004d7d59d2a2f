package org.openedx.events.wire.avro;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openedx.events.wire.payload.PathFailure;

/**
 * A payload record: an Avro record named by the record's simple class name, its fields in component order (which is
 * upstream's attrs order), each read through the record's accessor and rebuilt through its canonical constructor.
 * Method handles are resolved once, when the codec is built.
 */
final class RecordCodec extends Codec {

    /** One component. */
    record Field(String wireName, String componentName, Codec codec, boolean nullable, MethodHandle getter) {}

    private final Class<?> type;
    private final String name;
    private Field[] fields;
    private MethodHandle constructor;
    private int minBytes = -1;

    RecordCodec(Class<?> type) {
        this.type = type;
        this.name = type.getSimpleName();
    }

    /** Completes the codec; called once by the builder after the component codecs exist (they may refer back). */
    void complete(List<Field> fields, MethodHandle constructor) {
        this.fields = fields.toArray(new Field[0]);
        this.constructor = constructor;
    }

    Class<?> type() {
        return type;
    }

    String name() {
        return name;
    }

    List<Field> fields() {
        return List.of(fields);
    }

    @Override
    void write(Object value, ByteSink out) {
        for (Field field : fields) {
            Object component;
            try {
                component = (Object) field.getter.invokeExact(value);
            } catch (Throwable e) {
                throw new PathFailure(
                                "cannot be read: the accessor " + type.getSimpleName() + "." + field.componentName
                                        + "() threw " + e,
                                e)
                        .inField(field.wireName);
            }
            if (component == null && !field.nullable) {
                throw new PathFailure("is null, but the field is required (it is nullable only when upstream's "
                                + "default is None; mark optional components by leaving out @NotNull)")
                        .inField(field.wireName);
            }
            try {
                field.codec.write(component, out);
            } catch (PathFailure f) {
                throw f.inField(field.wireName);
            }
        }
    }

    @Override
    Object sample(int depth) {
        Object[] arguments = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            arguments[i] = fields[i].codec.sample(depth + 1);
        }
        try {
            return (Object) constructor.invokeExact(arguments);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    Object read(ByteSource in) {
        Field[] all = fields;
        Object[] arguments = new Object[all.length];
        for (int i = 0; i < all.length; i++) {
            try {
                arguments[i] = all[i].codec.read(in);
            } catch (PathFailure f) {
                throw f.inField(all[i].wireName);
            }
        }
        try {
            return (Object) constructor.invokeExact(arguments);
        } catch (RuntimeException | Error e) {
            throw new PathFailure(
                    "cannot be rebuilt: the constructor of " + type.getName() + " rejected the decoded values: " + e,
                    e);
        } catch (Throwable e) {
            throw new PathFailure("cannot be rebuilt: the constructor of " + type.getName() + " threw " + e, e);
        }
    }

    @Override
    Object avroType(Set<String> seen) {
        if (!seen.add(name)) {
            return name;
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", name);
        record.put("type", "record");
        List<Object> entries = new ArrayList<>(fields.length);
        for (Field field : fields) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", field.wireName);
            entry.put("type", field.codec.avroType(seen));
            if (field.nullable) {
                entry.put("default", null);
            }
            entries.add(entry);
        }
        record.put("fields", entries);
        return record;
    }

    @Override
    int minBytes() {
        if (minBytes < 0) {
            minBytes = 0; // provisional, breaks cycles
            int sum = 0;
            for (Field field : fields) {
                sum += field.codec.minBytes();
            }
            minBytes = Math.min(sum, 1);
        }
        return minBytes;
    }
}
