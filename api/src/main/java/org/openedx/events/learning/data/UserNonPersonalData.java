package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The non-personal part of a user: the id and the active flag.
 *
 * <p>Upstream: {@code openedx_events.learning.data.UserNonPersonalData}. It is the upstream base class of
 * {@link UserData}, which repeat its components. No upstream event carries it, directly or nested.
 *
 * @param id the Django user id
 * @param isActive whether the user account is active
 */
public record UserNonPersonalData(
        long id,
        @JsonbProperty("is_active") boolean isActive) {

    /**
     * Canonical constructor.
     *
     * @param id the Django user id
     * @param isActive whether the user account is active
     */
    @JsonbCreator
    public UserNonPersonalData {
    }
}
