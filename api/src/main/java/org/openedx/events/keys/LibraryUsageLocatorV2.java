package org.openedx.events.keys;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * The key of a block in a content library: {@code lb:{org}:{library_slug}:{block_type}:{usage_id}}, e.g.
 * {@code lb:MITx:reallyhardproblems:problem:problem1} (upstream {@code LibraryUsageLocatorV2}).
 *
 * <p>The org and the block type may only contain ASCII letters and digits, {@code _}, {@code -} and
 * {@code .}; the library slug and the usage id may also contain Unicode letters and digits. Exactly four
 * {@code :}-separated parts follow the namespace.
 *
 * <p>Deliberate difference from upstream: upstream's {@code $}-anchored checks accept one trailing newline
 * ({@code lb:MITx:lib:problem:p1\n} round-trips there). This class rejects any trailing newline or whitespace.
 *
 * <p>A library block key is a {@link UsageKey}: {@link UsageKey#parse} returns one for {@code lb:} input.
 * Its {@linkplain #contextKey() context} is the {@link LibraryLocatorV2} and its {@linkplain #blockId() block
 * id} is the usage id; {@link #courseKey()} is {@code null}.
 */
@JsonbTypeAdapter(LibraryUsageLocatorV2.JsonbAdapter.class)
public final class LibraryUsageLocatorV2 extends UsageKey implements LibraryItemKey {

    static final String NAMESPACE = "lb";

    private static final String TYPE = "LibraryUsageLocatorV2";
    private static final String EXPECTED_FORM = "lb:{org}:{library_slug}:{block_type}:{usage_id}";

    private LibraryUsageLocatorV2(LibraryLocatorV2 library, String blockType, String usageId) {
        super(
                NAMESPACE,
                library,
                FieldSyntax.ASCII_TOKEN.require("block type", blockType),
                FieldSyntax.UNICODE_TOKEN.require("usage id", usageId));
    }

    /**
     * Parses an {@code lb:} key.
     *
     * @param input the key string
     * @return the key
     * @throws InvalidKeyException if {@code input} is {@code null} or not a valid library block key
     */
    public static LibraryUsageLocatorV2 parse(String input) {
        return KeySyntax.parse(
                TYPE, EXPECTED_FORM, input, s -> fromBody(KeySyntax.requireNamespace(s, NAMESPACE, TYPE)));
    }

    /** Parses the part after {@code lb:}. */
    static LibraryUsageLocatorV2 fromBody(String body) {
        String[] fields = KeySyntax.splitFields(body, "org", "library slug", "block type", "usage id");
        return new LibraryUsageLocatorV2(new LibraryLocatorV2(fields[0], fields[1]), fields[2], fields[3]);
    }

    /**
     * Creates the key of block {@code usageId} of type {@code blockType} in {@code library}.
     *
     * @param library the library
     * @param blockType the block type, ASCII letters and digits, {@code _}, {@code -} and {@code .}
     * @param usageId the usage id, letters, digits, {@code _}, {@code -} and {@code .}
     * @return the key
     * @throws InvalidKeyException if an argument is {@code null} or a part has other characters
     */
    public static LibraryUsageLocatorV2 of(LibraryLocatorV2 library, String blockType, String usageId) {
        String attempted = NAMESPACE + ":" + (library == null ? "null" : library.org() + ":" + library.slug()) + ":"
                + blockType + ":" + usageId;
        return KeySyntax.build(TYPE, EXPECTED_FORM, attempted, () -> {
            if (library == null) {
                throw KeySyntax.reject("the library key is missing");
            }
            return new LibraryUsageLocatorV2(library, blockType, usageId);
        });
    }

    /** The library the block belongs to. */
    @Override
    public LibraryLocatorV2 contextKey() {
        return (LibraryLocatorV2) super.contextKey();
    }

    /**
     * The library the block belongs to (upstream {@code lib_key}); the same as {@link #contextKey()}.
     *
     * @return the library key, never {@code null}
     */
    @Override
    public LibraryLocatorV2 libraryKey() {
        return contextKey();
    }

    /**
     * The usage id of the block within the library, e.g. {@code problem1}; the same as {@link #blockId()}.
     *
     * @return the usage id, never {@code null}
     */
    public String usageId() {
        return blockId();
    }

    /** The canonical string, {@code lb:{org}:{library_slug}:{block_type}:{usage_id}}. */
    @Override
    public String toString() {
        return NAMESPACE + ":" + org() + ":" + slug() + ":" + blockType() + ":" + usageId();
    }

    /**
     * Writes a {@link LibraryUsageLocatorV2} as its canonical string and reads one back with
     * {@link LibraryUsageLocatorV2#parse}.
     */
    public static final class JsonbAdapter
            implements jakarta.json.bind.adapter.JsonbAdapter<LibraryUsageLocatorV2, String> {

        /** Creates the adapter; JSON-B does this through the {@code @JsonbTypeAdapter} annotation. */
        public JsonbAdapter() {}

        /** Returns the key's canonical string; {@code null} stays {@code null}. */
        @Override
        public String adaptToJson(LibraryUsageLocatorV2 key) {
            return key == null ? null : key.toString();
        }

        /**
         * Parses the string; an invalid one throws {@link InvalidKeyException}. A JSON {@code null} gives
         * {@code null}, leaving it to validation to decide whether the key is required.
         */
        @Override
        public LibraryUsageLocatorV2 adaptFromJson(String value) {
            return value == null ? null : LibraryUsageLocatorV2.parse(value);
        }
    }
}
