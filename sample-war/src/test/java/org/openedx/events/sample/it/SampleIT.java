package org.openedx.events.sample.it;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the ITs against the sample as built share: the WAR deployed unchanged, driven over HTTP from the client side,
 * the course they enroll learners in, and the server log of their own deployment ({@link ServerLog}, registered
 * before Arquillian so that it marks the log before the deployment).
 */
@ExtendWith({ServerLog.class, ArquillianExtension.class})
@RunAsClient
abstract class SampleIT {

    /** The course of the README's example. */
    static final String COURSE = "course-v1:edX+DemoX+Demo_Course";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SampleDeployment.war();
    }

    /** The deployment's base URL, {@code http://127.0.0.1:8080/sample/} on WildFly, {@code http://127.0.0.1:28080/sample/} on Payara Server. */
    @ArquillianResource
    URL base;
}
