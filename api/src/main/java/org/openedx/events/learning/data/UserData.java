package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A user: the non-personal identifiers plus the personal information.
 *
 * <p>Upstream: {@code openedx_events.learning.data.UserData} (upstream subclass of {@link UserNonPersonalData}).
 * Records cannot extend, so the inherited components come first, in upstream's attribute order.
 *
 * @param id the Django user id
 * @param isActive whether the user account is active
 * @param pii the user's personal information
 */
public record UserData(
        long id,
        @JsonbProperty("is_active") boolean isActive,
        @NotNull @Valid UserPersonalData pii) {

    /**
     * Canonical constructor.
     *
     * @param id the Django user id
     * @param isActive whether the user account is active
     * @param pii the user's personal information
     */
    @JsonbCreator
    public UserData {
    }
}
