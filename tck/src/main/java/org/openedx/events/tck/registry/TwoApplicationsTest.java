package org.openedx.events.tck.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.SendResult;
import org.openedx.events.UnknownEventTypeException;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.spi.SignalCatalog;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;
import org.openedx.events.tck.TckGroups;
import org.openedx.events.tck.registry.alpha.AlphaCatalog;
import org.openedx.events.tck.registry.alpha.AlphaObservers;
import org.openedx.events.tck.registry.beta.BetaCatalog;
import org.openedx.events.tck.registry.beta.BetaObservers;

/**
 * Two applications in one server, each with its own {@link SignalCatalog} service (both catalog classes are in both
 * archives; the service file names one) and an observer of its own event (the other's type would fail its deployment):
 * each registry holds the built-in catalog and its application's signals only, a send by the other's type is
 * rejected as unknown, and a switch turned in one application stays in that application. The test methods run in
 * order, alternating between the two deployments, so that a switch left off in {@code alpha} is looked at from
 * {@code beta}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag(TckGroups.MULTIPLE_APPLICATIONS)
@Spec({"README#quick-start", "semantics§3", "semantics§7"})
class TwoApplicationsTest {

    private static final String ALPHA_TYPE = RegistryTypes.ALPHA;
    private static final String BETA_TYPE = RegistryTypes.BETA;
    private static final String SERVICE = "META-INF/services/" + SignalCatalog.class.getName();

    @Deployment(name = "alpha")
    static WebArchive alpha() {
        return TckDeployments.scenario("registry-alpha", TwoApplicationsTest.class)
                .addClasses(AlphaCatalog.class, BetaCatalog.class, AlphaObservers.class)
                .addAsResource(new StringAsset(AlphaCatalog.class.getName() + "\n"), SERVICE);
    }

    @Deployment(name = "beta")
    static WebArchive beta() {
        return TckDeployments.scenario("registry-beta", TwoApplicationsTest.class)
                .addClasses(AlphaCatalog.class, BetaCatalog.class, BetaObservers.class)
                .addAsResource(new StringAsset(BetaCatalog.class.getName() + "\n"), SERVICE);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Test
    @Order(1)
    @OperateOnDeployment("alpha")
    void alphaKnowsItsOwnSignalOnlyAndTurnsABuiltInSignalOff() {
        recorder.clear();

        assertThat(OpenEdxPublicSignal.getSignalByType(ALPHA_TYPE).dataType()).isEqualTo(GadgetData.class);
        assertThat(OpenEdxPublicSignal.findSignalByType(BETA_TYPE)).isEmpty();
        assertThat(OpenEdxPublicSignal.allEvents())
                .extracting(OpenEdxPublicSignal::eventType)
                .contains(ALPHA_TYPE, LearningSignals.SESSION_LOGIN_COMPLETED.eventType())
                .doesNotContain(BETA_TYPE);
        SendResult own = events.send(ALPHA_TYPE, Map.of("gadget", new GadgetData("a1")));
        assertThat(own.responses())
                .singleElement()
                .satisfies(r -> assertThat(r.response()).isEqualTo("alpha/a1"));
        assertThat(recorder.names()).containsExactly("alpha:a1");
        assertThatThrownBy(() -> events.send(BETA_TYPE, Map.of("gadget", new GadgetData("b?"))))
                .isInstanceOf(UnknownEventTypeException.class);

        // Left off for the next two tests; the last one turns it on again.
        events.disable(LearningSignals.SESSION_LOGIN_COMPLETED);
        assertThat(events.isEnabled(LearningSignals.SESSION_LOGIN_COMPLETED)).isFalse();
    }

    @Test
    @Order(2)
    @OperateOnDeployment("beta")
    void betaKnowsItsOwnSignalOnlyAndDoesNotSeeAlphasSwitch() {
        recorder.clear();

        assertThat(OpenEdxPublicSignal.getSignalByType(BETA_TYPE).dataType()).isEqualTo(GadgetData.class);
        assertThat(OpenEdxPublicSignal.findSignalByType(ALPHA_TYPE)).isEmpty();
        assertThat(OpenEdxPublicSignal.allEvents())
                .extracting(OpenEdxPublicSignal::eventType)
                .contains(BETA_TYPE)
                .doesNotContain(ALPHA_TYPE);
        SendResult own = events.send(BETA_TYPE, Map.of("gadget", new GadgetData("b1")));
        assertThat(own.responses())
                .singleElement()
                .satisfies(r -> assertThat(r.response()).isEqualTo("beta/b1"));
        assertThat(recorder.names()).containsExactly("beta:b1");
        assertThatThrownBy(() -> events.send(ALPHA_TYPE, Map.of("gadget", new GadgetData("a?"))))
                .isInstanceOf(UnknownEventTypeException.class);

        // alpha turned this signal off; here it is on, and a send of it is sent.
        assertThat(events.isEnabled(LearningSignals.SESSION_LOGIN_COMPLETED)).isTrue();
        assertThat(events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(7))
                        .sent())
                .isTrue();
    }

    @Test
    @Order(3)
    @OperateOnDeployment("alpha")
    void alphasSwitchIsStillOffAfterBetaSentThatSignal() {
        try {
            assertThat(events.isEnabled(LearningSignals.SESSION_LOGIN_COMPLETED))
                    .isFalse();
            assertThat(events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(8))
                            .sent())
                    .isFalse();
            assertThat(recorder.names()).doesNotContain("beta:b1");
        } finally {
            events.enable(LearningSignals.SESSION_LOGIN_COMPLETED);
        }
        assertThat(events.isEnabled(LearningSignals.SESSION_LOGIN_COMPLETED)).isTrue();
    }
}
