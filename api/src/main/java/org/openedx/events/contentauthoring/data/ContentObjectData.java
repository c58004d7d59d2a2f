package org.openedx.events.contentauthoring.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

/**
 * A content object (a course or a block), identified by its key as text.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.ContentObjectData}. It is the upstream base class of
 * {@link ContentObjectChangedData}, which repeat its components.
 *
 * @param objectId the key of the course or block, as text, e.g.
 *     {@code block-v1:SampleTaxonomyOrg2+STC1+2023_1+type@vertical+block@f8de78f0}
 */
public record ContentObjectData(
        @JsonbProperty("object_id") @NotNull String objectId) {

    /**
     * Canonical constructor.
     *
     * @param objectId the key of the course or block, as text, e.g.
     *     {@code block-v1:SampleTaxonomyOrg2+STC1+2023_1+type@vertical+block@f8de78f0}
     */
    @JsonbCreator
    public ContentObjectData {
    }
}
