package org.openedx.events.enterprise.data;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * The reversal of an openedx-ledger transaction (an {@code openedx_ledger.Reversal}).
 *
 * <p>Upstream: {@code openedx_events.enterprise.data.LedgerTransactionReversal} (upstream subclass of
 * {@link BaseLedgerTransaction}). Records cannot extend, so the inherited components come first, in upstream's
 * attribute order.
 *
 * @param uuid the record's primary identifier
 * @param created when the record was created
 * @param modified when the record was last modified
 * @param idempotencyKey a unique value chosen by the client so that repeating an operation is harmless
 * @param quantity the amount of value the reversal represents, e.g. in USD cents
 * @param state the lifecycle state: {@code created}, {@code pending}, {@code committed} or {@code failed}
 */
public record LedgerTransactionReversal(
        @NotNull UUID uuid,
        @NotNull OffsetDateTime created,
        @NotNull OffsetDateTime modified,
        @JsonbProperty("idempotency_key") @NotNull String idempotencyKey,
        long quantity,
        @NotNull String state) {

    /**
     * Copies and normalizes the components.
     *
     * @param uuid the record's primary identifier
     * @param created when the record was created
     * @param modified when the record was last modified
     * @param idempotencyKey a unique value chosen by the client so that repeating an operation is harmless
     * @param quantity the amount of value the reversal represents, e.g. in USD cents
     * @param state the lifecycle state: {@code created}, {@code pending}, {@code committed} or {@code failed}
     */
    @JsonbCreator
    public LedgerTransactionReversal {
        created = Payloads.micros(created);
        modified = Payloads.micros(modified);
    }
}
