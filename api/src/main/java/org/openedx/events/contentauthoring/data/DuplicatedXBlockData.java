package org.openedx.events.contentauthoring.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.UsageKey;

/**
 * An XBlock made by duplicating another one: the new block plus the key of its source.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.DuplicatedXBlockData} (upstream subclass of
 * {@link XBlockData}). Records cannot extend, so the inherited components come first, in upstream's attribute order.
 *
 * @param usageKey the usage key of the new block
 * @param blockType the block type, e.g. {@code problem} or {@code chapter}
 * @param version the block's usage key with branch and version, naming the exact version of the block (keyword-only
 *     upstream), or null
 * @param sourceUsageKey the usage key of the block that was duplicated
 */
public record DuplicatedXBlockData(
        @JsonbProperty("usage_key") @NotNull UsageKey usageKey,
        @JsonbProperty("block_type") @NotNull String blockType,
        UsageKey version,
        @JsonbProperty("source_usage_key") @NotNull UsageKey sourceUsageKey) {

    /**
     * Canonical constructor.
     *
     * @param usageKey the usage key of the new block
     * @param blockType the block type, e.g. {@code problem} or {@code chapter}
     * @param version the block's usage key with branch and version, naming the exact version of the block (keyword-only
     *     upstream), or null
     * @param sourceUsageKey the usage key of the block that was duplicated
     */
    @JsonbCreator
    public DuplicatedXBlockData {
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param usageKey the usage key of the new block
     * @param blockType the block type, e.g. {@code problem} or {@code chapter}
     * @param sourceUsageKey the usage key of the block that was duplicated
     */
    public DuplicatedXBlockData(UsageKey usageKey, String blockType, UsageKey sourceUsageKey) {
        this(usageKey, blockType, null, sourceUsageKey);
    }
}
