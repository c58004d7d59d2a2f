package org.openedx.events.tck.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.SenderValidationException;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;

/** Re-emitting an event with the metadata it came with, as event-bus consumers do. */
@ExtendWith(ArquillianExtension.class)
@Spec({"README#how-sending-works", "semantics§8"})
class CustomMetadataTest {

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(CustomMetadataTest.class);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Test
    @Spec(value = "semantics§8", upstream = "test_tooling.py::test_send_event_with_custom_metadata")
    void customMetadataIsDeliveredAsGivenAndFlaggedAsFromTheEventBus() {
        recorder.clear();
        EventsMetadata producer = events.generateSignalMetadata(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.TIME);

        SendResult result =
                events.sendWithCustomMetadata(producer, LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(1));

        assertThat(result.sent()).isTrue();
        assertThat(result.metadata()).isEqualTo(producer);
        Recorder.Call call = recorder.only("sync:1");
        assertThat(call.metadata()).isEqualTo(producer);
        assertThat(call.delivery().fromEventBus()).isTrue();
    }

    @Test
    @Spec(
            value = {"semantics§8", "semantics§11"},
            upstream = "test_data.py::test_events_metadata_to_and_from_json")
    void metadataReadBackFromJsonReachesObserversUnchanged() {
        recorder.clear();
        EventsMetadata producer = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(2))
                .metadata();

        EventsMetadata received = EventsMetadata.fromJson(producer.toJson());
        events.sendWithCustomMetadata(received, LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(2));

        assertThat(received).isEqualTo(producer);
        assertThat(recorder.calls()).extracting(Recorder.Call::metadata).containsExactly(producer, producer);
        assertThat(recorder.calls())
                .extracting(call -> call.delivery().fromEventBus())
                .containsExactly(false, true);
    }

    @Test
    @Spec("README#how-sending-works")
    void customMetadataOfAnotherEventTypeIsRejectedAndNothingIsDelivered() {
        recorder.clear();
        EventsMetadata other = events.generateSignalMetadata(LearningSignals.STUDENT_REGISTRATION_COMPLETED);

        assertThatThrownBy(() ->
                        events.sendWithCustomMetadata(other, LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(3)))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageContaining(LearningEvents.STUDENT_REGISTRATION_COMPLETED)
                .hasMessageContaining(LearningEvents.SESSION_LOGIN_COMPLETED);
        assertThat(recorder.names()).isEmpty();
    }

    @Test
    @Spec("semantics§8")
    void customMetadataForADisabledSignalIsNotDelivered() {
        recorder.clear();
        EventsMetadata producer = events.generateSignalMetadata(LearningSignals.SESSION_LOGIN_COMPLETED);
        events.disable(LearningSignals.SESSION_LOGIN_COMPLETED);
        try {
            SendResult result =
                    events.sendWithCustomMetadata(producer, LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(4));

            assertThat(result.sent()).isFalse();
            assertThat(result.metadata()).isEqualTo(producer);
            assertThat(recorder.names()).isEmpty();
        } finally {
            events.enable(LearningSignals.SESSION_LOGIN_COMPLETED);
        }
    }
}
