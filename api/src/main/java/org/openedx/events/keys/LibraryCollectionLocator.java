package org.openedx.events.keys;

import java.util.Objects;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * The key of a collection in a content library: {@code lib-collection:{org}:{library_slug}:{collection_id}},
 * e.g. {@code lib-collection:MITx:reallyhardproblems:col1} (upstream {@code LibraryCollectionLocator}).
 *
 * <p>The org may only contain ASCII letters and digits, {@code _}, {@code -} and {@code .}; the library slug
 * and the collection id may also contain Unicode letters and digits. Exactly three {@code :}-separated parts
 * follow the namespace.
 *
 * <p>Deliberate difference from upstream: upstream's {@code $}-anchored checks accept one trailing newline
 * ({@code lib-collection:MITx:lib:col1\n} round-trips there). This class rejects any trailing newline or
 * whitespace.
 *
 * <p>Instances are immutable; equality covers the library and the collection id. In JSON-B a collection key
 * travels as its canonical string.
 */
@JsonbTypeAdapter(LibraryCollectionLocator.JsonbAdapter.class)
public final class LibraryCollectionLocator implements LibraryItemKey {

    static final String NAMESPACE = "lib-collection";

    private static final String TYPE = "LibraryCollectionLocator";
    private static final String EXPECTED_FORM = "lib-collection:{org}:{library_slug}:{collection_id}";

    private final LibraryLocatorV2 libraryKey;
    private final String collectionId;

    /** Checks the parts and creates the key; only reachable through {@code parse} and {@code of}. */
    private LibraryCollectionLocator(LibraryLocatorV2 libraryKey, String collectionId) {
        this.libraryKey = libraryKey;
        this.collectionId = FieldSyntax.UNICODE_TOKEN.require("collection id", collectionId);
    }

    /**
     * Parses a {@code lib-collection:} key.
     *
     * @param input the key string
     * @return the key
     * @throws InvalidKeyException if {@code input} is {@code null} or not a valid collection key
     */
    public static LibraryCollectionLocator parse(String input) {
        return KeySyntax.parse(TYPE, EXPECTED_FORM, input, s -> {
            String[] fields = KeySyntax.splitFields(
                    KeySyntax.requireNamespace(s, NAMESPACE, TYPE), "org", "library slug", "collection id");
            return new LibraryCollectionLocator(new LibraryLocatorV2(fields[0], fields[1]), fields[2]);
        });
    }

    /**
     * Creates the key of collection {@code collectionId} in {@code library}.
     *
     * @param library the library
     * @param collectionId the collection id, letters, digits, {@code _}, {@code -} and {@code .}
     * @return the key
     * @throws InvalidKeyException if an argument is {@code null} or the id has other characters
     */
    public static LibraryCollectionLocator of(LibraryLocatorV2 library, String collectionId) {
        String attempted = NAMESPACE + ":" + (library == null ? "null" : library.org() + ":" + library.slug()) + ":"
                + collectionId;
        return KeySyntax.build(TYPE, EXPECTED_FORM, attempted, () -> {
            if (library == null) {
                throw KeySyntax.reject("the library key is missing");
            }
            return new LibraryCollectionLocator(library, collectionId);
        });
    }

    /** The namespace, {@code lib-collection}. */
    @Override
    public String namespace() {
        return NAMESPACE;
    }

    /**
     * The library the collection belongs to (upstream {@code lib_key}).
     *
     * @return the library key, never {@code null}
     */
    @Override
    public LibraryLocatorV2 libraryKey() {
        return libraryKey;
    }

    /**
     * The collection's id within the library, e.g. {@code col1}.
     *
     * @return the collection id, never {@code null}
     */
    public String collectionId() {
        return collectionId;
    }

    /** The canonical string, {@code lib-collection:{org}:{library_slug}:{collection_id}}. */
    @Override
    public String toString() {
        return NAMESPACE + ":" + org() + ":" + slug() + ":" + collectionId;
    }

    /** Equal when the other object is a collection key with the same library and collection id. */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof LibraryCollectionLocator that
                        && libraryKey.equals(that.libraryKey)
                        && collectionId.equals(that.collectionId);
    }

    /** A hash code consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(libraryKey, collectionId);
    }

    /**
     * Writes a {@link LibraryCollectionLocator} as its canonical string and reads one back with
     * {@link LibraryCollectionLocator#parse}.
     */
    public static final class JsonbAdapter
            implements jakarta.json.bind.adapter.JsonbAdapter<LibraryCollectionLocator, String> {

        /** Creates the adapter; JSON-B does this through the {@code @JsonbTypeAdapter} annotation. */
        public JsonbAdapter() {}

        /** Returns the key's canonical string; {@code null} stays {@code null}. */
        @Override
        public String adaptToJson(LibraryCollectionLocator key) {
            return key == null ? null : key.toString();
        }

        /**
         * Parses the string; an invalid one throws {@link InvalidKeyException}. A JSON {@code null} gives
         * {@code null}, leaving it to validation to decide whether the key is required.
         */
        @Override
        public LibraryCollectionLocator adaptFromJson(String value) {
            return value == null ? null : LibraryCollectionLocator.parse(value);
        }
    }
}
