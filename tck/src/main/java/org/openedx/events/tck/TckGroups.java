package org.openedx.events.tck;

/**
 * The JUnit 5 tags of TCK tests that need something not every runtime has. A runner excludes a group only when
 * its runtime lacks the capability (surefire {@code excludedGroups}), and says why.
 */
public final class TckGroups {

    /**
     * Needs a JTA transaction manager behind {@code UserTransaction}, so that transactional observers
     * ({@code during = AFTER_SUCCESS}, ...) run when the transaction completes. Weld embedded has none.
     */
    public static final String JTA = "jta";

    /**
     * Deploys a broken application and expects the runtime to report the deployment failure to Arquillian's
     * {@code Deployer}, with the extension's message.
     */
    public static final String DEPLOYMENT_FAILURE = "deployment-failure";

    /**
     * Needs implicit bean archives in {@code WEB-INF/lib}: a library jar without {@code beans.xml} whose classes
     * have bean-defining annotations (CDI 4.0, section 2.11). Weld embedded only scans jars that have a
     * {@code beans.xml}.
     */
    public static final String IMPLICIT_BEAN_ARCHIVE = "implicit-bean-archive";

    /**
     * Deploys two applications at once, each with its own class loader, and runs tests inside either of them
     * ({@code @OperateOnDeployment}). Weld embedded runs every deployment on the test JVM's class path, so it has
     * one application only.
     */
    public static final String MULTIPLE_APPLICATIONS = "multiple-applications";

    private TckGroups() {}
}
