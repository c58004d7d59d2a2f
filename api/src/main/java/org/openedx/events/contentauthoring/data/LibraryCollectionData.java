package org.openedx.events.contentauthoring.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.LibraryCollectionLocator;

/**
 * A collection of a content library that has changed.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.LibraryCollectionData}.
 *
 * @param collectionKey the key of the collection within its library
 * @param background deprecated: whether the sender did not want to wait for the observers; upstream now recommends
 *     quick synchronous observers, and sending from a background task when many are expected; upstream default
 *     {@code false}
 */
public record LibraryCollectionData(
        @JsonbProperty("collection_key") @NotNull LibraryCollectionLocator collectionKey,
        boolean background) {

    /**
     * Canonical constructor.
     *
     * @param collectionKey the key of the collection within its library
     * @param background deprecated: whether the sender did not want to wait for the observers; upstream now recommends
     *     quick synchronous observers, and sending from a background task when many are expected; upstream default
     *     {@code false}
     */
    @JsonbCreator
    public LibraryCollectionData {
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param collectionKey the key of the collection within its library
     */
    public LibraryCollectionData(LibraryCollectionLocator collectionKey) {
        this(collectionKey, false);
    }
}
