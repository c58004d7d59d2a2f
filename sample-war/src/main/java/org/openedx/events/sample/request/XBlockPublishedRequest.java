package org.openedx.events.sample.request;

import java.util.Objects;
import java.util.Set;

import org.openedx.events.contentauthoring.data.XBlockData;
import org.openedx.events.keys.UsageKey;

/**
 * The body of {@code POST /sample/api/xblocks/published}:
 * {@code {"usage_key": "block-v1:edX+DemoX+Demo_Course+type@vertical+block@intro", "block_type": "vertical"}};
 * {@code block_type} is optional and defaults to the usage key's block type, and must agree with it when given.
 *
 * @param usageKey the published block
 * @param blockType its block type
 */
public record XBlockPublishedRequest(UsageKey usageKey, String blockType) {

    private static final Set<String> FIELDS = Set.of("usage_key", "block_type");

    /** Longest accepted usage key: Open edX's {@code UsageKeyField}, 255 characters. */
    public static final int MAX_USAGE_KEY_LENGTH = 255;

    /** Longest accepted block type: a part of the usage key, so at most as long. */
    public static final int MAX_BLOCK_TYPE_LENGTH = MAX_USAGE_KEY_LENGTH;

    /**
     * Checks the components.
     *
     * @param usageKey the published block
     * @param blockType its block type
     * @throws NullPointerException if a component is null
     */
    public XBlockPublishedRequest {
        Objects.requireNonNull(usageKey, "usageKey");
        Objects.requireNonNull(blockType, "blockType");
    }

    /**
     * Reads and checks a request body.
     *
     * @param body the JSON text
     * @return the request
     * @throws InvalidRequestException naming every missing, mistyped, unknown or invalid field
     */
    public static XBlockPublishedRequest parse(String body) {
        JsonFields fields = JsonFields.parse(body);
        fields.rejectUnknown(FIELDS);
        UsageKey usageKey = fields.parsed("usage_key", MAX_USAGE_KEY_LENGTH, UsageKey::parse);
        String blockType = fields.optionalText(
                "block_type", usageKey == null ? null : usageKey.blockType(), MAX_BLOCK_TYPE_LENGTH);
        if (usageKey != null && blockType != null && !blockType.equals(usageKey.blockType())) {
            fields.problem(
                    "block_type",
                    "is '" + blockType + "', but the usage key is a '" + usageKey.blockType() + "' block");
        }
        fields.throwIfInvalid();
        return new XBlockPublishedRequest(usageKey, blockType);
    }

    /**
     * The payload of the XBLOCK_PUBLISHED event.
     *
     * @return the block data, without a version
     */
    public XBlockData toXBlock() {
        return new XBlockData(usageKey, blockType);
    }
}
