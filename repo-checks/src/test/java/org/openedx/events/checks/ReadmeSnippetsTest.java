package org.openedx.events.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openedx.events.checks.Poms.ROOT;
import static org.openedx.events.checks.Poms.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The README's code cannot drift from the example projects: a code block right after an HTML comment
 * {@code <!-- from examples/... -->} appears in that file as written (line for line, at one indentation), the Java
 * blocks of the sections that teach the set-up are all such quotes, and the versions the README writes out are the
 * root POM's.
 */
class ReadmeSnippetsTest {

    private static final Pattern QUOTE =
            Pattern.compile("<!-- from (\\S+) -->\\n+```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern CODE_BLOCK = Pattern.compile("(?m)^```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    /** The sections whose Java must be the examples' own. */
    private static final List<String> QUOTING_SECTIONS =
            List.of("Quick start", "Use it in your project", "Testing your observers");

    private static String readme() {
        return Poms.readText(ROOT.resolve("README.md"));
    }

    /** A level-2 section of the README, its sub-sections included. */
    private static String section(String readme, String heading) {
        int start = readme.indexOf("\n## " + heading + "\n");
        assertThat(start).as("README section '%s'", heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    void everyQuotedSnippetAppearsInItsFileAsWritten() {
        Matcher quote = QUOTE.matcher(readme());
        List<String> quoted = new ArrayList<>();
        List<String> drifted = new ArrayList<>();
        while (quote.find()) {
            String path = quote.group(1);
            quoted.add(path);
            Path file = ROOT.resolve(path).normalize();
            if (!file.startsWith(ROOT.resolve("examples")) || !Files.isRegularFile(file)) {
                drifted.add(path + ": not a file under examples/");
            } else if (!containsLines(Poms.readText(file), quote.group(3))) {
                drifted.add(path + ": the README's " + quote.group(2) + " block starting '"
                        + quote.group(3).lines().findFirst().orElse("") + "' is not in the file as written");
            }
        }
        assertThat(quoted)
                .as("snippets marked <!-- from examples/... -->")
                .hasSizeGreaterThanOrEqualTo(7)
                .contains(
                        "examples/weld-se-junit5/src/main/java/com/example/enrollment/WelcomeMails.java",
                        "examples/weld-se-junit5/src/main/java/com/example/enrollment/Enrollments.java",
                        "examples/weld-se-junit5/pom.xml",
                        "examples/weld-se-junit5/src/main/resources/META-INF/beans.xml");
        assertThat(drifted).isEmpty();
    }

    @Test
    void everyJavaBlockOfTheSetUpSectionsIsAQuote() {
        String readme = readme();
        List<String> unquoted = new ArrayList<>();
        int javaBlocks = 0;
        for (String heading : QUOTING_SECTIONS) {
            String section = section(readme, heading);
            Matcher block = CODE_BLOCK.matcher(section);
            while (block.find()) {
                if (!block.group(1).equals("java")) {
                    continue;
                }
                javaBlocks++;
                String before = section.substring(0, block.start()).stripTrailing();
                if (!before.matches("(?s).*<!-- from examples/\\S+ -->")) {
                    unquoted.add(
                            heading + ": " + block.group(2).lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(javaBlocks).isGreaterThanOrEqualTo(3);
        assertThat(unquoted)
                .as("Java blocks without <!-- from examples/... --> before them")
                .isEmpty();
    }

    @Test
    void theVersionsTheUseSectionWritesOutAreTheRootPoms() {
        Element root = Poms.root();
        Map<String, String> managed = new HashMap<>();
        for (Element dependency : Poms.dependencies(root, "dependencyManagement", "dependencies")) {
            managed.put(Poms.coordinates(dependency), Poms.resolve(root, text(dependency, "version")));
        }
        String section = section(readme(), "Use it in your project");
        assertThat(section).contains("**" + Poms.version(root) + "**", "./mvnw install", "<scope>import</scope>");

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        Matcher dependency = DEPENDENCY.matcher(section);
        while (dependency.find()) {
            String body = dependency.group(1);
            String coordinates = tag(body, "groupId") + ":" + tag(body, "artifactId");
            String version = tag(body, "version");
            if (version.isEmpty() || version.startsWith("${") || !managed.containsKey(coordinates)) {
                continue;
            }
            checked++;
            if (!version.equals(managed.get(coordinates))) {
                wrong.add(coordinates + ":" + version + ", the root POM's " + managed.get(coordinates));
            }
        }
        assertThat(checked).as("versions written out in the section").isGreaterThanOrEqualTo(4);
        assertThat(wrong).isEmpty();
    }

    /** Whether the snippet's lines are consecutive lines of the text, all behind one indentation. */
    static boolean containsLines(String text, String snippet) {
        List<String> lines = text.lines().map(String::stripTrailing).toList();
        List<String> wanted = snippet.lines().map(String::stripTrailing).toList();
        String first = wanted.get(0);
        for (int at = 0; at + wanted.size() <= lines.size(); at++) {
            String line = lines.get(at);
            if (!line.endsWith(first)
                    || !line.substring(0, line.length() - first.length()).isBlank()) {
                continue;
            }
            String indent = line.substring(0, line.length() - first.length());
            boolean all = true;
            for (int i = 1; i < wanted.size() && all; i++) {
                String expected = wanted.get(i).isEmpty() ? "" : indent + wanted.get(i);
                all = lines.get(at + i).equals(expected);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static String tag(String xml, String name) {
        Matcher tag = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        return tag.find() ? tag.group(1).trim() : "";
    }
}
