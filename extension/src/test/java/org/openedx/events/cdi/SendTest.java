package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.LibraryVersion;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendOptions;
import org.openedx.events.SendResult;
import org.openedx.events.SenderValidationException;
import org.openedx.events.UnknownEventTypeException;
import org.openedx.events.cdi.support.Payloads;
import org.openedx.events.cdi.support.WeldContainers;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;

/** Sending: qualified delivery, metadata, robust and non-robust dispatch, switches, validation. */
class SendTest {

    /** Records what observers saw. */
    @Singleton
    public static class Journal {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final List<EventsMetadata> metadata = Collections.synchronizedList(new ArrayList<>());
        final List<EventDelivery> deliveries = Collections.synchronizedList(new ArrayList<>());
    }

    /** Observers of the enrollment events, ordered by priority; the second fails on mode "fail". */
    @ApplicationScoped
    public static class EnrollmentObservers {

        @Inject
        Journal journal;

        String first(
                @Observes @Priority(10) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED)
                        CourseEnrollmentData data,
                EventsMetadata metadata,
                EventDelivery delivery) {
            journal.calls.add("first");
            journal.metadata.add(metadata);
            journal.deliveries.add(delivery);
            return "first:" + data.mode();
        }

        void second(
                @Observes @Priority(20) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED)
                        CourseEnrollmentData data) {
            journal.calls.add("second");
            if (data.mode().equals("fail")) {
                throw new IllegalStateException("fake error");
            }
        }

        void third(
                @Observes @Priority(30) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED)
                        CourseEnrollmentData data) {
            journal.calls.add("third");
        }

        void changed(@Observes @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CHANGED) CourseEnrollmentData data) {
            journal.calls.add("changed");
        }

        void unenrolled(@Observes @OpenEdxEvent(LearningEvents.COURSE_UNENROLLMENT_COMPLETED) CourseEnrollmentData data)
                throws IOException {
            journal.calls.add("unenrolled");
            throw new IOException("disk full");
        }

        void registered(@Observes @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED) UserData user) {
            journal.calls.add("registered");
        }
    }

    private WeldContainer container;
    private OpenEdxEvents events;
    private Journal journal;

    @BeforeEach
    void start() {
        container = WeldContainers.start(
                Map.of("EVENTS_SERVICE_NAME", "test-service", "openedx.events.source-host", "edx.devstack.lms"),
                Journal.class,
                EnrollmentObservers.class);
        events = container.select(OpenEdxEvents.class).get();
        journal = container.select(Journal.class).get();
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void deliversOnlyToObserversOfTheSentType() {
        events.send(LearningSignals.COURSE_ENROLLMENT_CHANGED, Payloads.enrollment(1));

        assertThat(journal.calls).containsExactly("changed");
    }

    // upstream: test_tooling.py::test_send_robust_event_successfully
    @Test
    void robustSendRunsEveryObserverInPriorityOrderAndCollectsOutcomes() {
        SendResult result = events.send(
                LearningSignals.COURSE_ENROLLMENT_CREATED,
                new CourseEnrollmentData(
                        Payloads.user(1), Payloads.enrollment(1).course(), "fail", true, Payloads.TIME));

        assertThat(journal.calls).containsExactly("first", "second", "third");
        assertThat(result.sent()).isTrue();
        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactly(
                        EnrollmentObservers.class.getName() + "#first",
                        EnrollmentObservers.class.getName() + "#second",
                        EnrollmentObservers.class.getName() + "#third");
        assertThat(result.responses().get(0).response()).isEqualTo("first:fail");
        assertThat(result.responses().get(1).failure())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("fake error");
        assertThat(result.failures()).hasSize(1);
        assertThat(result.responses().get(2).failed()).isFalse();
    }

    @Test
    void observersReceiveTheMetadataOfTheirSend() {
        SendResult result = events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, Payloads.enrollment(1));

        assertThat(journal.metadata).containsExactly(result.metadata());
        assertThat(journal.deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.metadata()).isEqualTo(result.metadata());
            assertThat(delivery.signal()).isEqualTo(LearningSignals.COURSE_ENROLLMENT_CREATED);
            assertThat(delivery.fromEventBus()).isFalse();
        });
    }

    // upstream: test_tooling.py::test_generate_signal_metadata
    @Test
    void metadataCarriesTypeSourceHostLibraryVersionAndAVersionOneId() {
        EventsMetadata metadata = events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, Payloads.enrollment(1))
                .metadata();

        assertThat(metadata.eventType()).isEqualTo(LearningEvents.COURSE_ENROLLMENT_CREATED);
        assertThat(metadata.minorVersion()).isZero();
        assertThat(metadata.source()).isEqualTo("openedx/test-service/web");
        assertThat(metadata.sourceHost()).isEqualTo("edx.devstack.lms");
        assertThat(metadata.sourceLib()).isEqualTo(LibraryVersion.SOURCE_LIB).isEqualTo(java.util.List.of(11, 2, 0));
        assertThat(metadata.id().version()).isEqualTo(1);
        assertThat(metadata.time().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(metadata.time())
                .isCloseToUtcNow(org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
    }

    // upstream: test_tooling.py::test_send_event_with_time, test_generate_signal_metadata_with_valid_time
    @Test
    void explicitTimeIsKept() {
        OffsetDateTime time = OffsetDateTime.of(2023, 5, 6, 7, 8, 9, 123456000, ZoneOffset.UTC);

        SendResult result = events.send(
                LearningSignals.COURSE_ENROLLMENT_CREATED,
                Payloads.enrollment(1),
                SendOptions.defaults().withTime(time));

        assertThat(result.metadata().time()).isEqualTo(time);
        assertThat(journal.metadata).containsExactly(result.metadata());
    }

    // upstream: test_tooling.py::test_generate_signal_metadata_fails_with_invalid_time
    @Test
    void nonUtcTimeIsRejectedEvenForADisabledSignal() {
        events.disable(LearningSignals.COURSE_ENROLLMENT_CREATED);
        OffsetDateTime paris = OffsetDateTime.of(2023, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(2));

        assertThatThrownBy(() -> events.send(
                        LearningSignals.COURSE_ENROLLMENT_CREATED,
                        Payloads.enrollment(1),
                        SendOptions.defaults().withTime(paris)))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageContaining("'time' must have timezone.utc")
                .hasMessageContaining("2023-05-06T07:08:09+02:00");
        assertThat(journal.calls).isEmpty();
    }

    // upstream: test_tooling.py::test_send_event_disabled
    @Test
    void disabledSignalDeliversAndValidatesNothing() {
        events.disable(LearningSignals.COURSE_ENROLLMENT_CREATED);

        SendResult result = events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, null);

        assertThat(result.sent()).isFalse();
        assertThat(result.responses()).isEmpty();
        assertThat(events.isEnabled(LearningSignals.COURSE_ENROLLMENT_CREATED)).isFalse();
        assertThat(journal.calls).isEmpty();

        events.enable(LearningSignals.COURSE_ENROLLMENT_CREATED);
        assertThat(events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, Payloads.enrollment(1))
                        .sent())
                .isTrue();
    }

    @Test
    void disablingOneSignalLeavesTheOthersEnabled() {
        events.disable(LearningSignals.COURSE_ENROLLMENT_CREATED);

        assertThat(events.send(LearningSignals.COURSE_ENROLLMENT_CHANGED, Payloads.enrollment(1))
                        .sent())
                .isTrue();
        assertThat(journal.calls).containsExactly("changed");
    }

    @Test
    void nonRobustSendThrowsTheFirstFailureAsThrownAndStops() {
        CourseEnrollmentData failing = new CourseEnrollmentData(
                Payloads.user(1), Payloads.enrollment(1).course(), "fail", true, Payloads.TIME);

        assertThatThrownBy(() -> events.send(
                        LearningSignals.COURSE_ENROLLMENT_CREATED,
                        failing,
                        SendOptions.defaults().withRobust(false)))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("fake error");
        assertThat(journal.calls).containsExactly("first", "second");
    }

    @Test
    void nonRobustSendRethrowsACheckedExceptionUnwrapped() {
        assertThatThrownBy(() -> events.send(
                        LearningSignals.COURSE_UNENROLLMENT_COMPLETED,
                        Payloads.enrollment(1),
                        SendOptions.defaults().withRobust(false)))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("disk full");
    }

    @Test
    void robustSendCollectsACheckedException() {
        SendResult result = events.send(LearningSignals.COURSE_UNENROLLMENT_COMPLETED, Payloads.enrollment(1));

        assertThat(result.responses())
                .singleElement()
                .satisfies(r -> assertThat(r.failure()).isExactlyInstanceOf(IOException.class));
    }

    // upstream: test_tooling.py::test_send_event_allow_failure_successfully
    @Test
    void allowSendEventFailureMakesSendsOfThatSignalNonRobust() {
        events.allowSendEventFailure(LearningSignals.COURSE_UNENROLLMENT_COMPLETED);

        assertThat(events.isSendEventFailureAllowed(LearningSignals.COURSE_UNENROLLMENT_COMPLETED))
                .isTrue();
        assertThatThrownBy(() -> events.send(LearningSignals.COURSE_UNENROLLMENT_COMPLETED, Payloads.enrollment(1)))
                .isInstanceOf(IOException.class);
        assertThat(events.isSendEventFailureAllowed(LearningSignals.COURSE_ENROLLMENT_CREATED))
                .isFalse();

        events.resetSendEventFailure(LearningSignals.COURSE_UNENROLLMENT_COMPLETED);
        assertThat(events.send(LearningSignals.COURSE_UNENROLLMENT_COMPLETED, Payloads.enrollment(1))
                        .failures())
                .hasSize(1);
    }

    // upstream: test_tooling.py::test_send_event_with_custom_metadata
    @Test
    void customMetadataIsDeliveredAsGivenAndMarkedAsFromTheEventBus() {
        EventsMetadata producer =
                events.generateSignalMetadata(LearningSignals.COURSE_ENROLLMENT_CREATED, Payloads.TIME);

        SendResult result = events.sendWithCustomMetadata(
                producer, LearningSignals.COURSE_ENROLLMENT_CREATED, Payloads.enrollment(1));

        assertThat(result.metadata()).isSameAs(producer);
        assertThat(journal.metadata).containsExactly(producer);
        assertThat(journal.deliveries)
                .singleElement()
                .satisfies(d -> assertThat(d.fromEventBus()).isTrue());
    }

    @Test
    void customMetadataOfAnotherTypeIsRejected() {
        EventsMetadata other = events.generateSignalMetadata(LearningSignals.COURSE_ENROLLMENT_CHANGED);

        assertThatThrownBy(() -> events.sendWithCustomMetadata(
                        other, LearningSignals.COURSE_ENROLLMENT_CREATED, Payloads.enrollment(1)))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageContaining(LearningEvents.COURSE_ENROLLMENT_CHANGED)
                .hasMessageContaining("metadata must carry the signal's own event type");
        assertThat(journal.calls).isEmpty();
    }

    // upstream: test_tooling.py::test_invalid_sender (3 cases), with upstream's texts
    @Test
    void dynamicSendChecksArgumentsInUpstreamOrderWithUpstreamMessages() {
        String type = LearningEvents.STUDENT_REGISTRATION_COMPLETED;
        String prefix = "SenderValidationError " + type + ": ";

        assertThatThrownBy(() -> events.send(type, Map.of("student", Payloads.user(1))))
                .isInstanceOf(SenderValidationException.class)
                .hasMessage(prefix + "Missing required argument 'user'");
        assertThatThrownBy(() -> events.send(type, Map.of("user", Map.of("student", 1))))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageStartingWith(prefix + "The argument 'user' is not instance of the Class Attribute 'type'")
                .hasMessageContaining(UserData.class.getName());
        assertThatThrownBy(() -> events.send(type, Map.of("student", 1, "user", Payloads.user(1))))
                .isInstanceOf(SenderValidationException.class)
                .hasMessage(prefix + "There's a mismatch between initialization data and send_event arguments")
                .satisfies(e ->
                        assertThat(((SenderValidationException) e).eventType()).isEqualTo(type));
        assertThat(journal.calls).isEmpty();

        assertThat(events.send(type, Map.of("user", Payloads.user(1))).responses())
                .hasSize(1);
        assertThat(journal.calls).containsExactly("registered");
    }

    @Test
    void dynamicSendOfAnUnknownTypeNamesTheClosestTypes() {
        assertThatThrownBy(() -> events.send("org.openedx.learning.course.enrolment.created.v1", Map.of()))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("org.openedx.learning.course.enrolment.created.v1")
                .hasMessageContaining(LearningEvents.COURSE_ENROLLMENT_CREATED);
    }

    @Test
    void nullPayloadIsAMissingArgument() {
        assertThatThrownBy(() -> events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, null))
                .isInstanceOf(SenderValidationException.class)
                .hasMessage("SenderValidationError " + LearningEvents.COURSE_ENROLLMENT_CREATED
                        + ": Missing required argument 'enrollment'");
    }

    @Test
    void beanValidationReportsEveryViolationWithItsPathAndDeliversNothing() {
        CourseEnrollmentData bad =
                new CourseEnrollmentData(null, Payloads.enrollment(1).course(), null, true, Payloads.TIME);

        assertThatThrownBy(() -> events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, bad))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageStartingWith("SenderValidationError " + LearningEvents.COURSE_ENROLLMENT_CREATED + ": ")
                .hasMessageContaining("enrollment.mode: must not be null")
                .hasMessageContaining("enrollment.user: must not be null")
                .satisfies(
                        e -> assertThat(((SenderValidationException) e).code()).isEqualTo("OXE2004"));
        assertThat(journal.calls).isEmpty();
    }
}
