package org.openedx.events.wire.avro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.openedx.events.OpenEdxPublicSignal;

/** test_generate_avro_schemas.py, non-interactive. */
class GenerateAvroSchemasTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateAvroSchemas.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheNamedSchemasAsUpstreamDoes() throws IOException {
        int status = run(
                dir.toString(),
                "org.openedx.learning.course.enrollment.created.v1",
                "org.openedx.enterprise.subsidy.redemption-reversed.v1");

        assertThat(status).isZero();
        Path file = dir.resolve("org+openedx+learning+course+enrollment+created+v1_schema.avsc");
        assertThat(Files.readString(file))
                .isEqualTo(TestData.storedSchema("org.openedx.learning.course.enrollment.created.v1")
                        .stripTrailing());
        assertThat(Files.readString(file))
                .doesNotEndWith("\n")
                .startsWith("{\n  \"name\": \"CloudEvent\",\n" + "  \"type\": \"record\",\n  \"doc\": ");
        assertThat(dir.resolve("org+openedx+enterprise+subsidy+redemption-reversed+v1_schema.avsc"))
                .exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
        assertThat(out()).contains("Wrote " + file);
    }

    @Test
    void allWritesEverySerializableEventAndSkipsTheOthers() throws IOException {
        assertThat(run(dir.toString(), "--all")).isZero();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(72);
        }
        for (OpenEdxPublicSignal<?> signal : TestData.currentSignals()) {
            assertThat(Files.readString(dir.resolve(AvroSchemas.fileName(signal.eventType()))))
                    .isEqualTo(TestData.storedSchema(signal.eventType()).stripTrailing());
        }
        for (String type : AvroSchemas.KNOWN_UNSERIALIZABLE_EVENT_TYPES) {
            assertThat(out()).contains("Skipping " + type + ": upstream lists it in KNOWN_UNSERIALIZABLE_SIGNALS");
            assertThat(dir.resolve(AvroSchemas.fileName(type))).doesNotExist();
        }
    }

    @Test
    void createsTheFolderWhenMissing() {
        Path nested = dir.resolve("a/b/schemas");

        assertThat(run(nested.toString(), "org.openedx.learning.auth.session.login.completed.v1"))
                .isZero();

        assertThat(nested.resolve("org+openedx+learning+auth+session+login+completed+v1_schema.avsc"))
                .exists();
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path file = dir.resolve("org+openedx+learning+auth+session+login+completed+v1_schema.avsc");
        Files.writeString(file, "old");

        assertThat(run(dir.toString(), "org.openedx.learning.auth.session.login.completed.v1"))
                .isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(err())
                .contains("OXE6005: Not overwriting the existing schema of "
                        + "org.openedx.learning.auth.session.login.completed.v1 at " + file)
                .contains("--force");

        assertThat(run(dir.toString(), "--force", "org.openedx.learning.auth.session.login.completed.v1"))
                .isZero();
        assertThat(Files.readString(file)).startsWith("{\n  \"name\": \"CloudEvent\"");
    }

    @Test
    void unserializableEventsNamedExplicitlyAreSkippedWithAMessage() {
        assertThat(run(dir.toString(), "org.openedx.learning.external_grader.score.submitted.v1"))
                .isZero();

        assertThat(out()).contains("Skipping org.openedx.learning.external_grader.score.submitted.v1");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void usageErrors() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("OXE6006: No output directory given. Usage: GenerateAvroSchemas");
        assertThat(run(dir.toString())).isEqualTo(2);
        assertThat(err()).contains("No event type given");
        assertThat(run(dir.toString(), "--all", "org.openedx.learning.auth.session.login.completed.v1"))
                .isEqualTo(2);
        assertThat(err()).contains("either --all or event types, not both");
        assertThat(run(dir.toString(), "--bogus")).isEqualTo(2);
        assertThat(err()).contains("Unknown option '--bogus'");
        assertThat(run(dir.toString(), "org.openedx.learning.course.enrolment.created.v1"))
                .isEqualTo(2);
        assertThat(err())
                .contains("Unknown event type 'org.openedx.learning.course.enrolment.created.v1'")
                .contains("org.openedx.learning.course.enrollment.created.v1");
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Usage: GenerateAvroSchemas <output directory>");
    }
}
