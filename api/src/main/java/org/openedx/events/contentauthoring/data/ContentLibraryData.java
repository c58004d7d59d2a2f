package org.openedx.events.contentauthoring.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.LibraryLocatorV2;

/**
 * A v2 content library that has changed.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.ContentLibraryData}.
 *
 * @param libraryKey the key of the v2 content library
 * @param updateBlocks deprecated: whether the search indexes of the library's blocks should be updated; upstream now
 *     sends one event per changed item instead; upstream default {@code false}
 */
public record ContentLibraryData(
        @JsonbProperty("library_key") @NotNull LibraryLocatorV2 libraryKey,
        @JsonbProperty("update_blocks") boolean updateBlocks) {

    /**
     * Canonical constructor.
     *
     * @param libraryKey the key of the v2 content library
     * @param updateBlocks deprecated: whether the search indexes of the library's blocks should be updated; upstream
     *     now sends one event per changed item instead; upstream default {@code false}
     */
    @JsonbCreator
    public ContentLibraryData {
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param libraryKey the key of the v2 content library
     */
    public ContentLibraryData(LibraryLocatorV2 libraryKey) {
        this(libraryKey, false);
    }
}
