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

/** Observers the robust-dispatch interceptor cannot wrap fail the deployment, one deployment per reason. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag(TckGroups.DEPLOYMENT_FAILURE)
@Spec("README#observers-the-extension-accepts")
class UnguardableObserverDeploymentTest {

    private static final String PREFIX = "OXE4003: Observer ";
    private static final String RULE = " of an Open edX event cannot be guarded for robust dispatch because it is ";

    @Deployment(name = "broken-static", managed = false, testable = false)
    static WebArchive staticObserver() {
        return TckDeployments.broken("broken-static", StaticObserver.class);
    }

    @Deployment(name = "broken-private", managed = false, testable = false)
    static WebArchive privateObserver() {
        return TckDeployments.broken("broken-private", PrivateObserver.class);
    }

    @Deployment(name = "broken-final-method", managed = false, testable = false)
    static WebArchive finalMethodObserver() {
        return TckDeployments.broken("broken-final-method", FinalMethodObserver.class);
    }

    @Deployment(name = "broken-final-class", managed = false, testable = false)
    static WebArchive finalClassObserver() {
        return TckDeployments.broken("broken-final-class", FinalClassObserver.class);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void aStaticObserverFailsWithOxe4003() {
        assertThat(TckDeployments.deploymentFailure(deployer, "broken-static"))
                .contains(PREFIX + StaticObserver.class.getName() + "#onStatic" + RULE + "static");
    }

    @Test
    void aPrivateObserverFailsWithOxe4003() {
        assertThat(TckDeployments.deploymentFailure(deployer, "broken-private"))
                .contains(PREFIX + PrivateObserver.class.getName() + "#onPrivate" + RULE + "private");
    }

    @Test
    void aFinalObserverMethodFailsWithOxe4003() {
        assertThat(TckDeployments.deploymentFailure(deployer, "broken-final-method"))
                .contains(PREFIX + FinalMethodObserver.class.getName() + "#onFinal" + RULE + "final");
    }

    @Test
    void anObserverInAFinalClassFailsWithOxe4003() {
        assertThat(TckDeployments.deploymentFailure(deployer, "broken-final-class"))
                .contains(PREFIX + FinalClassObserver.class.getName() + "#onFinalClass" + RULE
                        + "declared in the final class " + FinalClassObserver.class.getName());
    }
}
