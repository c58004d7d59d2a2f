package org.openedx.events.tck.helper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;
import org.openedx.events.testing.EnableOpenEdxEvents;
import org.openedx.events.testing.OpenEdxEventsIsolation;

/**
 * The testing helper in a container: during an annotated test only the listed events are enabled and their
 * observer failures reach the sender; afterwards every event is enabled and robust again. The tests run in order
 * so that the later ones see what the earlier ones left behind.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Spec({"README#testing-your-observers", "semantics§12"})
class EnableOpenEdxEventsTest {

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(EnableOpenEdxEventsTest.class);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Test
    @Order(1)
    @EnableOpenEdxEvents(LearningEvents.SESSION_LOGIN_COMPLETED)
    @Spec(value = "semantics§12", upstream = "test_utils.py::test_teardown_re_enables_events_after_subset_enabled")
    void duringTheTestOnlyTheListedEventsAreEnabledAndTheirFailuresSurface() {
        recorder.clear();

        assertThat(events.isEnabled(LearningSignals.SESSION_LOGIN_COMPLETED)).isTrue();
        assertThat(events.isSendEventFailureAllowed(LearningSignals.SESSION_LOGIN_COMPLETED))
                .isTrue();
        assertThat(OpenEdxPublicSignal.allEvents())
                .filteredOn(signal -> !signal.equals(LearningSignals.SESSION_LOGIN_COMPLETED))
                .allSatisfy(signal -> assertThat(events.isEnabled(signal))
                        .as(signal.eventType())
                        .isFalse());
        assertThatThrownBy(() -> events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(1)))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("login observer failure");
        assertThat(events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Samples.user(1))
                        .sent())
                .isFalse();
        assertThat(recorder.names()).containsExactly("login:1");
    }

    @Test
    @Order(2)
    @Spec(
            value = "semantics§12",
            upstream = {
                "test_utils.py::test_teardown_re_enables_events_after_subset_enabled",
                "test_utils.py::test_teardown_re_enables_all_events"
            })
    void afterTheTestEveryEventIsEnabledAndRobustAgain() {
        assertEverythingEnabledAndRobust();
    }

    @Test
    @Order(3)
    @EnableOpenEdxEvents
    @Spec(value = "semantics§12", upstream = "test_utils.py::test_teardown_re_enables_all_events")
    void anEmptyListDisablesEveryEvent() {
        assertThat(OpenEdxPublicSignal.allEvents())
                .allSatisfy(signal -> assertThat(events.isEnabled(signal))
                        .as(signal.eventType())
                        .isFalse());
    }

    @Test
    @Order(4)
    @Spec(value = "semantics§12", upstream = "test_utils.py::test_teardown_re_enables_all_events")
    void afterAnEmptyListEveryEventIsEnabledAgain() {
        assertEverythingEnabledAndRobust();
    }

    @Test
    @Order(5)
    @Spec("semantics§12")
    void anUnknownTypeIsRefusedWithUpstreamsMessageNamingTheClosestTypes() {
        String typo = "org.openedx.learning.auth.session.login.complete.v1";

        assertThatThrownBy(() -> OpenEdxEventsIsolation.startEventsIsolation(
                        events, LearningEvents.STUDENT_REGISTRATION_COMPLETED, typo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("You tried to enable event '" + typo + "', but I don't recognize that signal "
                        + "type. Did you mean one of these?: ['" + LearningEvents.SESSION_LOGIN_COMPLETED + "'");
        assertEverythingEnabledAndRobust();
    }

    private void assertEverythingEnabledAndRobust() {
        assertThat(OpenEdxPublicSignal.allEvents()).allSatisfy(signal -> {
            assertThat(events.isEnabled(signal)).as(signal.eventType()).isTrue();
            assertThat(events.isSendEventFailureAllowed(signal))
                    .as(signal.eventType())
                    .isFalse();
        });
    }
}
