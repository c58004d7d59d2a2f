package org.openedx.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Versions of this library, as they appear in event metadata.
 */
public final class LibraryVersion {

    private static final Properties PROPERTIES = load();

    /** This library's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static final String VERSION = PROPERTIES.getProperty("version", "0.0.0");

    /** The upstream {@code openedx-events} release whose catalog and behaviour this library follows. */
    public static final String UPSTREAM_VERSION = PROPERTIES.getProperty("upstream", "11.2.0");

    /**
     * What {@link EventsMetadata#sourceLib()} carries: the upstream release this library follows
     * ({@link #UPSTREAM_VERSION}) as integers, e.g. {@code [11, 2, 0]}. Consumers on the event bus, Python ones above
     * all, read {@code sourcelib} as the {@code openedx-events} release whose catalog and schemas the producer's
     * events follow; this library's own version ({@link #VERSION}, e.g. {@code 0.1.0}) would read as a 2021 release.
     */
    public static final List<Integer> SOURCE_LIB = List.copyOf(toIntegers(UPSTREAM_VERSION));

    private LibraryVersion() {}

    static List<Integer> toIntegers(String version) {
        String numeric = version.split("[-+]", 2)[0];
        List<Integer> parts = new ArrayList<>();
        for (String part : numeric.split("\\.")) {
            try {
                parts.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                break;
            }
        }
        return parts.isEmpty() ? List.of(0) : parts;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = LibraryVersion.class.getResourceAsStream("openedx-events-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
