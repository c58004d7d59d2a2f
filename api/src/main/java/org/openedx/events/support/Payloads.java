package org.openedx.events.support;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Helpers for the compact constructors of payload records, so that every record copies and normalizes its
 * components the same way.
 *
 * <p>Copies keep {@code null} elements and values (instead of throwing as {@link List#copyOf} does), so that an
 * invalid payload can still be built and is then reported precisely by send-time validation, naming the path of
 * the bad element.
 */
public final class Payloads {

    private Payloads() {}

    /**
     * An unmodifiable copy of a list, keeping its order and any null elements.
     *
     * @param list the list, or null
     * @param <E> the element type
     * @return the copy, or null when the list is null
     */
    public static <E> List<E> copy(List<E> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * An unmodifiable copy of a list, or an empty list for null (upstream's {@code factory=list} default).
     *
     * @param list the list, or null
     * @param <E> the element type
     * @return the copy
     */
    public static <E> List<E> copyOrEmpty(List<E> list) {
        return list == null ? List.of() : copy(list);
    }

    /**
     * An unmodifiable copy of a map, keeping its iteration order and any null values.
     *
     * @param map the map, or null
     * @param <K> the key type
     * @param <V> the value type
     * @return the copy, or null when the map is null
     */
    public static <K, V> Map<K, V> copy(Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * An unmodifiable copy of a map, or an empty map for null (upstream's {@code factory=dict} default).
     *
     * @param map the map, or null
     * @param <K> the key type
     * @param <V> the value type
     * @return the copy
     */
    public static <K, V> Map<K, V> copyOrEmpty(Map<K, V> map) {
        return map == null ? Map.of() : copy(map);
    }

    /**
     * An unmodifiable copy of a list whose elements are themselves copied (for lists of lists or maps).
     *
     * @param list the list, or null
     * @param copier copies one element; it receives non-null elements only
     * @param <E> the element type
     * @return the copy, or null when the list is null
     */
    public static <E> List<E> copy(List<E> list, UnaryOperator<E> copier) {
        if (list == null) {
            return null;
        }
        List<E> copy = new ArrayList<>(list.size());
        for (E element : list) {
            copy.add(element == null ? null : copier.apply(element));
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * An unmodifiable copy of a map whose values are themselves copied (for maps of lists or maps).
     *
     * @param map the map, or null
     * @param copier copies one value; it receives non-null values only
     * @param <K> the key type
     * @param <V> the value type
     * @return the copy, or null when the map is null
     */
    public static <K, V> Map<K, V> copy(Map<K, V> map, UnaryOperator<V> copier) {
        if (map == null) {
            return null;
        }
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, value == null ? null : copier.apply(value)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * The string, or {@code ""} for null (upstream's {@code factory=str} default).
     *
     * @param value the string, or null
     * @return the value or the empty string
     */
    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * The time with digits below the microsecond dropped: Open edX (Python) date-times have microsecond
     * resolution, and payloads keep only what the wire can carry.
     *
     * @param time the time, or null
     * @return the truncated time, or null
     */
    public static OffsetDateTime micros(OffsetDateTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }
}
