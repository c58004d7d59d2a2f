package org.openedx.events.keys;

import java.util.Objects;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * The key of a content library: {@code lib:{org}:{slug}}, e.g. {@code lib:MITx:reallyhardproblems} (upstream
 * {@code LibraryLocatorV2}).
 *
 * <p>The org may only contain ASCII letters and digits, {@code _}, {@code -} and {@code .}; the slug may also
 * contain Unicode letters and digits. Exactly one {@code :} separates them.
 *
 * <p>Deliberate difference from upstream: upstream checks the parts with {@code $}-anchored Python regular
 * expressions, which also match just before one trailing newline, so it accepts (and writes back)
 * {@code lib:org:slug\n}. That is an accident; this class rejects any trailing newline or whitespace.
 *
 * <p>Instances are immutable; equality covers the org and slug. In JSON-B a library key travels as its
 * canonical string.
 */
@JsonbTypeAdapter(LibraryLocatorV2.JsonbAdapter.class)
public final class LibraryLocatorV2 implements OpaqueKey {

    static final String NAMESPACE = "lib";

    private static final String TYPE = "LibraryLocatorV2";
    private static final String EXPECTED_FORM = "lib:{org}:{slug}";

    private final String org;
    private final String slug;

    /**
     * Checks the org and slug, which every library-based key starts with, and creates the library key.
     *
     * @throws KeySyntax.Rejection if a part is invalid
     */
    LibraryLocatorV2(String org, String slug) {
        this.org = FieldSyntax.ASCII_TOKEN.require("org", org);
        this.slug = FieldSyntax.UNICODE_TOKEN.require("slug", slug);
    }

    /**
     * Parses a {@code lib:} key.
     *
     * @param input the key string
     * @return the key
     * @throws InvalidKeyException if {@code input} is {@code null} or not a valid library key
     */
    public static LibraryLocatorV2 parse(String input) {
        return KeySyntax.parse(TYPE, EXPECTED_FORM, input, s -> {
            String[] fields = KeySyntax.splitFields(KeySyntax.requireNamespace(s, NAMESPACE, TYPE), "org", "slug");
            return new LibraryLocatorV2(fields[0], fields[1]);
        });
    }

    /**
     * Creates the library key {@code lib:{org}:{slug}}.
     *
     * @param org the organization, ASCII letters and digits, {@code _}, {@code -} and {@code .}
     * @param slug the library's slug, letters, digits, {@code _}, {@code -} and {@code .}
     * @return the key
     * @throws InvalidKeyException if a part is {@code null}, empty or has other characters
     */
    public static LibraryLocatorV2 of(String org, String slug) {
        String attempted = NAMESPACE + ":" + org + ":" + slug;
        return KeySyntax.build(TYPE, EXPECTED_FORM, attempted, () -> new LibraryLocatorV2(org, slug));
    }

    /** The namespace, {@code lib}. */
    @Override
    public String namespace() {
        return NAMESPACE;
    }

    /**
     * The organization that owns the library, e.g. {@code MITx}.
     *
     * @return the organization, never {@code null}
     */
    public String org() {
        return org;
    }

    /**
     * The library's slug, e.g. {@code reallyhardproblems}.
     *
     * @return the slug, never {@code null}
     */
    public String slug() {
        return slug;
    }

    /** The canonical string, {@code lib:{org}:{slug}}. */
    @Override
    public String toString() {
        return NAMESPACE + ":" + org + ":" + slug;
    }

    /** Equal when the other object is a library key with the same org and slug. */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof LibraryLocatorV2 that && org.equals(that.org) && slug.equals(that.slug);
    }

    /** A hash code consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(org, slug);
    }

    /** Writes a {@link LibraryLocatorV2} as its canonical string and reads one back with {@link #parse}. */
    public static final class JsonbAdapter implements jakarta.json.bind.adapter.JsonbAdapter<LibraryLocatorV2, String> {

        /** Creates the adapter; JSON-B does this through the {@code @JsonbTypeAdapter} annotation. */
        public JsonbAdapter() {}

        /** Returns the key's canonical string; {@code null} stays {@code null}. */
        @Override
        public String adaptToJson(LibraryLocatorV2 key) {
            return key == null ? null : key.toString();
        }

        /**
         * Parses the string; an invalid one throws {@link InvalidKeyException}. A JSON {@code null} gives
         * {@code null}, leaving it to validation to decide whether the key is required.
         */
        @Override
        public LibraryLocatorV2 adaptFromJson(String value) {
            return value == null ? null : LibraryLocatorV2.parse(value);
        }
    }
}
