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

import org.openedx.events.tck.Spec;
import org.openedx.events.tck.TckDeployments;
import org.openedx.events.tck.TckGroups;

/** A deployment with several broken observers reports all of them in one failure. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(TckGroups.DEPLOYMENT_FAILURE)
@Spec("README#observers-the-extension-accepts")
class EveryProblemAtOnceDeploymentTest {

    private static final String NAME = "broken-two-ways";

    @Deployment(name = NAME, managed = false, testable = false)
    static WebArchive deployment() {
        return TckDeployments.broken(NAME, UnknownTypeObserver.class, WrongPayloadObserver.class);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void everyProblemIsReportedWithItsCode() {
        assertThat(TckDeployments.deploymentFailure(deployer, NAME))
                .contains("OXE4001: ", UnknownTypeObserver.class.getName() + "#typo")
                .contains("OXE4002: ", WrongPayloadObserver.class.getName() + "#wrong");
    }
}
