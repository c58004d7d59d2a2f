package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

/**
 * A badge template.
 *
 * <p>Upstream: {@code openedx_events.learning.data.BadgeTemplateData}.
 *
 * @param uuid the template's UUID
 * @param origin the kind of badge template
 * @param name the badge's name, or null
 * @param description the badge's description, or null
 * @param imageUrl the URL of the badge's image, or null
 */
public record BadgeTemplateData(
        @NotNull String uuid,
        @NotNull String origin,
        String name,
        String description,
        @JsonbNillable @JsonbProperty("image_url") String imageUrl) {

    /**
     * Canonical constructor.
     *
     * @param uuid the template's UUID
     * @param origin the kind of badge template
     * @param name the badge's name, or null
     * @param description the badge's description, or null
     * @param imageUrl the URL of the badge's image, or null
     */
    @JsonbCreator
    public BadgeTemplateData {
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param uuid the template's UUID
     * @param origin the kind of badge template
     */
    public BadgeTemplateData(String uuid, String origin) {
        this(uuid, origin, null, null, null);
    }
}
