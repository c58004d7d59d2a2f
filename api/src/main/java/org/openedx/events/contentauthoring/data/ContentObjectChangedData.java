package org.openedx.events.contentauthoring.data;

import java.util.List;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * A content object that has changed, with the kinds of associations that changed.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.ContentObjectChangedData} (upstream subclass of
 * {@link ContentObjectData}). Records cannot extend, so the inherited components come first, in upstream's attribute
 * order.
 *
 * @param objectId the key of the course or block, as text, e.g.
 *     {@code block-v1:SampleTaxonomyOrg2+STC1+2023_1+type@vertical+block@f8de78f0}
 * @param changes what changed, e.g. {@code tags} or {@code collections}; empty means that anything may have changed;
 *     upstream default: an empty list
 */
public record ContentObjectChangedData(
        @JsonbProperty("object_id") @NotNull String objectId,
        @NotNull List<@NotNull String> changes) {

    /**
     * Copies and normalizes the components; a null {@code changes} becomes an empty list.
     *
     * @param objectId the key of the course or block, as text, e.g.
     *     {@code block-v1:SampleTaxonomyOrg2+STC1+2023_1+type@vertical+block@f8de78f0}
     * @param changes what changed, e.g. {@code tags} or {@code collections}; empty means that anything may have
     *     changed; upstream default: an empty list
     */
    @JsonbCreator
    public ContentObjectChangedData {
        changes = Payloads.copyOrEmpty(changes);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param objectId the key of the course or block, as text, e.g.
     *     {@code block-v1:SampleTaxonomyOrg2+STC1+2023_1+type@vertical+block@f8de78f0}
     */
    public ContentObjectChangedData(String objectId) {
        this(objectId, List.of());
    }
}
