package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;

import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.openedx.events.cdi.child.ValidationAtStartup;
import org.openedx.events.cdi.support.WeldContainers;
import org.openedx.events.testing.ChildApplication;
import org.openedx.events.testing.LibraryLog;

/**
 * The start-up check of payload validation in a real container (Weld SE): silent with a provider and its Expression
 * Language implementation, silent when the setting turns validation off, and one WARNING at start-up, before
 * anything is sent, when the class path lacks the implementation or the provider (a child JVM whose class path
 * leaves those jars out).
 */
class PayloadValidationStartupTest {

    @RegisterExtension
    final LibraryLog log = new LibraryLog();

    @TempDir
    Path work;

    @Test
    void withAProviderAndExpressionLanguageNothingIsLogged() {
        try (WeldContainer container = WeldContainers.start(ValidationAtStartup.class)) {
            assertThat(container.isRunning()).isTrue();
        }

        assertThat(log.records()).extracting(LogRecord::getMessage).noneMatch(m -> m.startsWith("OXE500"));
    }

    @Test
    void turnedOffOnPurposeNothingIsLogged() {
        try (WeldContainer container =
                WeldContainers.start(Map.of(Settings.BEAN_VALIDATION, "false"), ValidationAtStartup.class)) {
            assertThat(container.isRunning()).isTrue();
        }

        assertThat(log.records()).extracting(LogRecord::getMessage).noneMatch(m -> m.startsWith("OXE500"));
    }

    @Test
    void withoutExpressionLanguageTheWarningComesAtStartUpAndPayloadsGoUnchecked() throws Exception {
        String output = run(List.of("expressly"));

        assertThat(linesStartingWith(output, "WARNING: OXE500"))
                .singleElement()
                .asString()
                .startsWith("WARNING: OXE5004: Bean Validation of Open edX payloads is off: the Bean Validation "
                        + "provider org.hibernate.validator.HibernateValidator needs a Jakarta Expression Language "
                        + "implementation, and none is on the class path (HV000183: ")
                .contains("Add org.glassfish.expressly:expressly:5.0.0; or set openedx.events.bean-validation=false");
        assertThat(output.indexOf("WARNING: OXE5004")).isLessThan(output.indexOf(ValidationAtStartup.STARTED));
        assertThat(output).contains("SENT 1 1");
    }

    @Test
    void withoutAProviderTheWarningComesAtStartUp() throws Exception {
        String output = run(List.of("expressly", "hibernate-validator"));

        assertThat(linesStartingWith(output, "WARNING: OXE500"))
                .singleElement()
                .asString()
                .startsWith("WARNING: OXE5003: Bean Validation of Open edX payloads is off: the Bean Validation API "
                        + "is on the class path, but no provider is. ")
                .contains("org.hibernate.validator:hibernate-validator:8.0.6.Final");
        assertThat(output.indexOf("WARNING: OXE5003")).isLessThan(output.indexOf(ValidationAtStartup.STARTED));
        assertThat(output).contains("SENT 1 1");
    }

    @Test
    void withoutExpressionLanguageButTurnedOffOnPurposeNothingIsLogged() throws Exception {
        String output = run(List.of("expressly"), "-D" + Settings.BEAN_VALIDATION + "=false");

        assertThat(output)
                .contains(ValidationAtStartup.STARTED)
                .contains("SENT 1 1")
                .doesNotContain("OXE500");
    }

    @Test
    void withEverythingTheChildRefusesTheNullFieldSoTheChecksAboveCanFail() throws Exception {
        String output = run(List.of());

        assertThat(output).doesNotContain("OXE500").contains("REFUSED org.openedx.events.SenderValidationException");
    }

    /** Runs {@link ValidationAtStartup} without the jars whose file names contain one of the words. */
    private String run(List<String> leftOut, String... jvmOptions) throws IOException, InterruptedException {
        String classPath = Arrays.stream(ChildApplication.classPath(
                                ChildApplication.beanArchive(work, ValidationAtStartup.class),
                                ValidationAtStartup.class)
                        .split(File.pathSeparator))
                .filter(entry -> leftOut.stream()
                        .noneMatch(
                                word -> Path.of(entry).getFileName().toString().contains(word)))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + work));
        command.addAll(Arrays.asList(jvmOptions));
        command.addAll(List.of("-cp", classPath, ValidationAtStartup.class.getName()));
        Path output = work.resolve("child-" + System.nanoTime() + ".log");
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            assertThat(child.waitFor(60, TimeUnit.SECONDS))
                    .as("the child ended")
                    .isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        String text = Files.readString(output);
        assertThat(child.exitValue()).as(text).isZero();
        return text;
    }

    private static List<String> linesStartingWith(String output, String prefix) {
        return output.lines().filter(line -> line.startsWith(prefix)).toList();
    }
}
