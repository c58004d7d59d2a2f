package org.openedx.events.tck.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;
import org.openedx.events.tck.TckGroups;

/**
 * Transactional observers of Open edX events, with a real JTA transaction: they run when the transaction
 * completes, after the send has returned, and still see the metadata of their send.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(TckGroups.JTA)
@Spec("README#how-sending-works")
class TransactionalObserverTest {

    private static final String OBSERVERS = TransactionalObservers.class.getName();

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(TransactionalObserverTest.class);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Inject
    UserTransaction transaction;

    @Test
    void afterSuccessObserversRunWhenTheTransactionCommitsAndNotBefore() throws Exception {
        recorder.clear();
        transaction.begin();
        SendResult result;
        try {
            result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Samples.user(1));
            assertThat(recorder.names()).containsExactly("in-progress:1");
        } catch (RuntimeException | Error e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();

        assertThat(recorder.names()).containsExactly("in-progress:1", "after-success:1");
        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactly(OBSERVERS + "#inProgress");
    }

    @Test
    void afterFailureObserversRunWhenTheTransactionRollsBack() throws Exception {
        recorder.clear();
        transaction.begin();
        try {
            events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Samples.user(2));
        } finally {
            transaction.rollback();
        }

        assertThat(recorder.names()).containsExactly("in-progress:2", "after-failure:2");
    }

    @Test
    void aTransactionalObserverGetsTheMetadataOfItsSend() throws Exception {
        recorder.clear();
        transaction.begin();
        SendResult result;
        try {
            result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Samples.user(3));
        } catch (RuntimeException | Error e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();

        Recorder.Call afterSuccess = recorder.only("after-success:3");
        assertThat(afterSuccess.metadata()).isEqualTo(result.metadata());
        assertThat(afterSuccess.delivery().metadata()).isEqualTo(result.metadata());
        assertThat(afterSuccess.delivery().fromEventBus()).isFalse();
    }

    @Test
    void aTransactionalObserverOfAReEmittedEventSeesItsMetadataAndThatItCameFromTheEventBus() throws Exception {
        recorder.clear();
        EventsMetadata producer = events.generateSignalMetadata(LearningSignals.STUDENT_REGISTRATION_COMPLETED);
        transaction.begin();
        try {
            events.sendWithCustomMetadata(producer, LearningSignals.STUDENT_REGISTRATION_COMPLETED, Samples.user(5));
        } catch (RuntimeException | Error e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();

        Recorder.Call afterSuccess = recorder.only("after-success:5");
        assertThat(afterSuccess.metadata()).isEqualTo(producer);
        assertThat(afterSuccess.delivery().fromEventBus()).isTrue();
    }

    @Test
    void aFailingAfterSuccessObserverAffectsNeitherTheCommitNorTheSendResult() throws Exception {
        recorder.clear();
        transaction.begin();
        SendResult result;
        try {
            result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Samples.user(13));
        } catch (RuntimeException | Error e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();

        assertThat(transaction.getStatus()).isEqualTo(Status.STATUS_NO_TRANSACTION);
        assertThat(recorder.names()).containsExactly("in-progress:13", "after-success:13");
        assertThat(result.hasFailures()).isFalse();
    }

    /** CDI 4.0, section 10.5: with no transaction in progress, transactional observers are called at once. */
    @Test
    void withoutATransactionTransactionalObserversRunDuringTheSend() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Samples.user(4));

        assertThat(recorder.names()).containsExactlyInAnyOrder("in-progress:4", "after-success:4", "after-failure:4");
        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactlyInAnyOrder(
                        OBSERVERS + "#inProgress", OBSERVERS + "#afterSuccess", OBSERVERS + "#afterFailure");
        assertThat(recorder.only("after-success:4").metadata()).isEqualTo(result.metadata());
    }
}
