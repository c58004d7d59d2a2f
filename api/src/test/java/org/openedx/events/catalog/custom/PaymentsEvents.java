package org.openedx.events.catalog.custom;

/** Example of user-defined event types, as compile-time constants for {@code @OpenEdxEvent(...)}. */
public final class PaymentsEvents {

    private PaymentsEvents() {}

    /** A course purchase was refunded. See {@link PaymentsSignals#PAYMENT_REFUNDED}. */
    public static final String PAYMENT_REFUNDED = "com.example.commerce.payment.refunded.v1";
}
