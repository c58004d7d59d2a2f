package org.openedx.events.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openedx.events.checks.Poms.ROOT;
import static org.openedx.events.checks.Poms.children;
import static org.openedx.events.checks.Poms.element;
import static org.openedx.events.checks.Poms.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What a release publishes: every module that inherits the project's parent and is not marked
 * {@code maven.deploy.skip}, the parent and the BOM. Each carries the metadata Maven Central requires, and the BOM
 * manages exactly the published jar modules (the TCK aside: it is for implementations, not for applications).
 */
class PublishedArtifactsTest {

    private static final String GROUP = "org.openedx.events";
    private static final String PARENT = "openedx-events-parent";
    private static final String BOM = "openedx-events-bom";
    private static final Set<String> NOT_IN_BOM = Set.of("openedx-events-tck");

    /** A module of the root POM. */
    private record Module(String directory, Element pom) {

        String artifactId() {
            return text(pom, "artifactId");
        }

        String packaging() {
            String packaging = text(pom, "packaging");
            return packaging.isEmpty() ? "jar" : packaging;
        }

        boolean inheritsTheParent() {
            return text(pom, "parent", "artifactId").equals(PARENT);
        }

        boolean skips(String property) {
            return "true".equals(Poms.properties(pom).get(property));
        }

        boolean published() {
            return inheritsTheParent() && !skips("maven.deploy.skip");
        }
    }

    private static List<Module> modules() {
        List<Module> modules = new ArrayList<>();
        for (String directory : Poms.modules()) {
            modules.add(new Module(directory, Poms.read(ROOT.resolve(directory).resolve("pom.xml"))));
        }
        return modules;
    }

    private static Element bom() {
        return Poms.read(ROOT.resolve("bom/pom.xml"));
    }

    @Test
    void theBomManagesEveryPublishedJarModuleAndNothingElse() {
        Set<String> published = new TreeSet<>();
        for (Module module : modules()) {
            if (module.published() && module.packaging().equals("jar")) {
                published.add(module.artifactId());
            }
        }
        published.removeAll(NOT_IN_BOM);
        Element bom = bom();
        Set<String> managed = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (Element dependency : Poms.dependencies(bom, "dependencyManagement", "dependencies")) {
            String type = text(dependency, "type");
            if (!text(dependency, "groupId").equals(GROUP)
                    || !text(dependency, "version").equals("${project.version}")) {
                wrong.add(Poms.coordinates(dependency) + ":" + text(dependency, "version")
                        + " (only this project's artifacts, at ${project.version})");
            } else if (type.isEmpty() || type.equals("jar")) {
                managed.add(text(dependency, "artifactId"));
            } else if (type.equals("test-jar")) {
                Module owner = modules().stream()
                        .filter(m -> m.artifactId().equals(text(dependency, "artifactId")))
                        .findFirst()
                        .orElse(null);
                if (owner == null
                        || !owner.published()
                        || !Poms.readText(ROOT.resolve(owner.directory()).resolve("pom.xml"))
                                .contains("<goal>test-jar</goal>")) {
                    wrong.add(Poms.coordinates(dependency) + ":test-jar (no published module builds it)");
                }
            } else {
                wrong.add(Poms.coordinates(dependency) + ":" + type);
            }
        }
        assertThat(published).as("published jar modules").contains("openedx-events-api", "openedx-events-cdi");
        assertThat(managed)
                .as("the jars bom/pom.xml manages: every published jar module except %s", NOT_IN_BOM)
                .isEqualTo(published);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theBomStandsAloneAtTheProjectsVersion() {
        Element bom = bom();
        Element parent = Poms.root();
        assertThat(Poms.modules()).contains("bom");
        assertThat(element(bom, "parent"))
                .as("a parent's dependencyManagement would be imported with the BOM")
                .isEmpty();
        assertThat(text(bom, "groupId")).isEqualTo(GROUP);
        assertThat(text(bom, "artifactId")).isEqualTo(BOM);
        assertThat(text(bom, "packaging")).isEqualTo("pom");
        assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
    }

    @Test
    void theParentCarriesWhatMavenCentralRequiresAndTheBomTheSame() {
        Element parent = Poms.root();
        assertThat(text(parent, "url")).startsWith("https://");
        List<Element> licenses =
                element(parent, "licenses").map(l -> children(l, "license")).orElse(List.of());
        assertThat(licenses).isNotEmpty();
        for (Element license : licenses) {
            assertThat(text(license, "name")).isNotEmpty();
            assertThat(text(license, "url")).startsWith("https://");
        }
        List<Element> developers =
                element(parent, "developers").map(d -> children(d, "developer")).orElse(List.of());
        assertThat(developers).isNotEmpty();
        for (Element developer : developers) {
            assertThat(text(developer, "name")).isNotEmpty();
        }
        assertThat(text(parent, "scm", "connection")).startsWith("scm:git:");
        assertThat(text(parent, "scm", "developerConnection")).startsWith("scm:git:");
        assertThat(text(parent, "scm", "url")).startsWith("https://");
        assertThat(parent.getAttribute("child.project.url.inherit.append.path"))
                .as("the modules' url is the repository's, without their artifactId appended")
                .isEqualTo("false");

        Element bom = bom();
        for (String part : List.of("url", "licenses", "developers", "scm")) {
            assertThat(normalized(text(bom, part)))
                    .as("bom/pom.xml's <%s>, which must repeat the parent's", part)
                    .isEqualTo(normalized(text(parent, part)));
        }
    }

    @Test
    void everyPublishedArtifactHasANameAndADescription() {
        List<String> missing = new ArrayList<>();
        List<Element> poms = new ArrayList<>(List.of(Poms.root(), bom()));
        modules().stream().filter(Module::published).forEach(m -> poms.add(m.pom()));
        for (Element pom : poms) {
            if (text(pom, "name").isEmpty() || text(pom, "description").isEmpty()) {
                missing.add(text(pom, "artifactId"));
            }
        }
        assertThat(poms).hasSizeGreaterThan(8);
        assertThat(missing)
                .as("published artifacts without a name or a description")
                .isEmpty();
    }

    @Test
    void modulesThatPublishNothingBuildNoSourcesJar() {
        Map<String, Boolean> notDeployed = new TreeMap<>();
        for (Module module : modules()) {
            if (module.inheritsTheParent() && module.skips("maven.deploy.skip")) {
                notDeployed.put(module.directory(), module.skips("maven.source.skip"));
            }
        }
        assertThat(notDeployed).containsKeys("benchmarks", "repo-checks", "sample-war");
        assertThat(notDeployed)
                .as("maven.source.skip of the modules not deployed")
                .doesNotContainValue(false);
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
