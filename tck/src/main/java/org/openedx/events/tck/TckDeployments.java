package org.openedx.events.tck;

import java.io.File;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import org.openedx.events.OpenEdxEvents;
import org.openedx.events.testing.EnableOpenEdxEvents;

/**
 * Builds the archives of TCK scenarios: a web archive with the scenario's classes in {@code WEB-INF/classes}, the
 * implementation under test and the test libraries in {@code WEB-INF/lib}, and a {@code beans.xml} in annotated
 * mode, the same on every runtime.
 *
 * <p>The implementation under test is found on the runner's class path: the jars (or class directories) holding
 * the Open edX events API and the extension class named by the system property {@value #EXTENSION_PROPERTY}
 * (default {@value #DEFAULT_EXTENSION}). A runner can instead list every library of the implementation in the
 * system property {@value #LIBRARIES_PROPERTY}, separated by the path separator.
 */
public final class TckDeployments {

    /** System property: the implementation's libraries, as jar files or class directories. */
    public static final String LIBRARIES_PROPERTY = "openedx.events.tck.libraries";

    /** System property: a class of the implementation's extension jar. */
    public static final String EXTENSION_PROPERTY = "openedx.events.tck.extension";

    /** The extension class of this project's implementation. */
    public static final String DEFAULT_EXTENSION = "org.openedx.events.cdi.OpenEdxEventsExtension";

    /**
     * System property: the exception class (or a superclass or interface of it) that the runner's Arquillian
     * adapter throws from {@link Deployer#deploy} when the container refuses a deployment. Default
     * {@value #DEFAULT_DEPLOYMENT_FAILURE}.
     */
    public static final String DEPLOYMENT_FAILURE_PROPERTY = "openedx.events.tck.deploymentFailure";

    /**
     * Arquillian's own report of a failed deployment, a checked exception that adapters throw undeclared through
     * {@link Deployer#deploy}; WildFly's adapter throws it. Others differ, and their runners name their type in
     * {@value #DEPLOYMENT_FAILURE_PROPERTY}: Weld embedded lets CDI's own
     * {@code jakarta.enterprise.inject.spi.DefinitionException} through, and Payara Server's adapter 2.5 throws its
     * shaded Jersey's {@code fish.payara.arquillian.jersey.server.ContainerException}.
     */
    public static final String DEFAULT_DEPLOYMENT_FAILURE =
            "org.jboss.arquillian.container.spi.client.container.DeploymentException";

    /** A {@code beans.xml} in annotated mode: only classes with a bean-defining annotation become beans. */
    public static final String BEANS_XML = "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"https://jakarta.ee/xml/ns/jakartaee"
            + " https://jakarta.ee/xml/ns/jakartaee/beans_4_0.xsd\""
            + " version=\"4.0\" bean-discovery-mode=\"annotated\"/>\n";

    private static final Map<String, JavaArchive> LIBRARIES = new ConcurrentHashMap<>();

    private TckDeployments() {}

    /**
     * The deployment of an in-container scenario: every class of the test class's package (the test and its
     * beans), the TCK's shared classes, the implementation, the testing helper and AssertJ.
     *
     * @param testClass the test class
     * @param moreClasses other classes to add to {@code WEB-INF/classes}
     * @return the archive, named after the test class
     */
    public static WebArchive scenario(Class<?> testClass, Class<?>... moreClasses) {
        return scenario(testClass.getSimpleName(), testClass, moreClasses);
    }

    /**
     * The deployment of an in-container scenario under a name of its own, for a test class with several
     * deployments: as {@link #scenario(Class, Class...)}.
     *
     * @param name the archive name, without {@code .war}
     * @param testClass the test class
     * @param moreClasses other classes to add to {@code WEB-INF/classes}
     * @return the archive
     */
    public static WebArchive scenario(String name, Class<?> testClass, Class<?>... moreClasses) {
        WebArchive war = application(name)
                .addPackage(testClass.getPackage())
                .addPackage(TckDeployments.class.getPackage())
                .addClasses(moreClasses);
        war.addAsLibraries(library("openedx-events-test-support.jar", EnableOpenEdxEvents.class));
        war.addAsLibraries(library("assertj-core.jar", Assertions.class));
        return war;
    }

    /**
     * The deployment of an application that must fail to deploy: the given beans and the implementation, nothing
     * else.
     *
     * @param name the archive name, without {@code .war}
     * @param beans the bean classes
     * @return the archive
     */
    public static WebArchive broken(String name, Class<?>... beans) {
        return application(name).addClasses(beans);
    }

    /**
     * A bean library for {@code WEB-INF/lib}.
     *
     * @param name the jar name
     * @param beansXml whether it has a {@code META-INF/beans.xml}; without one it is an implicit bean archive
     * @param classes its classes
     * @return the jar
     */
    public static JavaArchive beanLibrary(String name, boolean beansXml, Class<?>... classes) {
        JavaArchive jar = ShrinkWrap.create(JavaArchive.class, name).addClasses(classes);
        if (beansXml) {
            jar.addAsManifestResource(new StringAsset(BEANS_XML), "beans.xml");
        }
        return jar;
    }

    /**
     * Deploys an application that must fail, and returns the failure the runtime reported.
     *
     * <p>The runner contract for a failed deployment: {@link Deployer#deploy} throws, and what it throws is an
     * instance of the class named by {@value #DEPLOYMENT_FAILURE_PROPERTY} (default
     * {@value #DEFAULT_DEPLOYMENT_FAILURE}). Where the extension's message (its {@code OXE} code, the observer, the
     * hint) appears does not matter: each container wraps it differently, so the caller searches the whole text of
     * the exception, its causes and its suppressed exceptions. An {@link Error} (a class missing from the adapter's
     * class path, for instance) is not a report of the container and is not caught.
     *
     * @param deployer Arquillian's deployer
     * @param name the name of the unmanaged deployment
     * @return every class name and message of the failure and its causes (see {@link Throwables#describe})
     * @throws AssertionError if the deployment succeeds (it is then undeployed), or if the failure is not of the
     *     runner's declared type (the text is then in the message and the failure is the cause)
     */
    public static String deploymentFailure(Deployer deployer, String name) {
        try {
            deployer.deploy(name);
        } catch (Exception e) {
            // Adapters throw Arquillian's checked DeploymentException undeclared, or a runtime exception of their own.
            String expected = System.getProperty(DEPLOYMENT_FAILURE_PROPERTY, DEFAULT_DEPLOYMENT_FAILURE);
            String failure = Throwables.describe(e);
            if (!Throwables.isA(e.getClass(), expected)) {
                throw new AssertionError(
                        "Deployment " + name + " failed, but the runner reported it as "
                                + e.getClass().getName()
                                + ", which is not the declared " + expected + " (system property "
                                + DEPLOYMENT_FAILURE_PROPERTY + "; see the runner contract in tck/README.md):\n"
                                + failure,
                        e);
            }
            return failure;
        }
        deployer.undeploy(name);
        throw new AssertionError("Deployment " + name + " was expected to fail, but it deployed");
    }

    /** An empty application: {@code beans.xml} and the implementation under test. */
    private static WebArchive application(String name) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml");
        implementation().forEach(war::addAsLibraries);
        return war;
    }

    /** The libraries of the implementation under test. */
    static List<JavaArchive> implementation() {
        List<JavaArchive> libraries = new ArrayList<>();
        String listed = System.getProperty(LIBRARIES_PROPERTY);
        if (listed != null && !listed.isBlank()) {
            for (String path : listed.split(File.pathSeparator)) {
                if (!path.isBlank()) {
                    libraries.add(library(new File(path.trim())));
                }
            }
            return libraries;
        }
        libraries.add(library("openedx-events-api.jar", OpenEdxEvents.class));
        String extension = System.getProperty(EXTENSION_PROPERTY, DEFAULT_EXTENSION);
        try {
            libraries.add(library(
                    "openedx-events-extension.jar",
                    Class.forName(extension, false, TckDeployments.class.getClassLoader())));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "The TCK cannot find the implementation under test: class " + extension
                            + " is not on the class path. Add the implementation to the runner's test dependencies, or set "
                            + EXTENSION_PROPERTY + " or " + LIBRARIES_PROPERTY,
                    e);
        }
        return libraries;
    }

    /** The jar or class directory a class was loaded from, as a library archive. */
    private static JavaArchive library(String name, Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("Cannot tell where " + anchor.getName() + " was loaded from");
        }
        try {
            File location = new File(source.getLocation().toURI());
            return LIBRARIES.computeIfAbsent(location.getAbsolutePath(), path -> importLibrary(name, location));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the location of " + anchor.getName(), e);
        }
    }

    private static JavaArchive library(File location) {
        File module = location.getAbsoluteFile().getParentFile();
        String name = !location.isDirectory()
                ? location.getName()
                : (module != null && module.getParentFile() != null
                                ? module.getParentFile().getName() + "-"
                                : "") + location.getName() + ".jar";
        return LIBRARIES.computeIfAbsent(location.getAbsolutePath(), path -> importLibrary(name, location));
    }

    private static JavaArchive importLibrary(String name, File location) {
        if (location.isDirectory()) {
            return ShrinkWrap.create(ExplodedImporter.class, name)
                    .importDirectory(location)
                    .as(JavaArchive.class);
        }
        if (!location.isFile()) {
            throw new IllegalStateException("No such library: " + location);
        }
        return ShrinkWrap.create(ZipImporter.class, location.getName())
                .importFrom(location)
                .as(JavaArchive.class);
    }
}
