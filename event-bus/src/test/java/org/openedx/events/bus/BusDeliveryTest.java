package org.openedx.events.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxError;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendResult;
import org.openedx.events.SenderValidationException;
import org.openedx.events.learning.LearningEvents;

/** Why a consumer gives an event up: coded, readable, and without what observers put in their exceptions. */
class BusDeliveryTest {

    private static final UUID ID = UUID.fromString("8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e");
    private static final EventsMetadata METADATA = new EventsMetadata(
            LearningEvents.COURSE_ENROLLMENT_CREATED,
            ID,
            0,
            "openedx/lms/web",
            "lms-1",
            OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
            List.of(11, 2, 0));

    @Test
    void failedReceiversAreCountedAndNamedWithTheirExceptionsClassesButNotTheirMessages() {
        SendResult result = new SendResult(
                METADATA,
                true,
                List.of(
                        ReceiverResponse.success("org.acme.Audit#record", "ok"),
                        ReceiverResponse.failure(
                                "org.acme.Mailer#welcome",
                                new IllegalStateException("no mailbox for learner@example.com (Jane Learner)")),
                        ReceiverResponse.failure(
                                "org.acme.Grades#create", new NullPointerException("username 'jane' has no grade"))));

        BusDelivery.ReceiversFailedException failure = new BusDelivery.ReceiversFailedException(result);

        assertThat(BusDelivery.reason(failure))
                .isEqualTo("OXE7011: 2 of 3 receivers failed: org.acme.Mailer#welcome threw "
                        + "java.lang.IllegalStateException, org.acme.Grades#create threw java.lang.NullPointerException;"
                        + " each exception is logged with OXE2009 for event 8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e");
        assertThat(failure).hasCause(result.failures().get(0).failure());
        assertThat(BusDelivery.logged(failure))
                .as("robust dispatch has logged them")
                .isNull();
    }

    @Test
    void anyOtherExceptionIsReducedToItsClassAndLoggedWhole() {
        IllegalStateException thrown = new IllegalStateException("learner@example.com has no account");

        assertThat(BusDelivery.reason(thrown))
                .isEqualTo("OXE7012: Delivering the event threw java.lang.IllegalStateException outside robust "
                        + "dispatch (a non-robust send, or the consumer's work cycle); the exception is logged with "
                        + "the consumer's messages");
        assertThat(BusDelivery.logged(thrown)).isSameAs(thrown);
    }

    @Test
    void theLibrarysOwnErrorsKeepTheirCodedMessage() {
        SenderValidationException invalid = new SenderValidationException(
                LearningEvents.COURSE_ENROLLMENT_CREATED,
                OpenEdxError.SEND_CONSTRAINT_VIOLATION,
                "enrollment.user: must not be null");

        assertThat(BusDelivery.reason(invalid))
                .isEqualTo("OXE2004: SenderValidationError org.openedx.learning.course.enrollment.created.v1: "
                        + "Invalid payload: enrollment.user: must not be null");
        assertThat(BusDelivery.logged(invalid)).isNull();
    }

    @Test
    void theBackoffDoublesUpToItsCap() {
        Duration first = Duration.ofMillis(500);
        Duration cap = Duration.ofSeconds(3);

        assertThat(List.of(1, 2, 3, 4, 5).stream()
                        .map(attempt ->
                                BusDelivery.delayAfter(first, cap, attempt).toMillis())
                        .toList())
                .containsExactly(500L, 1000L, 2000L, 3000L, 3000L);
    }
}
