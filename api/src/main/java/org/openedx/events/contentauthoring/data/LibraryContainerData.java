package org.openedx.events.contentauthoring.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.LibraryContainerLocator;

/**
 * A container of a content library (a unit, a subsection, a section) that has changed.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.LibraryContainerData}.
 *
 * @param containerKey the key of the container, e.g. of a unit or a section
 * @param background deprecated: whether the sender did not want to wait for the observers; upstream now recommends
 *     quick synchronous observers, and sending from a background task when many are expected; upstream default
 *     {@code false}
 */
public record LibraryContainerData(
        @JsonbProperty("container_key") @NotNull LibraryContainerLocator containerKey,
        boolean background) {

    /**
     * Canonical constructor.
     *
     * @param containerKey the key of the container, e.g. of a unit or a section
     * @param background deprecated: whether the sender did not want to wait for the observers; upstream now recommends
     *     quick synchronous observers, and sending from a background task when many are expected; upstream default
     *     {@code false}
     */
    @JsonbCreator
    public LibraryContainerData {
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param containerKey the key of the container, e.g. of a unit or a section
     */
    public LibraryContainerData(LibraryContainerLocator containerKey) {
        this(containerKey, false);
    }
}
