package org.openedx.events.tck.libjar;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
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
import org.openedx.events.tck.TckGroups;
import org.openedx.events.tck.libjar.explicit.LibraryObservers;
import org.openedx.events.tck.libjar.implicit.ImplicitLibraryObservers;

/**
 * Observers in a library jar without {@code beans.xml} (an implicit bean archive, as most libraries are) are found
 * and guarded too, next to those of an explicit bean archive.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(TckGroups.IMPLICIT_BEAN_ARCHIVE)
@Spec({"README#quick-start", "README#observers-the-extension-accepts"})
class ImplicitLibraryJarObserverTest {

    @Deployment
    static WebArchive deployment() {
        return TckDeployments.scenario(ImplicitLibraryJarObserverTest.class)
                .addAsLibraries(TckDeployments.beanLibrary("observers.jar", true, LibraryObservers.class))
                .addAsLibraries(
                        TckDeployments.beanLibrary("implicit-observers.jar", false, ImplicitLibraryObservers.class));
    }

    @Inject
    OpenEdxEvents events;

    @Inject
    Recorder recorder;

    @Test
    void observersInAnImplicitBeanArchiveAreGuardedAndGetTheirMetadata() {
        recorder.clear();

        SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Samples.user(13));

        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactly(
                        ImplicitLibraryObservers.class.getName() + "#onLogin",
                        LibraryObservers.class.getName() + "#onLogin");
        assertThat(result.failures()).hasSize(2);
        assertThat(recorder.only("implicit-lib:13").metadata()).isEqualTo(result.metadata());
        assertThat(recorder.names()).containsExactly("implicit-lib:13", "explicit-lib:13");
    }
}
