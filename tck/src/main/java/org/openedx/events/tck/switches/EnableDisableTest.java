package org.openedx.events.tck.switches;

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
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;

/** The per-application switches: enabled, and allow-send-failure. */
@ExtendWith(ArquillianExtension.class)
@Spec({"README#how-sending-works", "semantics§7"})
class EnableDisableTest {

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(EnableDisableTest.class);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Test
    @Spec(
            value = {"semantics§5", "semantics§7"},
            upstream = "test_tooling.py::test_send_event_disabled")
    void aDisabledSignalValidatesAndDeliversNothingUntilEnabledAgain() {
        recorder.clear();
        events.disable(LearningSignals.SESSION_LOGIN_COMPLETED);
        try {
            assertThat(events.isEnabled(LearningSignals.SESSION_LOGIN_COMPLETED))
                    .isFalse();

            SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, null);
            SendResult dynamic = events.send(LearningEvents.SESSION_LOGIN_COMPLETED, Map.of("sender", "anything"));

            assertThat(result.sent()).isFalse();
            assertThat(result.responses()).isEmpty();
            assertThat(result.metadata().eventType()).isEqualTo(LearningEvents.SESSION_LOGIN_COMPLETED);
            assertThat(dynamic.sent()).isFalse();
            assertThat(recorder.names()).isEmpty();
        } finally {
            events.enable(LearningSignals.SESSION_LOGIN_COMPLETED);
        }
        assertThat(events.isEnabled(LearningSignals.SESSION_LOGIN_COMPLETED)).isTrue();
        assertThat(events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(1))
                        .sent())
                .isTrue();
        assertThat(recorder.names()).containsExactly("login:1");
    }

    @Test
    @Spec("semantics§7")
    void disablingOneSignalLeavesTheOthersEnabled() {
        recorder.clear();
        events.disable(LearningSignals.SESSION_LOGIN_COMPLETED);
        try {
            assertThat(events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Samples.user(2))
                            .sent())
                    .isTrue();
            assertThat(events.isEnabled(LearningSignals.STUDENT_REGISTRATION_COMPLETED))
                    .isTrue();
            assertThat(recorder.names()).containsExactly("registered:2");
        } finally {
            events.enable(LearningSignals.SESSION_LOGIN_COMPLETED);
        }
    }

    @Test
    @Spec(
            value = {"semantics§6", "semantics§7"},
            upstream = "test_tooling.py::test_send_event_allow_failure_successfully")
    void allowSendEventFailureMakesSendsOfThatSignalNonRobustUntilReset() {
        recorder.clear();
        events.allowSendEventFailure(LearningSignals.SESSION_LOGIN_COMPLETED);
        try {
            assertThat(events.isSendEventFailureAllowed(LearningSignals.SESSION_LOGIN_COMPLETED))
                    .isTrue();
            assertThat(events.isSendEventFailureAllowed(LearningSignals.STUDENT_REGISTRATION_COMPLETED))
                    .isFalse();
            assertThatThrownBy(() -> events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(13)))
                    .isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("unlucky");
        } finally {
            events.resetSendEventFailure(LearningSignals.SESSION_LOGIN_COMPLETED);
        }
        assertThat(events.isSendEventFailureAllowed(LearningSignals.SESSION_LOGIN_COMPLETED))
                .isFalse();
        assertThat(events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(13))
                        .failures())
                .hasSize(1);
        assertThat(recorder.names()).containsExactly("login:13", "login:13");
    }
}
