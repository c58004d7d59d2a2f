package org.openedx.events.catalog.custom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.catalog.Samples;
import org.openedx.events.catalog.UpstreamCatalog;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/** A {@link org.openedx.events.spi.SignalCatalog} registered through {@code META-INF/services} joins the registry. */
class CustomSignalCatalogTest {

    private static final int BUILT_INS = UpstreamCatalog.get().events().size();

    @Test
    void itsSignalIsFoundByType() {
        assertThat(OpenEdxPublicSignal.getSignalByType(PaymentsEvents.PAYMENT_REFUNDED))
                .isSameAs(PaymentsSignals.PAYMENT_REFUNDED);
        assertThat(OpenEdxPublicSignal.findSignalByType("com.example.commerce.payment.refunded.v1"))
                .containsSame(PaymentsSignals.PAYMENT_REFUNDED);
    }

    @Test
    void allEventsListsItAfterTheBuiltIns() {
        List<OpenEdxPublicSignal<?>> all = OpenEdxPublicSignal.allEvents();
        assertThat(all.indexOf(PaymentsSignals.PAYMENT_REFUNDED)).isEqualTo(BUILT_INS);
        assertThat(all.subList(0, BUILT_INS)).doesNotContain(PaymentsSignals.PAYMENT_REFUNDED);
    }

    @Test
    void itsDefinitionIsWhatTheCatalogDeclares() {
        OpenEdxPublicSignal<PaymentRefundedData> signal = PaymentsSignals.PAYMENT_REFUNDED;
        assertThat(signal.eventType()).isEqualTo("com.example.commerce.payment.refunded.v1");
        assertThat(signal.dataKey()).isEqualTo("refund");
        assertThat(signal.dataType()).isEqualTo(PaymentRefundedData.class);
        assertThat(signal.eventKeyField()).contains("refund.course_key");
        assertThat(signal.minorVersion()).isZero();
        assertThat(Samples.sampleFor(signal)).isInstanceOf(PaymentRefundedData.class);
    }

    @Test
    void itsPayloadCanBeBuiltFromTheRequiredComponentsInOneExpression() {
        PaymentRefundedData refund = new PaymentRefundedData(
                "order-1",
                CourseKey.parse("course-v1:edX+DemoX+Demo_Course"),
                new UserData(42, true, new UserPersonalData("learner", "learner@example.com")),
                4_900,
                "USD",
                Samples.TIME);
        assertThat(refund.reason()).isNull();
        assertThat(PaymentsSignals.PAYMENT_REFUNDED.cast(refund)).isSameAs(refund);
    }
}
