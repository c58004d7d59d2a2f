package org.openedx.events.tck.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;

/** A send from inside an observer is a send of its own: its own metadata, its own responses. */
@ExtendWith(ArquillianExtension.class)
@Spec("README#how-sending-works")
class NestedSendTest {

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(NestedSendTest.class);
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    ChainObservers chain;

    @Test
    void aNestedSendGetsItsOwnResponsesAndMetadataAndTheOuterSendKeepsItsOwn() {
        chain.clear();

        SendResult outer = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(7));

        assertThat(outer.failures()).isEmpty();
        assertThat(outer.responses()).singleElement().satisfies(response -> {
            assertThat(response.receiver()).isEqualTo(ChainObservers.class.getName() + "#onLogin");
            assertThat(response.response()).isEqualTo(7L);
        });
        assertThat(chain.innerResponses().get(7L))
                .containsExactly(ChainObservers.class.getName() + "#onRegistration="
                        + LearningEvents.STUDENT_REGISTRATION_COMPLETED + "#7");
        assertThat(chain.innerMetadata().get(7L).eventType()).isEqualTo(LearningEvents.STUDENT_REGISTRATION_COMPLETED);
        assertThat(chain.innerMetadata().get(7L).id())
                .isNotEqualTo(outer.metadata().id());
    }
}
