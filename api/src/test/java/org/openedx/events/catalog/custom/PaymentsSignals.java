package org.openedx.events.catalog.custom;

import java.util.List;

import org.openedx.events.OpenEdxPublicSignal;

/** Example of user-defined signals, made known to the registry by {@link PaymentsSignalCatalog}. */
public final class PaymentsSignals {

    private PaymentsSignals() {}

    /**
     * Emitted when the payment service refunds a course purchase.
     *
     * <p>Payload {@code refund}: {@link PaymentRefundedData}. Event-bus key: {@code refund.course_key}. Sent by
     * {@code example/payments}.
     */
    public static final OpenEdxPublicSignal<PaymentRefundedData> PAYMENT_REFUNDED = OpenEdxPublicSignal.of(
                    PaymentsEvents.PAYMENT_REFUNDED, "refund", PaymentRefundedData.class)
            .withEventKeyField("refund.course_key");

    /** Every signal of this catalog, in definition order. */
    public static final List<OpenEdxPublicSignal<?>> ALL = List.of(PAYMENT_REFUNDED);
}
