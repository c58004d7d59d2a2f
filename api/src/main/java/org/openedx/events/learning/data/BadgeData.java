package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A badge of a user.
 *
 * <p>Upstream: {@code openedx_events.learning.data.BadgeData}.
 *
 * @param uuid the badge's UUID
 * @param user the user who holds the badge
 * @param template the badge's template
 */
public record BadgeData(
        @NotNull String uuid,
        @NotNull @Valid UserData user,
        @NotNull @Valid BadgeTemplateData template) {

    /**
     * Canonical constructor.
     *
     * @param uuid the badge's UUID
     * @param user the user who holds the badge
     * @param template the badge's template
     */
    @JsonbCreator
    public BadgeData {
    }
}
