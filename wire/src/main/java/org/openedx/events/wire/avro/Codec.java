package org.openedx.events.wire.avro;

import java.lang.invoke.MethodHandle;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openedx.events.keys.CCXLocator;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.keys.LibraryCollectionLocator;
import org.openedx.events.keys.LibraryContainerLocator;
import org.openedx.events.keys.LibraryLocatorV2;
import org.openedx.events.keys.LibraryUsageLocatorV2;
import org.openedx.events.keys.UsageKey;
import org.openedx.events.support.Echo;
import org.openedx.events.support.IsoDateTimes;
import org.openedx.events.support.PythonUuids;
import org.openedx.events.wire.payload.PathFailure;

/**
 * The compiled Avro form of one Java payload type: how to write a value, how to read it back, and the Avro type
 * upstream's generator gives it. One tree per signal, built once by {@link CodecBuilder} and shared by all threads
 * (codecs are immutable after construction).
 *
 * <p>Callers never pass {@code null} to {@link #write}: records check their components first (only a
 * {@link Nullable} accepts null), lists and maps check their elements.
 */
abstract class Codec {

    /** Writes a non-null value. */
    abstract void write(Object value, ByteSink out);

    /** Reads a value. */
    abstract Object read(ByteSource in);

    /**
     * A made-up valid value, for warming the codec up before the first real payload ({@link SignalCodec#warmUp}).
     *
     * @param depth how many records enclose it, so that a record type that refers to itself ends with null
     */
    abstract Object sample(int depth);

    /**
     * The Avro type as upstream's {@code schema.py} builds it: a primitive name, a name reference to a record
     * already defined, or a map/list (JSON-like tree, insertion-ordered).
     *
     * @param seenRecords the record names already defined in this schema; updated
     */
    abstract Object avroType(Set<String> seenRecords);

    /** How deep a sample's records nest before nullable fields are null and lists and maps empty. */
    static final int MAX_SAMPLE_DEPTH = 3;

    /** The date-time of samples: UTC, with microseconds. */
    static final OffsetDateTime SAMPLE_TIME = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC);

    /** A valid string of each opaque-key type, for samples. */
    static final Map<Class<?>, String> KEY_SAMPLES = Map.of(
            CourseKey.class, "course-v1:edX+DemoX+Demo_Course",
            UsageKey.class, "block-v1:edX+DemoX+Demo_Course+type@problem+block@p1",
            CCXLocator.class, "ccx-v1:edX+DemoX+Demo_Course+ccx@1",
            LibraryLocatorV2.class, "lib:MITx:lib1",
            LibraryUsageLocatorV2.class, "lb:MITx:lib1:problem:p1",
            LibraryCollectionLocator.class, "lib-collection:MITx:lib1:col1",
            LibraryContainerLocator.class, "lct:MITx:lib1:unit:u1");

    /** Whether upstream maps this type through a custom serializer (keys, datetime, UUID), i.e. to "string". */
    boolean isCustom() {
        return false;
    }

    /** The fewest bytes one value can take. */
    int minBytes() {
        return 1;
    }

    // --- primitives -------------------------------------------------------------------------------------------

    /** Base of the codecs of one Avro primitive type. */
    abstract static class Primitive extends Codec {

        private final String avroName;

        Primitive(String avroName) {
            this.avroName = avroName;
        }

        @Override
        final Object avroType(Set<String> seen) {
            return avroName;
        }
    }

    static final Codec BOOLEAN = new Primitive("boolean") {
        @Override
        void write(Object value, ByteSink out) {
            out.writeBoolean((Boolean) value);
        }

        @Override
        Object read(ByteSource in) {
            return in.readBoolean();
        }

        @Override
        Object sample(int depth) {
            return Boolean.TRUE;
        }
    };

    static final Codec LONG = new Primitive("long") {
        @Override
        void write(Object value, ByteSink out) {
            out.writeLong((Long) value);
        }

        @Override
        Object read(ByteSource in) {
            return in.readLong();
        }

        @Override
        Object sample(int depth) {
            return 1L;
        }
    };

    /** A Java {@code int} component: Python's {@code int}, so Avro {@code long} on the wire. */
    static final Codec INT = new Primitive("long") {
        @Override
        void write(Object value, ByteSink out) {
            out.writeLong((Integer) value);
        }

        @Override
        Object read(ByteSource in) {
            long value = in.readLong();
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new PathFailure("is " + value + ", which does not fit the Java int of this field");
            }
            return (int) value;
        }

        @Override
        Object sample(int depth) {
            return 1;
        }
    };

    static final Codec DOUBLE = new Primitive("double") {
        @Override
        void write(Object value, ByteSink out) {
            out.writeDouble((Double) value);
        }

        @Override
        Object read(ByteSource in) {
            return in.readDouble();
        }

        @Override
        Object sample(int depth) {
            return 0.5;
        }
    };

    static final Codec STRING = new Primitive("string") {
        @Override
        void write(Object value, ByteSink out) {
            out.writeString((String) value);
        }

        @Override
        Object read(ByteSource in) {
            return in.readString();
        }

        @Override
        Object sample(int depth) {
            return "sample";
        }
    };

    static final Codec BYTES = new Primitive("bytes") {
        @Override
        void write(Object value, ByteSink out) {
            out.writeBytes((byte[]) value);
        }

        @Override
        Object read(ByteSource in) {
            return in.readBytes();
        }

        @Override
        Object sample(int depth) {
            return new byte[] {1};
        }
    };

    // --- upstream's custom types: written as strings ------------------------------------------------------------

    /** Base of the types upstream maps to {@code "string"} through a custom serializer. */
    abstract static class Custom extends Codec {

        @Override
        final Object avroType(Set<String> seen) {
            return "string";
        }

        @Override
        final boolean isCustom() {
            return true;
        }
    }

    /**
     * {@code datetime}: Python's {@code isoformat()} on the wire. Decoding a text without an offset (a naive
     * Python datetime) gives that wall-clock time in UTC, because Java payloads always carry an offset.
     */
    static final Codec DATE_TIME = new Custom() {
        @Override
        void write(Object value, ByteSink out) {
            String text;
            try {
                text = IsoDateTimes.format((OffsetDateTime) value);
            } catch (DateTimeException e) {
                throw new PathFailure("cannot be written as a Python datetime: " + e.getMessage(), e);
            }
            out.writeString(text);
        }

        @Override
        Object read(ByteSource in) {
            return PyDateTimes.parse(in.readString());
        }

        @Override
        Object sample(int depth) {
            return SAMPLE_TIME;
        }
    };

    /** {@code UUID}: {@code str(uuid)} on the wire (lower-case, hyphenated). */
    static final Codec UUID_CODEC = new Custom() {
        @Override
        void write(Object value, ByteSink out) {
            out.writeString(value.toString());
        }

        @Override
        Object read(ByteSource in) {
            String text = in.readString();
            try {
                return PythonUuids.parse(text);
            } catch (IllegalArgumentException e) {
                throw new PathFailure(e.getMessage(), e);
            }
        }

        @Override
        Object sample(int depth) {
            return new UUID(1, 1);
        }
    };

    /** An opaque key: {@code str(key)} on the wire, read back with the declared key class's {@code parse}. */
    static final class Key extends Custom {

        private final Class<?> keyType;
        private final MethodHandle parse;

        Key(Class<?> keyType, MethodHandle parse) {
            this.keyType = keyType;
            this.parse = parse;
        }

        @Override
        void write(Object value, ByteSink out) {
            out.writeString(value.toString());
        }

        @Override
        Object read(ByteSource in) {
            String text = in.readString();
            try {
                return (Object) parse.invokeExact(text);
            } catch (IllegalArgumentException e) {
                throw new PathFailure(
                        "is '" + Echo.of(text) + "', which is not a valid " + keyType.getSimpleName() + ": "
                                + e.getMessage(),
                        e);
            } catch (Throwable e) {
                throw new PathFailure(
                        "is '" + Echo.of(text) + "', which " + keyType.getSimpleName() + ".parse could not read: " + e,
                        e);
            }
        }

        @Override
        Object sample(int depth) {
            String text = KEY_SAMPLES.get(keyType);
            if (text == null) {
                throw new IllegalStateException("no sample of " + keyType.getName());
            }
            try {
                return (Object) parse.invokeExact(text);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // --- containers ---------------------------------------------------------------------------------------------

    /** {@code nullable}: the union {@code ["null", T]}; index 0 is null, index 1 the value. */
    static final class Nullable extends Codec {

        final Codec inner;

        Nullable(Codec inner) {
            this.inner = inner;
        }

        @Override
        void write(Object value, ByteSink out) {
            if (value == null) {
                out.writeLong(0);
            } else {
                out.writeLong(1);
                inner.write(value, out);
            }
        }

        @Override
        Object read(ByteSource in) {
            long index = in.readLong();
            if (index == 0) {
                return null;
            }
            if (index == 1) {
                return inner.read(in);
            }
            throw new PathFailure("cannot be read: union index " + index + " at byte " + (in.consumed() - 1)
                    + ", but the union [\"null\", T] has only the branches 0 and 1");
        }

        @Override
        Object sample(int depth) {
            return depth > MAX_SAMPLE_DEPTH ? null : inner.sample(depth);
        }

        @Override
        Object avroType(Set<String> seen) {
            return Arrays.asList("null", inner.avroType(seen));
        }
    }

    /** {@code List[X]}: an Avro array, written as one block (count, items) and the end marker 0. */
    static final class Array extends Codec {

        private final Codec items;

        Array(Codec items) {
            this.items = items;
        }

        @Override
        void write(Object value, ByteSink out) {
            List<?> list = (List<?>) value;
            int size = list.size();
            if (size > 0) {
                out.writeLong(size);
                int i = 0;
                for (Object item : list) {
                    if (item == null) {
                        throw new PathFailure("is null, but list items cannot be null (Avro array items are not "
                                        + "nullable)")
                                .atIndex(i);
                    }
                    try {
                        items.write(item, out);
                    } catch (PathFailure f) {
                        throw f.atIndex(i);
                    }
                    i++;
                }
                if (i != size) {
                    throw new PathFailure("changed size while it was written (" + size + " then " + i + ")");
                }
            }
            out.writeLong(0);
        }

        @Override
        Object read(ByteSource in) {
            long count = in.readBlockCount(items.minBytes());
            List<Object> list = new ArrayList<>((int) Math.min(count, 16));
            while (count != 0) {
                for (long n = 0; n < count; n++) {
                    try {
                        list.add(items.read(in));
                    } catch (PathFailure f) {
                        throw f.atIndex(list.size());
                    }
                }
                count = in.readBlockCount(items.minBytes());
            }
            return list;
        }

        @Override
        Object sample(int depth) {
            return depth > MAX_SAMPLE_DEPTH ? List.of() : List.of(items.sample(depth));
        }

        @Override
        Object avroType(Set<String> seen) {
            Map<String, Object> type = new LinkedHashMap<>();
            type.put("type", "array");
            type.put("items", items.avroType(seen));
            return type;
        }
    }

    /**
     * {@code Dict[str, V]}: an Avro map, written as one block with the keys in code-point order (upstream sorts
     * them: {@code json.dumps(..., sort_keys=True)}), then the end marker 0.
     */
    static final class MapCodec extends Codec {

        private final Codec values;

        MapCodec(Codec values) {
            this.values = values;
        }

        @Override
        void write(Object value, ByteSink out) {
            Map<?, ?> map = (Map<?, ?>) value;
            int size = map.size();
            if (size > 0) {
                Object[] keys = map.keySet().toArray();
                if (keys.length != size) {
                    throw new PathFailure("changed size while it was written");
                }
                for (Object key : keys) {
                    if (!(key instanceof String)) {
                        throw new PathFailure("has the key " + describe(key) + ", but Avro map keys are strings");
                    }
                }
                if (size > 1) {
                    Arrays.sort(keys, CodePointOrder.CODE_POINTS);
                }
                out.writeLong(size);
                for (Object key : keys) {
                    String name = (String) key;
                    Object item = map.get(name);
                    if (item == null) {
                        throw new PathFailure("is null, but map values cannot be null (Avro map values are not "
                                        + "nullable)")
                                .atKey(name);
                    }
                    try {
                        out.writeString(name);
                    } catch (PathFailure f) {
                        throw new PathFailure("has a key that " + f.problem());
                    }
                    try {
                        values.write(item, out);
                    } catch (PathFailure f) {
                        throw f.atKey(name);
                    }
                }
            }
            out.writeLong(0);
        }

        @Override
        Object read(ByteSource in) {
            long count = in.readBlockCount(1);
            Map<String, Object> map = new LinkedHashMap<>();
            while (count != 0) {
                for (long n = 0; n < count; n++) {
                    String key = in.readString();
                    try {
                        map.put(key, values.read(in));
                    } catch (PathFailure f) {
                        throw f.atKey(key);
                    }
                }
                count = in.readBlockCount(1);
            }
            return map;
        }

        @Override
        Object sample(int depth) {
            return depth > MAX_SAMPLE_DEPTH ? Map.of() : Map.of("sample", values.sample(depth));
        }

        @Override
        Object avroType(Set<String> seen) {
            Map<String, Object> type = new LinkedHashMap<>();
            type.put("type", "map");
            type.put("values", values.avroType(seen));
            return type;
        }

        private static String describe(Object key) {
            return key == null ? "null" : "'" + key + "' (" + key.getClass().getName() + ")";
        }
    }

    /** Code-point order of strings, as Python sorts {@code str}. */
    enum CodePointOrder implements java.util.Comparator<Object> {
        CODE_POINTS;

        @Override
        public int compare(Object left, Object right) {
            String a = (String) left;
            String b = (String) right;
            int n = Math.min(a.length(), b.length());
            for (int i = 0; i < n; i++) {
                char x = a.charAt(i);
                char y = b.charAt(i);
                if (x != y) {
                    // UTF-16 order differs from code-point order only when a surrogate meets a char above U+D7FF
                    if (Character.isSurrogate(x) != Character.isSurrogate(y) && x >= 0xD800 && y >= 0xD800) {
                        return Character.isSurrogate(x) ? 1 : -1;
                    }
                    return x - y;
                }
            }
            return a.length() - b.length();
        }
    }
}
