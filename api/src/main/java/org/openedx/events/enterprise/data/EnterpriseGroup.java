package org.openedx.events.enterprise.data;

import java.util.UUID;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;

/**
 * An enterprise group (an {@code enterprise.EnterpriseGroup}), identified by its UUID.
 *
 * <p>Upstream: {@code openedx_events.enterprise.data.EnterpriseGroup}.
 *
 * @param uuid the group's primary identifier
 */
public record EnterpriseGroup(
        @NotNull UUID uuid) {

    /**
     * Canonical constructor.
     *
     * @param uuid the group's primary identifier
     */
    @JsonbCreator
    public EnterpriseGroup {
    }
}
