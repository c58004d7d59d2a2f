package org.openedx.events.tck.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.SenderValidationException;
import org.openedx.events.UnknownEventTypeException;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;

/** Send-time validation: upstream's argument checks and messages, then Bean Validation; nothing is delivered. */
@ExtendWith(ArquillianExtension.class)
@Spec({"README#how-sending-works", "README#errors", "semantics§5"})
class SendValidationTest {

    private static final String REGISTRATION = LearningEvents.STUDENT_REGISTRATION_COMPLETED;
    private static final String PREFIX = "SenderValidationError " + REGISTRATION + ": ";

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(SendValidationTest.class);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Test
    @Spec("semantics§5")
    void aMissingPayloadIsRejectedWithUpstreamsMessage() {
        recorder.clear();

        assertThatThrownBy(() -> events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, null))
                .isInstanceOf(SenderValidationException.class)
                .hasMessage(PREFIX + "Missing required argument 'user'")
                .satisfies(e ->
                        assertThat(((SenderValidationException) e).eventType()).isEqualTo(REGISTRATION));
        assertThat(recorder.names()).isEmpty();
    }

    @Test
    @Spec("semantics§5")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aPayloadOfAnotherClassIsRejectedWithUpstreamsMessage() {
        recorder.clear();
        OpenEdxPublicSignal raw = LearningSignals.STUDENT_REGISTRATION_COMPLETED;

        assertThatThrownBy(() -> events.send(raw, Samples.enrollment(1, "audit")))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageStartingWith(PREFIX + "The argument 'user' is not instance of the Class Attribute 'type'")
                .hasMessageContaining(UserData.class.getName())
                .hasMessageContaining(CourseEnrollmentData.class.getName());
        assertThat(recorder.names()).isEmpty();
    }

    @Test
    @Spec(value = "semantics§5", upstream = "test_tooling.py::test_invalid_sender")
    void theDynamicSendChecksItsArgumentsInUpstreamsOrderWithUpstreamsMessages() {
        recorder.clear();

        assertThatThrownBy(() -> events.send(REGISTRATION, Map.of("student", Samples.user(1))))
                .isInstanceOf(SenderValidationException.class)
                .hasMessage(PREFIX + "Missing required argument 'user'");
        assertThatThrownBy(() -> events.send(REGISTRATION, Map.of("user", Map.of("student", 1))))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageStartingWith(PREFIX + "The argument 'user' is not instance of the Class Attribute 'type'");
        assertThatThrownBy(() -> events.send(REGISTRATION, Map.of("student", 1, "user", Samples.user(1))))
                .isInstanceOf(SenderValidationException.class)
                .hasMessage(PREFIX + "There's a mismatch between initialization data and send_event arguments");
        assertThat(recorder.names()).isEmpty();

        assertThat(events.send(REGISTRATION, Map.of("user", Samples.user(1))).responses())
                .hasSize(1);
        assertThat(recorder.names()).containsExactly("registered:1");
    }

    @Test
    @Spec(value = "semantics§3", upstream = "test_tooling.py::test_get_signal_by_type")
    void aDynamicSendOfAnUnknownTypeNamesTheClosestKnownTypes() {
        String typo = "org.openedx.learning.student.registration.complete.v1";

        assertThatThrownBy(() -> events.send(typo, Map.of("user", Samples.user(1))))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining(typo)
                .satisfies(e -> assertThat(((UnknownEventTypeException) e).closestTypes())
                        .first()
                        .isEqualTo(REGISTRATION));
    }

    @Test
    @Spec("README#how-sending-works")
    void beanValidationRejectsAnInvalidPayloadWithEveryViolationAndDeliversNothing() {
        recorder.clear();
        CourseEnrollmentData invalid = new CourseEnrollmentData(
                new UserData(1, true, null), new CourseData(CourseKey.parse(Samples.COURSE)), null, true, Samples.TIME);

        assertThatThrownBy(() -> events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, invalid))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageContaining("Invalid payload")
                .hasMessageContaining("enrollment.mode")
                .hasMessageContaining("enrollment.user.pii")
                .satisfies(
                        e -> assertThat(((SenderValidationException) e).code()).isEqualTo("OXE2004"));
        assertThat(recorder.names()).isEmpty();
    }
}
