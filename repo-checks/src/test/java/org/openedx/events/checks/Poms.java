package org.openedx.events.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The repository's POMs, read as plain XML (no Maven model): elements by path, properties, modules. */
final class Poms {

    static final Path ROOT = Paths.get(System.getProperty("openedx.events.repository", ".."))
            .toAbsolutePath()
            .normalize();

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private Poms() {}

    /** The project element of a POM. */
    static Element read(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(pom + ": " + e.getMessage(), e);
        }
    }

    /** The root POM's project element. */
    static Element root() {
        return read(ROOT.resolve("pom.xml"));
    }

    /** The child elements of an element with a name. */
    static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    /** The element at a path of child names, e.g. {@code "build", "pluginManagement", "plugins"}. */
    static Optional<Element> element(Element from, String... path) {
        Element at = from;
        for (String name : path) {
            List<Element> children = children(at, name);
            if (children.isEmpty()) {
                return Optional.empty();
            }
            at = children.get(0);
        }
        return Optional.of(at);
    }

    /** The trimmed text at a path, or empty when there is none. */
    static String text(Element from, String... path) {
        return element(from, path).map(e -> e.getTextContent().trim()).orElse("");
    }

    /** The properties of a POM, in their order. */
    static Map<String, String> properties(Element project) {
        Map<String, String> properties = new LinkedHashMap<>();
        element(project, "properties").ifPresent(e -> {
            for (Node node = e.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element property) {
                    properties.put(
                            property.getTagName(), property.getTextContent().trim());
                }
            }
        });
        return properties;
    }

    /** A value with the POM's {@code ${...}} properties (and {@code project.version}) replaced, once. */
    static String resolve(Element project, String value) {
        Map<String, String> properties = properties(project);
        properties.put("project.version", version(project));
        Matcher property = PROPERTY.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (property.find()) {
            String name = property.group(1);
            property.appendReplacement(
                    resolved, Matcher.quoteReplacement(properties.getOrDefault(name, property.group())));
        }
        return property.appendTail(resolved).toString();
    }

    /** The project's version, its own or its parent's. */
    static String version(Element project) {
        String own = text(project, "version");
        return own.isEmpty() ? text(project, "parent", "version") : own;
    }

    /** The modules of the root POM, as written (directories relative to the root). */
    static List<String> modules() {
        return element(root(), "modules")
                .map(modules -> children(modules, "module").stream()
                        .map(m -> m.getTextContent().trim())
                        .toList())
                .orElse(List.of());
    }

    /** The dependencies under an element ({@code dependencies} or {@code dependencyManagement/dependencies}). */
    static List<Element> dependencies(Element project, String... path) {
        return element(project, path)
                .map(dependencies -> children(dependencies, "dependency"))
                .orElse(List.of());
    }

    /** The plugin declarations of a POM, in build/plugins and build/pluginManagement/plugins. */
    static List<Element> plugins(Element project) {
        List<Element> plugins = new ArrayList<>();
        element(project, "build", "plugins").ifPresent(p -> plugins.addAll(children(p, "plugin")));
        element(project, "build", "pluginManagement", "plugins").ifPresent(p -> plugins.addAll(children(p, "plugin")));
        return plugins;
    }

    /** The version a POM gives a plugin (resolved), or empty. */
    static String pluginVersion(Element project, String artifactId) {
        return plugins(project).stream()
                .filter(p -> text(p, "artifactId").equals(artifactId))
                .map(p -> resolve(project, text(p, "version")))
                .filter(v -> !v.isEmpty())
                .findFirst()
                .orElse("");
    }

    /** {@code groupId:artifactId} of a dependency. */
    static String coordinates(Element dependency) {
        return text(dependency, "groupId") + ":" + text(dependency, "artifactId");
    }

    /** A file's text. */
    static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
