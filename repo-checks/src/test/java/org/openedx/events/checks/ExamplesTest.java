package org.openedx.events.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openedx.events.checks.Poms.ROOT;
import static org.openedx.events.checks.Poms.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The projects under {@code examples/} are written as users' projects and stay in step with the library: modules of
 * the root POM without its parent, the BOM imported at the library's version, the library's own versions of the
 * Weld SE stack and the build plugins, never deployed.
 */
class ExamplesTest {

    /** Versions an example shares with the root POM: what the library is built and tested with. */
    private static final List<String> SHARED_VERSIONS =
            List.of("version.weld", "version.hibernate-validator", "version.expressly", "version.yasson");

    /** Plugin artifactId and the root POM's property for its version. */
    private static final Map<String, String> PLUGIN_VERSIONS = Map.of(
            "maven-compiler-plugin", "version.compiler-plugin",
            "maven-surefire-plugin", "version.surefire-plugin",
            "spotless-maven-plugin", "version.spotless-plugin");

    private static List<Path> examples() {
        try (Stream<Path> children = Files.list(ROOT.resolve("examples"))) {
            return children.filter(p -> Files.isRegularFile(p.resolve("pom.xml")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path example) {
        return ROOT.relativize(example).toString().replace('\\', '/');
    }

    @Test
    void everyExampleIsAModuleOfTheRootPom() {
        List<String> examples = examples().stream().map(ExamplesTest::name).toList();
        assertThat(examples).contains("examples/weld-se-junit5", "examples/weld-se-junit6", "examples/wildfly-war");
        assertThat(Poms.modules()).containsAll(examples);
    }

    @Test
    void everyExampleImportsTheBomWithoutTheParentAndIsNotDeployed() {
        String version = Poms.version(Poms.root());
        List<String> problems = new ArrayList<>();
        for (Path example : examples()) {
            Element pom = Poms.read(example.resolve("pom.xml"));
            String name = name(example);
            if (Poms.element(pom, "parent").isPresent()) {
                problems.add(name + " has a parent: a user's project does not inherit the library's");
            }
            boolean importsBom = Poms.dependencies(pom, "dependencyManagement", "dependencies").stream()
                    .anyMatch(d -> Poms.coordinates(d).equals("org.openedx.events:openedx-events-bom")
                            && text(d, "type").equals("pom")
                            && text(d, "scope").equals("import")
                            && Poms.resolve(pom, text(d, "version")).equals(version));
            if (!importsBom) {
                problems.add(name + " does not import org.openedx.events:openedx-events-bom:" + version);
            }
            for (Element dependency : Poms.dependencies(pom, "dependencies")) {
                if (text(dependency, "groupId").equals("org.openedx.events")
                        && !text(dependency, "version").isEmpty()) {
                    problems.add(name + ": " + Poms.coordinates(dependency) + " has a version (the BOM's job)");
                }
            }
            Map<String, String> properties = Poms.properties(pom);
            if (!"true".equals(properties.get("maven.deploy.skip"))) {
                problems.add(name + " does not set maven.deploy.skip");
            }
            String beansXml = "war".equals(text(pom, "packaging"))
                    ? "src/main/webapp/WEB-INF/beans.xml"
                    : "src/main/resources/META-INF/beans.xml";
            if (!Files.isRegularFile(example.resolve(beansXml))) {
                problems.add(name + " has no " + beansXml);
            }
        }
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyExampleUsesTheLibrarysVersionsOfWhatItShares() {
        Element root = Poms.root();
        Map<String, String> rootProperties = Poms.properties(root);
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Path example : examples()) {
            Element pom = Poms.read(example.resolve("pom.xml"));
            Map<String, String> properties = Poms.properties(pom);
            for (String property : SHARED_VERSIONS) {
                if (properties.containsKey(property)) {
                    compared++;
                    if (!properties.get(property).equals(rootProperties.get(property))) {
                        differences.add(name(example) + ": " + property + " " + properties.get(property)
                                + ", the root POM's " + rootProperties.get(property));
                    }
                }
            }
            // An example named for a JUnit major version uses that one; the others use the library's JUnit.
            String junit = properties.getOrDefault("version.junit", "");
            String rootJunit = rootProperties.get("version.junit");
            String named = name(example).replaceAll(".*-junit(\\d+)$", "$1");
            boolean expected = named.equals(major(rootJunit)) || !named.matches("\\d+")
                    ? junit.equals(rootJunit)
                    : major(junit).equals(named);
            if (!junit.isEmpty() && !expected) {
                differences.add(name(example) + ": version.junit " + junit + " (the root POM's " + rootJunit + ")");
            }
            for (Map.Entry<String, String> plugin : PLUGIN_VERSIONS.entrySet()) {
                compared++;
                String version = Poms.pluginVersion(pom, plugin.getKey());
                if (!version.equals(rootProperties.get(plugin.getValue()))) {
                    differences.add(name(example) + ": " + plugin.getKey() + " " + version + ", the root POM's "
                            + rootProperties.get(plugin.getValue()));
                }
            }
            String palantir = Poms.readText(example.resolve("pom.xml"))
                    .replaceAll("(?s).*<palantirJavaFormat>\\s*<version>([^<]*)</version>.*", "$1");
            if (!palantir.equals(rootProperties.get("version.palantir-java-format"))) {
                differences.add(name(example) + ": Palantir Java Format " + palantir);
            }
        }
        Element bom = Poms.read(ROOT.resolve("bom/pom.xml"));
        if (!Poms.pluginVersion(bom, "spotless-maven-plugin").equals(rootProperties.get("version.spotless-plugin"))) {
            differences.add("bom: spotless-maven-plugin " + Poms.pluginVersion(bom, "spotless-maven-plugin"));
        }
        assertThat(compared).isGreaterThan(8);
        assertThat(differences).isEmpty();
    }

    private static String major(String version) {
        return version.replaceAll("^(\\d+).*", "$1");
    }
}
