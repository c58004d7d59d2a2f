package org.openedx.events.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the documentation points to exists, inside the repository: every {@code @Spec} target of the TCK (a README
 * heading or a section of {@code docs/upstream-semantics.md}), and every relative link of every Markdown file (the
 * file, and its heading when the link names one).
 */
class DocumentationLinksTest {

    private static final Path ROOT = Paths.get(System.getProperty("openedx.events.repository", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Pattern SPEC = Pattern.compile("@Spec\\((?:value\\s*=\\s*)?(\\{[^}]*\\}|\"[^\"]*\")");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$", Pattern.MULTILINE);
    /** A relative path that starts by climbing, e.g. {@code ../README.md} or {@code ../../docs/x.md}. */
    private static final Pattern CLIMBING_PATH = Pattern.compile("(?<![\\w./-])(?:\\.\\./)+[\\w.-]+(?:/[\\w.-]+)*");

    private static final Pattern SECTION = Pattern.compile("^#{1,6}\\s+§(\\d+(?:\\.\\d+)?)\\s", Pattern.MULTILINE);

    @Test
    void everySpecTargetOfTheTckExists() {
        Set<String> readme = anchors(ROOT.resolve("README.md"));
        Set<String> sections = sections(ROOT.resolve("docs/upstream-semantics.md"));
        List<String> targets = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path source : files(ROOT.resolve("tck/src"), ".java")) {
            Matcher spec = SPEC.matcher(read(source));
            while (spec.find()) {
                Matcher quoted = QUOTED.matcher(spec.group(1));
                while (quoted.find()) {
                    String target = quoted.group(1);
                    targets.add(target);
                    boolean found;
                    if (target.startsWith("README#")) {
                        found = readme.contains(target.substring("README#".length()));
                    } else if (target.startsWith("semantics§")) {
                        found = sections.contains(target.substring("semantics§".length()));
                    } else {
                        found = false;
                    }
                    if (!found) {
                        missing.add(ROOT.relativize(source) + ": " + target);
                    }
                }
            }
        }
        assertThat(targets).as("@Spec targets found in the TCK").hasSizeGreaterThan(20);
        assertThat(missing)
                .as("@Spec targets (README#anchor: a heading of README.md; semantics§N: section N of "
                        + "docs/upstream-semantics.md) that do not exist")
                .isEmpty();
    }

    @Test
    void everyRelativeMarkdownLinkResolvesInsideTheRepository() {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path file : files(ROOT, ".md")) {
            Matcher link = LINK.matcher(read(file));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("[a-z][a-z0-9+.-]*:.*")) {
                    continue; // a web or mail address
                }
                links++;
                String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved =
                        path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                String where = ROOT.relativize(file) + ": (" + target + ")";
                if (!resolved.startsWith(ROOT)) {
                    broken.add(where + " points outside the repository");
                } else if (!Files.exists(resolved)) {
                    broken.add(where + " names no file");
                } else if (anchor != null
                        && resolved.toString().endsWith(".md")
                        && !anchors(resolved).contains(anchor)) {
                    broken.add(where + " names no heading of " + ROOT.relativize(resolved));
                }
            }
        }
        assertThat(links).as("relative links found").isGreaterThan(10);
        assertThat(broken).isEmpty();
    }

    @Test
    void noPathWrittenInTheDocumentationClimbsOutOfTheRepository() {
        List<String> outside = new ArrayList<>();
        int paths = 0;
        for (Path file : files(ROOT, ".md")) {
            Matcher climbing = CLIMBING_PATH.matcher(read(file));
            while (climbing.find()) {
                paths++;
                if (!file.getParent().resolve(climbing.group()).normalize().startsWith(ROOT)) {
                    outside.add(ROOT.relativize(file) + ": " + climbing.group());
                }
            }
        }
        assertThat(paths).as("paths with ../ found").isGreaterThan(0);
        assertThat(outside)
                .as("paths that leave the repository, which a reader of a clone does not have")
                .isEmpty();
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    static Set<String> anchors(Path markdown) {
        Set<String> anchors = new HashSet<>();
        Matcher heading = HEADING.matcher(withoutCodeBlocks(read(markdown)));
        while (heading.find()) {
            String base = heading.group(1)
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                    .replace(' ', '-');
            String anchor = base;
            for (int n = 1; !anchors.add(anchor); n++) {
                anchor = base + "-" + n;
            }
        }
        return anchors;
    }

    private static Set<String> sections(Path markdown) {
        Set<String> sections = new HashSet<>();
        Matcher section = SECTION.matcher(read(markdown));
        while (section.find()) {
            sections.add(section.group(1));
        }
        return sections;
    }

    private static String withoutCodeBlocks(String markdown) {
        return markdown.replaceAll("(?ms)^```.*?^```", "");
    }

    /** The repository's tracked-looking files with an ending, outside build output and dot folders. */
    private static List<Path> files(Path under, String ending) {
        try (Stream<Path> walk = Files.walk(under)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(ending))
                    .filter(p -> {
                        Path relative = ROOT.relativize(p);
                        for (Path part : relative) {
                            String name = part.toString();
                            if (name.equals("target") || name.startsWith(".") || name.equals("node_modules")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
