package org.openedx.events.tck.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendOptions;
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;
import org.openedx.events.testing.EnableOpenEdxEvents;

/** Robust and non-robust dispatch, the responses of every observer and their order. */
@ExtendWith(ArquillianExtension.class)
@Spec({"README#how-sending-works", "semantics§5", "semantics§6"})
class RobustDispatchTest {

    private static final String OBSERVERS = OrderedObservers.class.getName();

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(RobustDispatchTest.class);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Test
    @Spec(
            value = {"README#how-sending-works", "semantics§6"},
            upstream = "test_tooling.py::test_send_robust_event_successfully")
    void aRobustSendRunsEveryObserverInPriorityOrderAndCollectsEveryOutcome() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, Samples.enrollment(1, "fail"));

        assertThat(recorder.names()).containsExactly("first", "second", "third");
        assertThat(result.sent()).isTrue();
        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactly(OBSERVERS + "#first", OBSERVERS + "#second", OBSERVERS + "#third");
        assertThat(result.responses()).extracting(ReceiverResponse::response).containsExactly("first:fail", null, 3);
        assertThat(result.responses().get(1).failure())
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("fake error");
        assertThat(result.failures()).extracting(ReceiverResponse::receiver).containsExactly(OBSERVERS + "#second");
        assertThat(result.hasFailures()).isTrue();
    }

    @Test
    @Spec("semantics§5")
    void aSendWithoutFailuresReportsEveryResponse() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, Samples.enrollment(1, "audit"));

        assertThat(result.hasFailures()).isFalse();
        assertThat(result.responses()).extracting(ReceiverResponse::response).containsExactly("first:audit", null, 3);
    }

    @Test
    @Spec("semantics§6")
    void aNonRobustSendThrowsTheFirstFailureAsThrownAndSkipsTheRest() {
        recorder.clear();

        assertThatThrownBy(() -> events.send(
                        LearningSignals.COURSE_ENROLLMENT_CREATED,
                        Samples.enrollment(1, "fail"),
                        SendOptions.defaults().withRobust(false)))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("fake error");
        assertThat(recorder.names()).containsExactly("first", "second");
    }

    @Test
    @Spec("semantics§6")
    void aCheckedExceptionIsCollectedWhenRobustAndThrownUnwrappedWhenNot() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.COURSE_UNENROLLMENT_COMPLETED, Samples.enrollment(1, "audit"));

        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.receiver()).isEqualTo(OBSERVERS + "#unenrolled");
            assertThat(failure.failure()).isExactlyInstanceOf(IOException.class).hasMessage("disk full");
        });
        assertThatThrownBy(() -> events.send(
                        LearningSignals.COURSE_UNENROLLMENT_COMPLETED,
                        Samples.enrollment(1, "audit"),
                        SendOptions.defaults().withRobust(false)))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("disk full");
    }

    @Test
    @EnableOpenEdxEvents(LearningEvents.COURSE_ENROLLMENT_CREATED)
    @Spec(
            value = {"semantics§7", "README#testing-your-observers"},
            upstream = "test_tooling.py::test_send_event_allow_failure_successfully")
    void underTheTestingHelperObserverFailuresReachTheSender() {
        recorder.clear();

        assertThatThrownBy(() -> events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, Samples.enrollment(1, "fail")))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("fake error");
        assertThat(recorder.names()).containsExactly("first", "second");
    }

    @Test
    @Spec("README#how-sending-works")
    void anAsynchronousRobustSendCollectsFailuresAndRunsEveryObserver() throws Exception {
        recorder.clear();

        SendResult result = events.sendAsync(LearningSignals.COURSE_ENROLLMENT_CHANGED, Samples.enrollment(1, "fail"))
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);

        assertThat(recorder.names()).containsExactlyInAnyOrder("async-first", "async-second");
        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactlyInAnyOrder(OBSERVERS + "#asyncFirst", OBSERVERS + "#asyncSecond");
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.receiver()).isEqualTo(OBSERVERS + "#asyncFirst");
            assertThat(failure.failure())
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("async failure");
        });
    }

    @Test
    @Spec("README#how-sending-works")
    void anAsynchronousNonRobustSendFailsItsStageWithTheObserversException() {
        recorder.clear();

        var stage = events.sendAsync(
                        LearningSignals.COURSE_ENROLLMENT_CHANGED,
                        Samples.enrollment(1, "fail"),
                        SendOptions.defaults().withRobust(false))
                .toCompletableFuture();

        assertThat(stage)
                .failsWithin(Duration.ofSeconds(30))
                .withThrowableOfType(ExecutionException.class)
                .havingRootCause()
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .withMessage("async failure");
    }
}
