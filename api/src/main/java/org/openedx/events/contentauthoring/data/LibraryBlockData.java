package org.openedx.events.contentauthoring.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.LibraryLocatorV2;
import org.openedx.events.keys.LibraryUsageLocatorV2;

/**
 * An XBlock of a v2 content library that has changed.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.LibraryBlockData}.
 *
 * @param libraryKey the key of the v2 content library
 * @param usageKey the usage key of the block in the library
 */
public record LibraryBlockData(
        @JsonbProperty("library_key") @NotNull LibraryLocatorV2 libraryKey,
        @JsonbProperty("usage_key") @NotNull LibraryUsageLocatorV2 usageKey) {

    /**
     * Canonical constructor.
     *
     * @param libraryKey the key of the v2 content library
     * @param usageKey the usage key of the block in the library
     */
    @JsonbCreator
    public LibraryBlockData {
    }
}
