package org.openedx.events.tck.libjar;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendResult;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.Samples;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;
import org.openedx.events.tck.libjar.explicit.LibraryObservers;

/** Observers in a library jar of the application are checked, guarded and given metadata like any other. */
@ExtendWith(ArquillianExtension.class)
@Spec({"README#quick-start", "README#observers-the-extension-accepts"})
class LibraryJarObserverTest {

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(LibraryJarObserverTest.class)
                .addAsLibraries(TckDeployments.beanLibrary("observers.jar", true, LibraryObservers.class));
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Test
    void anObserverInALibraryJarReceivesItsEventsWithTheirMetadata() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(1));

        assertThat(result.responses()).singleElement().satisfies(response -> {
            assertThat(response.receiver()).isEqualTo(LibraryObservers.class.getName() + "#onLogin");
            assertThat(response.response()).isEqualTo("explicit-lib");
        });
        assertThat(recorder.only("explicit-lib:1").metadata()).isEqualTo(result.metadata());
    }

    @Test
    void aFailingObserverInALibraryJarIsGuarded() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(13));

        assertThat(result.failures())
                .extracting(ReceiverResponse::receiver)
                .containsExactly(LibraryObservers.class.getName() + "#onLogin");
    }
}
