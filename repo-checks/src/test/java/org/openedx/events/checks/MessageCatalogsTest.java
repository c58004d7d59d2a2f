package org.openedx.events.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.openedx.events.CodedMessage;

/**
 * Every module owns one message catalog, an enum implementing {@link CodedMessage}; together they are the library's
 * one catalog of errors. This test finds every catalog in the modules' main sources and checks the rules that span
 * them: codes well formed, unique across all modules and in the range of their module; every template formats with
 * its arguments; every entry used somewhere in main code, or retired ({@code @Deprecated}).
 */
class MessageCatalogsTest {

    private static final Path ROOT =
            Paths.get(System.getProperty("openedx.events.repository", "..")).normalize();
    private static final Pattern CATALOG =
            Pattern.compile("^public\\s+enum\\s+(\\w+)\\s+implements\\s+CodedMessage\\b", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern CONVERSION = Pattern.compile("%([sd%])");

    /** The code ranges a module's catalog may use, by module directory: how the four digits of its codes begin. */
    private static final Map<String, String> RANGES = Map.of(
            "api", "[1-5]",
            "wire", "6",
            "event-bus", "70",
            "event-bus-redis", "71",
            "event-bus-kafka", "72",
            "event-bus-outbox", "73");

    /** A catalog: its enum and the module (directory) and file that declare it. */
    record Catalog(Class<? extends CodedMessage> type, String module, Path source) {

        List<CodedMessage> entries() {
            return List.of(type.getEnumConstants());
        }

        @Override
        public String toString() {
            return type.getSimpleName() + " (" + module + ")";
        }
    }

    static List<Catalog> catalogs() {
        List<Catalog> catalogs = new ArrayList<>();
        for (Path source : mainSources()) {
            String text = read(source);
            Matcher matcher = CATALOG.matcher(text);
            if (!matcher.find()) {
                continue;
            }
            Matcher pkg = PACKAGE.matcher(text);
            assertThat(pkg.find()).as("package of " + source).isTrue();
            String name = pkg.group(1) + "." + matcher.group(1);
            String module = ROOT.relativize(source).getName(0).toString();
            try {
                Class<?> type = Class.forName(name);
                catalogs.add(new Catalog(type.asSubclass(CodedMessage.class), module, source));
            } catch (ClassNotFoundException e) {
                fail("The message catalog " + name + " of module " + module + " is not on this module's test class "
                        + "path: add " + module + " to repo-checks/pom.xml");
            }
        }
        return catalogs;
    }

    @Test
    void theCatalogsAreFoundInEveryModuleThatHasOne() {
        assertThat(catalogs())
                .extracting(Catalog::module)
                .contains("api", "wire", "event-bus", "event-bus-redis", "event-bus-kafka", "event-bus-outbox");
    }

    @Test
    void codesAreWellFormedUniqueAcrossModulesAndInTheirModulesRange() {
        Map<String, String> owners = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Catalog catalog : catalogs()) {
            String range = RANGES.get(catalog.module());
            if (range == null) {
                problems.add(catalog + ": no code range is reserved for module " + catalog.module()
                        + " (add it to RANGES and to README's Errors section)");
                continue;
            }
            for (CodedMessage entry : catalog.entries()) {
                String where = catalog.type().getSimpleName() + "." + entry;
                if (!entry.code().matches("OXE[0-9]{4}")
                        || !entry.code().substring(3).matches(range + "[0-9]*")) {
                    problems.add(where + ": code " + entry.code() + " is not OXE and four digits starting " + range);
                }
                String previous = owners.putIfAbsent(entry.code(), where);
                if (previous != null) {
                    problems.add(where + ": code " + entry.code() + " is already used by " + previous);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    static Stream<CodedMessage> entries() {
        return catalogs().stream().flatMap(catalog -> catalog.entries().stream());
    }

    @ParameterizedTest
    @MethodSource("entries")
    void everyTemplateFormatsWithItsArgumentsAndTheCodeLeads(CodedMessage entry) {
        Object[] args = argumentsFor(entry.template());
        assertThat(entry.format(args)).startsWith(entry.code() + ": ").doesNotContain("%s", "%d");
        assertThat(entry.text(args))
                .isEqualTo(entry.format(args).substring(entry.code().length() + 2));
    }

    @Test
    void everyEntryIsUsedInMainCodeOrRetired() throws NoSuchFieldException {
        List<Path> sources = mainSources();
        Map<Path, String> texts = new LinkedHashMap<>();
        sources.forEach(source -> texts.put(source, read(source)));
        List<String> unused = new ArrayList<>();
        for (Catalog catalog : catalogs()) {
            String simpleName = catalog.type().getSimpleName();
            for (CodedMessage entry : catalog.entries()) {
                String constant = ((Enum<?>) entry).name();
                if (catalog.type().getField(constant).isAnnotationPresent(Deprecated.class)) {
                    continue;
                }
                Pattern qualified = Pattern.compile("\\b" + simpleName + "\\." + constant + "\\b");
                Pattern bare = Pattern.compile("\\b" + constant + "\\b");
                String staticImport = "import static " + catalog.type().getName() + ".";
                boolean used = texts.entrySet().stream()
                        .filter(e -> !e.getKey().equals(catalog.source()))
                        .anyMatch(e -> qualified.matcher(e.getValue()).find()
                                || (e.getValue().contains(staticImport)
                                        && bare.matcher(e.getValue()).find()));
                if (!used) {
                    unused.add(simpleName + "." + constant + " (" + entry.code() + ")");
                }
            }
        }
        assertThat(unused)
                .as("entries used nowhere in main code: use them, or retire them with @Deprecated")
                .isEmpty();
    }

    /**
     * Messages that tell the user what to add name Maven coordinates with a version ({@code OXE5003}, {@code OXE5004},
     * {@code OXE6104}): the version must be the one the build tests with, the root pom's property.
     */
    @Test
    void coordinatesInMessagesNameTheVersionsTheBuildUses() {
        Map<String, String> properties = Map.of(
                "org.hibernate.validator:hibernate-validator", "version.hibernate-validator",
                "org.glassfish.expressly:expressly", "version.expressly",
                "org.eclipse:yasson", "version.yasson");
        String pom = read(ROOT.resolve("pom.xml"));
        Pattern coordinates = Pattern.compile("([a-z][\\w.-]*:[a-z][\\w.-]*):([0-9][\\w.-]*[0-9A-Za-z])");
        List<String> problems = new ArrayList<>();
        int found = 0;
        for (CodedMessage entry : entries().toList()) {
            Matcher matcher = coordinates.matcher(entry.template());
            while (matcher.find()) {
                found++;
                String property = properties.get(matcher.group(1));
                if (property == null) {
                    problems.add(entry.code() + " names " + matcher.group() + ": map " + matcher.group(1)
                            + " to its version property in this test");
                    continue;
                }
                Matcher version = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</")
                        .matcher(pom);
                if (!version.find() || !version.group(1).equals(matcher.group(2))) {
                    problems.add(entry.code() + " names " + matcher.group() + ", but the root pom's " + property
                            + " is " + (version.find(0) ? version.group(1) : "missing"));
                }
            }
        }
        assertThat(found).as("coordinates with versions in the catalogs").isGreaterThanOrEqualTo(3);
        assertThat(problems).isEmpty();
    }

    /** One argument per conversion: a long for {@code %d}, a text for {@code %s}. */
    private static Object[] argumentsFor(String template) {
        List<Object> args = new ArrayList<>();
        Matcher matcher = CONVERSION.matcher(template);
        while (matcher.find()) {
            if (matcher.group(1).equals("d")) {
                args.add(-42L);
            } else if (matcher.group(1).equals("s")) {
                args.add("value");
            }
        }
        return args.toArray();
    }

    /** The Java sources under every module's {@code src/main/java}. */
    private static List<Path> mainSources() {
        try (Stream<Path> modules = Files.list(ROOT)) {
            List<Path> sources = new ArrayList<>();
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(f -> f.toString().endsWith(".java"))
                                .sorted()
                                .forEach(sources::add);
                    }
                }
            }
            assertThat(sources)
                    .as("Java sources under " + ROOT.toAbsolutePath())
                    .isNotEmpty();
            return sources;
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
