package org.openedx.events.keys;

import java.util.Objects;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * The key of a container (a unit, subsection, section, ...) in a content library:
 * {@code lct:{org}:{library_slug}:{container_type}:{container_id}}, e.g.
 * {@code lct:MITx:reallyhardproblems:unit:test-container} (upstream {@code LibraryContainerLocator}).
 *
 * <p>The org and the container type may only contain ASCII letters and digits, {@code _}, {@code -} and
 * {@code .}; any such container type is accepted, not only the known ones. The library slug and the container
 * id may also contain Unicode letters and digits. Exactly four {@code :}-separated parts follow the namespace.
 *
 * <p>Deliberate difference from upstream: upstream's {@code $}-anchored checks accept one trailing newline
 * ({@code lct:MITx:lib:unit:u1\n} round-trips there). This class rejects any trailing newline or whitespace.
 *
 * <p>Instances are immutable; equality covers the library, the container type and the container id. In JSON-B
 * a container key travels as its canonical string.
 */
@JsonbTypeAdapter(LibraryContainerLocator.JsonbAdapter.class)
public final class LibraryContainerLocator implements LibraryItemKey {

    static final String NAMESPACE = "lct";

    private static final String TYPE = "LibraryContainerLocator";
    private static final String EXPECTED_FORM = "lct:{org}:{library_slug}:{container_type}:{container_id}";

    private final LibraryLocatorV2 libraryKey;
    private final String containerType;
    private final String containerId;

    /** Checks the parts and creates the key; only reachable through {@code parse} and {@code of}. */
    private LibraryContainerLocator(LibraryLocatorV2 libraryKey, String containerType, String containerId) {
        this.libraryKey = libraryKey;
        this.containerType = FieldSyntax.ASCII_TOKEN.require("container type", containerType);
        this.containerId = FieldSyntax.UNICODE_TOKEN.require("container id", containerId);
    }

    /**
     * Parses an {@code lct:} key.
     *
     * @param input the key string
     * @return the key
     * @throws InvalidKeyException if {@code input} is {@code null} or not a valid container key
     */
    public static LibraryContainerLocator parse(String input) {
        return KeySyntax.parse(TYPE, EXPECTED_FORM, input, s -> {
            String[] fields = KeySyntax.splitFields(
                    KeySyntax.requireNamespace(s, NAMESPACE, TYPE),
                    "org",
                    "library slug",
                    "container type",
                    "container id");
            return new LibraryContainerLocator(new LibraryLocatorV2(fields[0], fields[1]), fields[2], fields[3]);
        });
    }

    /**
     * Creates the key of container {@code containerId} of type {@code containerType} in {@code library}.
     *
     * @param library the library
     * @param containerType the container type, e.g. {@code unit}: ASCII letters and digits, {@code _}, {@code -}
     *        and {@code .}
     * @param containerId the container id, letters, digits, {@code _}, {@code -} and {@code .}
     * @return the key
     * @throws InvalidKeyException if an argument is {@code null} or a part has other characters
     */
    public static LibraryContainerLocator of(LibraryLocatorV2 library, String containerType, String containerId) {
        String attempted = NAMESPACE + ":" + (library == null ? "null" : library.org() + ":" + library.slug()) + ":"
                + containerType + ":" + containerId;
        return KeySyntax.build(TYPE, EXPECTED_FORM, attempted, () -> {
            if (library == null) {
                throw KeySyntax.reject("the library key is missing");
            }
            return new LibraryContainerLocator(library, containerType, containerId);
        });
    }

    /** The namespace, {@code lct}. */
    @Override
    public String namespace() {
        return NAMESPACE;
    }

    /**
     * The library the container belongs to (upstream {@code lib_key}).
     *
     * @return the library key, never {@code null}
     */
    @Override
    public LibraryLocatorV2 libraryKey() {
        return libraryKey;
    }

    /**
     * The container type, e.g. {@code unit}, {@code subsection} or {@code section}.
     *
     * @return the container type, never {@code null}
     */
    public String containerType() {
        return containerType;
    }

    /**
     * The container's id within the library, e.g. {@code test-container}.
     *
     * @return the container id, never {@code null}
     */
    public String containerId() {
        return containerId;
    }

    /** The canonical string, {@code lct:{org}:{library_slug}:{container_type}:{container_id}}. */
    @Override
    public String toString() {
        return NAMESPACE + ":" + org() + ":" + slug() + ":" + containerType + ":" + containerId;
    }

    /** Equal when the other object is a container key with the same library, container type and id. */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof LibraryContainerLocator that
                        && libraryKey.equals(that.libraryKey)
                        && containerType.equals(that.containerType)
                        && containerId.equals(that.containerId);
    }

    /** A hash code consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(libraryKey, containerType, containerId);
    }

    /**
     * Writes a {@link LibraryContainerLocator} as its canonical string and reads one back with
     * {@link LibraryContainerLocator#parse}.
     */
    public static final class JsonbAdapter
            implements jakarta.json.bind.adapter.JsonbAdapter<LibraryContainerLocator, String> {

        /** Creates the adapter; JSON-B does this through the {@code @JsonbTypeAdapter} annotation. */
        public JsonbAdapter() {}

        /** Returns the key's canonical string; {@code null} stays {@code null}. */
        @Override
        public String adaptToJson(LibraryContainerLocator key) {
            return key == null ? null : key.toString();
        }

        /**
         * Parses the string; an invalid one throws {@link InvalidKeyException}. A JSON {@code null} gives
         * {@code null}, leaving it to validation to decide whether the key is required.
         */
        @Override
        public LibraryContainerLocator adaptFromJson(String value) {
            return value == null ? null : LibraryContainerLocator.parse(value);
        }
    }
}
