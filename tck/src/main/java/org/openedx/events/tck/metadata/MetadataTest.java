package org.openedx.events.tck.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.EventsMetadata;
import org.openedx.events.LibraryVersion;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendOptions;
import org.openedx.events.SendResult;
import org.openedx.events.SenderValidationException;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;

/** Every send has OEP-41 metadata, and its observers, synchronous or not, get exactly that metadata. */
@ExtendWith(ArquillianExtension.class)
@Spec({"README#how-sending-works", "semantics§4", "semantics§11"})
class MetadataTest {

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(MetadataTest.class);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Test
    @Spec(value = "README#quick-start", upstream = "test_tooling.py::test_send_robust_event_successfully")
    void aSynchronousObserverGetsTheMetadataOfItsSend() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(1));

        Recorder.Call call = recorder.only("sync:1");
        assertThat(call.metadata()).isEqualTo(result.metadata());
        assertThat(call.delivery().metadata()).isEqualTo(result.metadata());
        assertThat(call.delivery().signal()).isEqualTo(LearningSignals.SESSION_LOGIN_COMPLETED);
        assertThat(call.delivery().fromEventBus()).isFalse();
        assertThat(call.thread()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    @Spec("README#how-sending-works")
    void anAsynchronousObserverGetsTheMetadataOfItsSendOnAnotherThread() throws Exception {
        recorder.clear();

        SendResult result = events.sendAsync(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(2))
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);

        assertThat(recorder.names()).containsExactly("async:2");
        Recorder.Call call = recorder.only("async:2");
        assertThat(call.metadata()).isEqualTo(result.metadata());
        assertThat(call.delivery().metadata()).isEqualTo(result.metadata());
        assertThat(call.delivery().fromEventBus()).isFalse();
        assertThat(call.thread()).isNotEqualTo(Thread.currentThread().getName());
        assertThat(result.responses())
                .singleElement()
                .satisfies(response ->
                        assertThat(response.receiver()).isEqualTo(MetadataObservers.class.getName() + "#onLoginAsync"));
    }

    @Test
    @Spec(
            value = {"semantics§4", "semantics§11"},
            upstream = "test_tooling.py::test_generate_signal_metadata")
    void metadataCarriesTheTypeSourceHostLibraryVersionTimeAndAVersionOneId() {
        SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(3));
        EventsMetadata metadata = result.metadata();

        assertThat(metadata.eventType()).isEqualTo(LearningEvents.SESSION_LOGIN_COMPLETED);
        assertThat(metadata.minorVersion()).isEqualTo(LearningSignals.SESSION_LOGIN_COMPLETED.minorVersion());
        assertThat(metadata.source()).matches("openedx/[^/]+/web");
        assertThat(metadata.sourceHost()).isNotBlank();
        assertThat(metadata.sourceLib()).isEqualTo(LibraryVersion.SOURCE_LIB);
        assertThat(metadata.id().version()).isEqualTo(1);
        assertThat(metadata.time().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(metadata.time()).isCloseToUtcNow(within(1, ChronoUnit.MINUTES));
        assertThat(metadata.time().getNano() % 1000).isZero();
    }

    @Test
    @Spec("semantics§4")
    void everySendHasItsOwnId() {
        EventsMetadata first = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(4))
                .metadata();
        EventsMetadata second = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(4))
                .metadata();
        EventsMetadata generated = events.generateSignalMetadata(LearningSignals.SESSION_LOGIN_COMPLETED);

        assertThat(first.id()).isNotEqualTo(second.id()).isNotEqualTo(generated.id());
        assertThat(generated.eventType()).isEqualTo(LearningEvents.SESSION_LOGIN_COMPLETED);
    }

    @Test
    @Spec(
            value = "semantics§4",
            upstream = {
                "test_tooling.py::test_send_event_with_time",
                "test_tooling.py::test_generate_signal_metadata_with_valid_time"
            })
    void anExplicitUtcTimeIsKept() {
        recorder.clear();
        OffsetDateTime time = OffsetDateTime.of(2023, 5, 6, 7, 8, 9, 123456000, ZoneOffset.UTC);

        SendResult result = events.send(
                LearningSignals.SESSION_LOGIN_COMPLETED,
                Samples.user(5),
                SendOptions.defaults().withTime(time));

        assertThat(result.metadata().time()).isEqualTo(time);
        assertThat(recorder.only("sync:5").metadata().time()).isEqualTo(time);
        assertThat(events.generateSignalMetadata(LearningSignals.SESSION_LOGIN_COMPLETED, time)
                        .time())
                .isEqualTo(time);
    }

    @Test
    @Spec(
            value = {"semantics§4", "semantics§5"},
            upstream = "test_tooling.py::test_generate_signal_metadata_fails_with_invalid_time")
    void aNonUtcTimeIsRejectedEvenWhenTheSignalIsDisabled() {
        recorder.clear();
        OffsetDateTime paris = OffsetDateTime.of(2023, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(2));
        events.disable(LearningSignals.SESSION_LOGIN_COMPLETED);
        try {
            assertThatThrownBy(() -> events.send(
                            LearningSignals.SESSION_LOGIN_COMPLETED,
                            Samples.user(6),
                            SendOptions.defaults().withTime(paris)))
                    .isInstanceOf(SenderValidationException.class)
                    .hasMessageContaining("'time' must have timezone.utc")
                    .hasMessageContaining("2023-05-06T07:08:09+02:00");
        } finally {
            events.enable(LearningSignals.SESSION_LOGIN_COMPLETED);
        }
        assertThatThrownBy(() -> events.generateSignalMetadata(LearningSignals.SESSION_LOGIN_COMPLETED, paris))
                .isInstanceOf(SenderValidationException.class);
        assertThat(recorder.names()).isEmpty();
    }
}
