package org.openedx.events.contentauthoring.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.UsageKey;

/**
 * An XBlock of a course, identified by its usage key.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.XBlockData}. It is the upstream base class of
 * {@link DuplicatedXBlockData}, which repeat its components.
 *
 * @param usageKey the block's usage key
 * @param blockType the block type, e.g. {@code problem} or {@code chapter}
 * @param version the block's usage key with branch and version, naming the exact version of the block (keyword-only
 *     upstream), or null
 */
public record XBlockData(
        @JsonbProperty("usage_key") @NotNull UsageKey usageKey,
        @JsonbProperty("block_type") @NotNull String blockType,
        UsageKey version) {

    /**
     * Canonical constructor.
     *
     * @param usageKey the block's usage key
     * @param blockType the block type, e.g. {@code problem} or {@code chapter}
     * @param version the block's usage key with branch and version, naming the exact version of the block (keyword-only
     *     upstream), or null
     */
    @JsonbCreator
    public XBlockData {
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param usageKey the block's usage key
     * @param blockType the block type, e.g. {@code problem} or {@code chapter}
     */
    public XBlockData(UsageKey usageKey, String blockType) {
        this(usageKey, blockType, null);
    }
}
