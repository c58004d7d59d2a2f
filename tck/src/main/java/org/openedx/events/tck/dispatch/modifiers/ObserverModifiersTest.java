package org.openedx.events.tck.dispatch.modifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendOptions;
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;
import org.openedx.events.tck.TckGroups;

/**
 * Observers whatever their modifiers: static, private and final methods, and methods of a final class, deploy, get
 * their metadata and are robust-dispatched exactly like an ordinary observer, asynchronous and transactional ones
 * too.
 */
@ExtendWith(ArquillianExtension.class)
@Spec({"README#observers-the-extension-accepts", "README#how-sending-works", "semantics§6"})
class ObserverModifiersTest {

    private static final String PREFIX = ObserverModifiersTest.class.getPackageName() + ".";

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(ObserverModifiersTest.class);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Test
    void aRobustSendRunsThemInPriorityOrderWithTheirMetadataAndCollectsTheFailure() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(13));

        assertThat(recorder.names()).containsExactly("static", "private", "final-method", "final-class", "ordinary");
        assertThat(recorder.calls())
                .allSatisfy(call -> assertThat(call.metadata()).isEqualTo(result.metadata()));
        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactly(
                        PREFIX + "StaticObserver#onStatic",
                        PREFIX + "PrivateObserver#onPrivate",
                        PREFIX + "FinalMethodObserver#onFinal",
                        PREFIX + "FinalClassObserver#onFinalClass",
                        PREFIX + "OrdinaryObserver#onOrdinary");
        assertThat(result.responses())
                .last()
                .extracting(ReceiverResponse::response)
                .isEqualTo("ordinary:13");
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.receiver()).isEqualTo(PREFIX + "PrivateObserver#onPrivate");
            assertThat(failure.failure())
                    .isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("fake error");
        });
    }

    @Test
    @Spec("semantics§6")
    void aNonRobustSendThrowsTheFailureAsThrownAndSkipsTheRest() {
        recorder.clear();

        assertThatThrownBy(() -> events.send(
                        LearningSignals.SESSION_LOGIN_COMPLETED,
                        Samples.user(13),
                        SendOptions.defaults().withRobust(false)))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("fake error");
        assertThat(recorder.names()).containsExactly("static", "private");
    }

    @Test
    @Spec("semantics§6")
    void aCheckedExceptionIsCollectedWhenRobustAndThrownUnwrappedWhenNot() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Samples.user(1));

        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.receiver()).isEqualTo(PREFIX + "StaticObserver#onRegistered");
            assertThat(failure.failure()).isExactlyInstanceOf(IOException.class).hasMessage("disk full");
        });
        assertThatThrownBy(() -> events.send(
                        LearningSignals.STUDENT_REGISTRATION_COMPLETED,
                        Samples.user(1),
                        SendOptions.defaults().withRobust(false)))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("disk full");
    }

    @Test
    @Spec("README#how-sending-works")
    void anAsynchronousPrivateObserverGetsItsMetadataAndItsFailureIsCollected() throws Exception {
        recorder.clear();

        SendResult result = events.sendAsync(LearningSignals.COURSE_ENROLLMENT_CHANGED, Samples.enrollment(1, "fail"))
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);

        assertThat(recorder.only("async-private").metadata()).isEqualTo(result.metadata());
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.receiver()).isEqualTo(PREFIX + "PrivateObserver#onChanged");
            assertThat(failure.failure())
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("async failure");
        });
    }

    @Test
    @Spec("README#observers-the-extension-accepts")
    void withoutATransactionAPrivateAfterSuccessObserverRunsDuringTheSend() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, Samples.enrollment(2, "audit"));

        assertThat(recorder.only("after-success-private").metadata()).isEqualTo(result.metadata());
        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactly(PREFIX + "PrivateObserver#afterSuccess");
    }

    @Test
    @Tag(TckGroups.JTA)
    @Spec("README#observers-the-extension-accepts")
    void aPrivateAfterSuccessObserverRunsOnCommitWithTheMetadataOfItsSend() throws Exception {
        recorder.clear();
        UserTransaction transaction = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        transaction.begin();
        SendResult result;
        try {
            result = events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, Samples.enrollment(3, "audit"));
            assertThat(recorder.names()).isEmpty();
        } catch (RuntimeException | Error e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();

        Recorder.Call call = recorder.only("after-success-private");
        assertThat(call.metadata()).isEqualTo(result.metadata());
        assertThat(call.delivery().metadata()).isEqualTo(result.metadata());
        assertThat(call.delivery().fromEventBus()).isFalse();
    }
}
