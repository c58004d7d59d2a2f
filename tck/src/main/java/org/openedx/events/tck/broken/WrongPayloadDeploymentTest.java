package org.openedx.events.tck.broken;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;
import org.openedx.events.tck.TckGroups;

/** An observer whose parameter cannot receive the event's payload class fails the deployment. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(TckGroups.DEPLOYMENT_FAILURE)
@Spec("README#observers-the-extension-accepts")
class WrongPayloadDeploymentTest {

    private static final String NAME = "broken-wrong-payload";

    @Deployment(name = NAME, managed = false, testable = false)
    static WebArchive deployment() {
        return TckDeployments.broken(NAME, WrongPayloadObserver.class);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void failsWithOxe4002NamingTheObserverAndBothTypes() {
        String failure = TckDeployments.deploymentFailure(deployer, NAME);

        assertThat(failure)
                .contains("OXE4002: Observer " + WrongPayloadObserver.class.getName() + "#wrong of Open "
                        + "edX event " + LearningEvents.COURSE_ENROLLMENT_CREATED + " declares payload "
                        + UserData.class.getName() + ", but the event carries " + CourseEnrollmentData.class.getName());
    }
}
