package org.openedx.events.catalog.custom;

import java.time.OffsetDateTime;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.support.Payloads;

/**
 * Example of a user-defined payload (see {@code docs/custom-events.md}): a refunded course purchase.
 *
 * <p>It follows the conventions of the built-in payloads: an immutable record, snake_case wire names through
 * {@code @JsonbProperty}, {@code @NotNull} on required reference components, {@code @Valid} on nested records,
 * nullable optional components, and a second constructor taking only the required ones. It reuses the built-in
 * {@link UserData} rather than defining its own user.
 *
 * @param orderId the identifier of the refunded order
 * @param courseKey the course that was bought
 * @param user the buyer
 * @param amountCents the refunded amount, in cents of {@code currency}
 * @param currency the ISO 4217 currency code, e.g. {@code USD}
 * @param refundedAt when the refund was made
 * @param reason why the order was refunded, or null
 */
public record PaymentRefundedData(
        @JsonbProperty("order_id") @NotNull String orderId,
        @JsonbProperty("course_key") @NotNull CourseKey courseKey,
        @NotNull @Valid UserData user,
        @JsonbProperty("amount_cents") long amountCents,
        @NotNull String currency,
        @JsonbProperty("refunded_at") @NotNull OffsetDateTime refundedAt,
        String reason) {

    /** Copies and normalizes the components. */
    @JsonbCreator
    public PaymentRefundedData {
        refundedAt = Payloads.micros(refundedAt);
    }

    /**
     * Only the required components; {@code reason} is null.
     *
     * @param orderId the identifier of the refunded order
     * @param courseKey the course that was bought
     * @param user the buyer
     * @param amountCents the refunded amount, in cents of {@code currency}
     * @param currency the ISO 4217 currency code
     * @param refundedAt when the refund was made
     */
    public PaymentRefundedData(
            String orderId,
            CourseKey courseKey,
            UserData user,
            long amountCents,
            String currency,
            OffsetDateTime refundedAt) {
        this(orderId, courseKey, user, amountCents, currency, refundedAt, null);
    }
}
