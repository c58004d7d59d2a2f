package org.openedx.events.enterprise.data;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.support.Payloads;

/**
 * An openedx-ledger transaction (an {@code openedx_ledger.Transaction}): a change of a subsidy's balance for one
 * learner and one piece of content.
 *
 * <p>Upstream: {@code openedx_events.enterprise.data.LedgerTransaction} (upstream subclass of
 * {@link BaseLedgerTransaction}). Records cannot extend, so the inherited components come first, in upstream's
 * attribute order.
 *
 * @param uuid the transaction's primary identifier
 * @param created when the record was created
 * @param modified when the record was last modified
 * @param idempotencyKey a unique value chosen by the client so that repeating an operation is harmless
 * @param quantity the amount of value the transaction represents, e.g. in USD cents
 * @param state the lifecycle state: {@code created}, {@code pending}, {@code committed} or {@code failed}
 * @param ledgerUuid the primary identifier of the transaction's ledger
 * @param subsidyAccessPolicyUuid the primary identifier of the subsidy access policy of the transaction
 * @param lmsUserId the LMS user id of the learner the transaction is for
 * @param contentKey the course run the transaction is for
 * @param parentContentKey the course (not the run) of {@code contentKey}, or null
 * @param fulfillmentIdentifier the identifier of the learner's subsidized enrollment, created at enrollment, or null
 * @param reversal the reversal of this transaction, or null
 */
public record LedgerTransaction(
        @NotNull UUID uuid,
        @NotNull OffsetDateTime created,
        @NotNull OffsetDateTime modified,
        @JsonbProperty("idempotency_key") @NotNull String idempotencyKey,
        long quantity,
        @NotNull String state,
        @JsonbProperty("ledger_uuid") @NotNull UUID ledgerUuid,
        @JsonbProperty("subsidy_access_policy_uuid") @NotNull UUID subsidyAccessPolicyUuid,
        @JsonbProperty("lms_user_id") long lmsUserId,
        @JsonbProperty("content_key") @NotNull CourseKey contentKey,
        @JsonbNillable @JsonbProperty("parent_content_key") String parentContentKey,
        @JsonbNillable @JsonbProperty("fulfillment_identifier") String fulfillmentIdentifier,
        @Valid LedgerTransactionReversal reversal) {

    /**
     * Copies and normalizes the components.
     *
     * @param uuid the transaction's primary identifier
     * @param created when the record was created
     * @param modified when the record was last modified
     * @param idempotencyKey a unique value chosen by the client so that repeating an operation is harmless
     * @param quantity the amount of value the transaction represents, e.g. in USD cents
     * @param state the lifecycle state: {@code created}, {@code pending}, {@code committed} or {@code failed}
     * @param ledgerUuid the primary identifier of the transaction's ledger
     * @param subsidyAccessPolicyUuid the primary identifier of the subsidy access policy of the transaction
     * @param lmsUserId the LMS user id of the learner the transaction is for
     * @param contentKey the course run the transaction is for
     * @param parentContentKey the course (not the run) of {@code contentKey}, or null
     * @param fulfillmentIdentifier the identifier of the learner's subsidized enrollment, created at enrollment, or
     *     null
     * @param reversal the reversal of this transaction, or null
     */
    @JsonbCreator
    public LedgerTransaction {
        created = Payloads.micros(created);
        modified = Payloads.micros(modified);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param uuid the transaction's primary identifier
     * @param created when the record was created
     * @param modified when the record was last modified
     * @param idempotencyKey a unique value chosen by the client so that repeating an operation is harmless
     * @param quantity the amount of value the transaction represents, e.g. in USD cents
     * @param state the lifecycle state: {@code created}, {@code pending}, {@code committed} or {@code failed}
     * @param ledgerUuid the primary identifier of the transaction's ledger
     * @param subsidyAccessPolicyUuid the primary identifier of the subsidy access policy of the transaction
     * @param lmsUserId the LMS user id of the learner the transaction is for
     * @param contentKey the course run the transaction is for
     */
    public LedgerTransaction(UUID uuid, OffsetDateTime created, OffsetDateTime modified, String idempotencyKey,
            long quantity, String state, UUID ledgerUuid, UUID subsidyAccessPolicyUuid, long lmsUserId,
            CourseKey contentKey) {
        this(uuid, created, modified, idempotencyKey, quantity, state, ledgerUuid, subsidyAccessPolicyUuid, lmsUserId,
                contentKey, null, null, null);
    }
}
