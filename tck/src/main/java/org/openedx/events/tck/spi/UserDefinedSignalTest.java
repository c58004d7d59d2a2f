package org.openedx.events.tck.spi;

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
import org.openedx.events.SendResult;
import org.openedx.events.SenderValidationException;
import org.openedx.events.spi.SignalCatalog;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;

/** Signals an application defines through the {@link SignalCatalog} service work like the built-in ones. */
@ExtendWith(ArquillianExtension.class)
@Spec({"README#quick-start", "semantics§2", "semantics§3"})
class UserDefinedSignalTest {

    static final String SERVICE = "META-INF/services/" + SignalCatalog.class.getName();

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(UserDefinedSignalTest.class).addAsResource(SERVICE);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Test
    @Spec(
            value = "semantics§3",
            upstream = {
                "test_tooling.py::test_get_signal_by_type",
                "test_tooling.py::TestLoadAllSignals::test_load_all_signals"
            })
    void aUserDefinedSignalIsKnownToTheRegistry() {
        OpenEdxPublicSignal<?> signal = OpenEdxPublicSignal.getSignalByType(TckSignalCatalog.WIDGET_PUBLISHED);

        assertThat(signal).isEqualTo(TckSignalCatalog.WIDGET_PUBLISHED_SIGNAL);
        assertThat(signal.dataType()).isEqualTo(WidgetData.class);
        assertThat(signal.eventKeyField()).contains("widget.name");
        assertThat(OpenEdxPublicSignal.allEvents()).contains(TckSignalCatalog.WIDGET_PUBLISHED_SIGNAL);
        assertThat(signal.toString()).contains(TckSignalCatalog.WIDGET_PUBLISHED);
    }

    @Test
    @Spec("README#how-sending-works")
    void aUserDefinedSignalIsDeliveredRobustlyWithItsMetadata() {
        recorder.clear();

        SendResult ok = events.send(TckSignalCatalog.WIDGET_PUBLISHED_SIGNAL, new WidgetData("gear", 3));
        SendResult failed = events.send(TckSignalCatalog.WIDGET_PUBLISHED_SIGNAL, new WidgetData("broken", 0));

        assertThat(ok.responses()).singleElement().satisfies(response -> {
            assertThat(response.receiver()).isEqualTo(WidgetObservers.class.getName() + "#onPublished");
            assertThat(response.response()).isEqualTo("gear/3");
        });
        assertThat(recorder.only("widget:gear").metadata()).isEqualTo(ok.metadata());
        assertThat(ok.metadata().eventType()).isEqualTo(TckSignalCatalog.WIDGET_PUBLISHED);
        assertThat(recorder.only("widget:gear").delivery().signal())
                .isEqualTo(TckSignalCatalog.WIDGET_PUBLISHED_SIGNAL);
        assertThat(failed.failures())
                .singleElement()
                .satisfies(response -> assertThat(response.failure()).hasMessage("broken widget"));
    }

    @Test
    @Spec(value = "semantics§5", upstream = "test_tooling.py::test_invalid_sender")
    void aUserDefinedSignalCanBeSentByTypeWithUpstreamsChecks() {
        recorder.clear();

        SendResult result = events.send(TckSignalCatalog.WIDGET_PUBLISHED, Map.of("widget", new WidgetData("cog", 1)));

        assertThat(result.responses()).hasSize(1);
        assertThat(recorder.names()).containsExactly("widget:cog");
        assertThatThrownBy(() -> events.send(TckSignalCatalog.WIDGET_PUBLISHED, Map.of("gadget", "x")))
                .isInstanceOf(SenderValidationException.class)
                .hasMessage("SenderValidationError " + TckSignalCatalog.WIDGET_PUBLISHED
                        + ": Missing required argument 'widget'");
    }
}
