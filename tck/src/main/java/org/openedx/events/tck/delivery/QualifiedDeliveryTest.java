package org.openedx.events.tck.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;

/** The {@code @OpenEdxEvent} qualifier selects observers by event type, not by payload class. */
@ExtendWith(ArquillianExtension.class)
@Spec({"README#quick-start", "README#observers-the-extension-accepts"})
class QualifiedDeliveryTest {

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(QualifiedDeliveryTest.class);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Inject
    @Any
    Event<Object> cdiEvents;

    @Test
    @Spec("README#quick-start")
    void anObserverOfOneTypeNeverSeesAnotherTypesEvents() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.COURSE_ENROLLMENT_CHANGED, Samples.enrollment(1, "audit"));

        assertThat(recorder.names()).containsExactly("changed:audit");
        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactly(DeliveryObservers.class.getName() + "#onChanged");
    }

    @Test
    @Spec("README#quick-start")
    void twoTypesWithTheSamePayloadClassEachReachOnlyTheirObservers() {
        recorder.clear();

        events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, Samples.enrollment(1, "verified"));
        events.send(LearningSignals.COURSE_ENROLLMENT_CHANGED, Samples.enrollment(1, "audit"));
        events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, Samples.enrollment(2, "honor"));

        assertThat(recorder.names()).containsExactly("created:verified", "changed:audit", "created:honor");
    }

    @Test
    @Spec("README#observers-the-extension-accepts")
    void anUnqualifiedObserverReceivesEveryEventOfItsPayloadClassAndIsGuarded() {
        recorder.clear();

        SendResult login = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(13));
        SendResult registration = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Samples.user(14));

        assertThat(recorder.names()).containsExactlyInAnyOrder("login:13", "any-user:13", "any-user:14");
        assertThat(login.responses()).hasSize(2);
        assertThat(login.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.receiver()).isEqualTo(UnqualifiedObserver.class.getName() + "#onAnyUser");
            assertThat(failure.failure())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("unlucky");
        });
        assertThat(registration.responses()).singleElement().satisfies(response -> {
            assertThat(response.receiver()).isEqualTo(UnqualifiedObserver.class.getName() + "#onAnyUser");
            assertThat(response.failed()).isFalse();
        });
    }

    @Test
    @Spec("README#how-sending-works")
    void aPlainCdiFireReachesTheQualifiedObserversWithFreshMetadataButNoRobustDispatch() {
        recorder.clear();
        Event<Object> login = cdiEvents.select(OpenEdxEvent.Literal.of(LearningEvents.SESSION_LOGIN_COMPLETED));

        login.fire(Samples.user(1));

        assertThat(recorder.names()).containsExactlyInAnyOrder("login:1", "any-user:1");
        assertThat(recorder.only("login:1").metadata()).satisfies(metadata -> {
            assertThat(metadata.eventType()).isEqualTo(LearningEvents.SESSION_LOGIN_COMPLETED);
            assertThat(metadata.id().version()).isEqualTo(1);
        });
        assertThatThrownBy(() -> login.fire(Samples.user(13))).hasMessageContaining("unlucky");
    }

    @Test
    @Spec("README#how-sending-works")
    void aPlainFireFromInsideAnObserverIsNeitherCollectedByNorContainedInTheSurroundingSend() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.COURSE_UNENROLLMENT_COMPLETED, Samples.enrollment(1, "fail"));

        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactly(NestingObservers.class.getName() + "#onUnenrollment");
        assertThat(result.failures()).isEmpty();
        assertThat(recorder.names())
                .containsExactly("unenrolled:fail", "changed:fail", "plain-fire-failed:change observer failure");
    }
}
