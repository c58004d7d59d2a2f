package org.openedx.events.keys;

/**
 * A key of something inside a content library v2 (upstream's {@code LibraryItemKey}): a block
 * ({@link LibraryUsageLocatorV2}), a collection ({@link LibraryCollectionLocator}) or a container
 * ({@link LibraryContainerLocator}). Each knows its library, and through it the library's organization and slug.
 */
public sealed interface LibraryItemKey extends OpaqueKey
        permits LibraryUsageLocatorV2, LibraryCollectionLocator, LibraryContainerLocator {

    /**
     * The library the item belongs to (upstream {@code lib_key}).
     *
     * @return the library key, never {@code null}
     */
    LibraryLocatorV2 libraryKey();

    /**
     * The organization that owns the library, e.g. {@code MITx}.
     *
     * @return the organization, never {@code null}
     */
    default String org() {
        return libraryKey().org();
    }

    /**
     * The library's slug, e.g. {@code reallyhardproblems}.
     *
     * @return the slug, never {@code null}
     */
    default String slug() {
        return libraryKey().slug();
    }
}
