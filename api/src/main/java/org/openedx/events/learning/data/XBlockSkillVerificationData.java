package org.openedx.events.learning.data;

import java.util.List;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.UsageKey;
import org.openedx.events.support.Payloads;

/**
 * Learner feedback on the skills tagged on an XBlock: which skills were verified and which were ignored.
 *
 * <p>Upstream: {@code openedx_events.learning.data.XBlockSkillVerificationData}.
 *
 * @param usageKey the XBlock's usage key
 * @param verifiedSkills the ids of the skills that were verified; upstream default: an empty list
 * @param ignoredSkills the ids of the skills that were ignored; upstream default: an empty list
 */
public record XBlockSkillVerificationData(
        @JsonbProperty("usage_key") @NotNull UsageKey usageKey,
        @JsonbProperty("verified_skills") @NotNull List<@NotNull Long> verifiedSkills,
        @JsonbProperty("ignored_skills") @NotNull List<@NotNull Long> ignoredSkills) {

    /**
     * Copies and normalizes the components; null {@code verifiedSkills} and {@code ignoredSkills} become empty lists.
     *
     * @param usageKey the XBlock's usage key
     * @param verifiedSkills the ids of the skills that were verified; upstream default: an empty list
     * @param ignoredSkills the ids of the skills that were ignored; upstream default: an empty list
     */
    @JsonbCreator
    public XBlockSkillVerificationData {
        verifiedSkills = Payloads.copyOrEmpty(verifiedSkills);
        ignoredSkills = Payloads.copyOrEmpty(ignoredSkills);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param usageKey the XBlock's usage key
     */
    public XBlockSkillVerificationData(UsageKey usageKey) {
        this(usageKey, List.of(), List.of());
    }
}
