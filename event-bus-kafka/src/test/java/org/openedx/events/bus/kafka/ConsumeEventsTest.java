package org.openedx.events.bus.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.openedx.events.learning.LearningSignals;

/** The command line's arguments and {@code --extra}: read strictly, a bad one is status 2 with the reason. */
class ConsumeEventsTest {

    @Test
    void badArgumentsEndWithStatusTwoAndTheUsage() {
        assertThat(run("-t", "user-login"))
                .isEqualTo("2 OXE7209: -t <topic> and -g <group> are required. Usage: "
                        + "ConsumeEvents -t <topic> -g <group> [--extra '<JSON object>']");
        assertThat(run("-t")).startsWith("2 OXE7209: '-t' needs a value");
        assertThat(run("--topics", "x")).startsWith("2 OXE7209: unknown argument '--topics'");
    }

    @Test
    void extraTakesTheLibrarysKeys() {
        KafkaConsumerOptions options = KafkaConsumerOptions.fromExtra(
                "user-login",
                "g",
                "{\"signal\": \"org.openedx.learning.auth.session.login.completed.v1\", \"max_attempts\": 3}",
                Duration.ofSeconds(1));
        assertThat(options.topic()).isEqualTo("user-login");
        assertThat(options.groupId()).isEqualTo("g");
        assertThat(options.signal()).isEqualTo(LearningSignals.SESSION_LOGIN_COMPLETED);
        assertThat(options.maxAttempts()).isEqualTo(3);
        assertThat(KafkaConsumerOptions.fromExtra("t", "g", null, Duration.ofSeconds(1))
                        .maxAttempts())
                .isEqualTo(5);
        assertThatThrownBy(
                        () -> KafkaConsumerOptions.fromExtra("t", "g", "{\"topic\": \"other\"}", Duration.ofSeconds(1)))
                .hasMessageStartingWith("OXE7208: Kafka consumer option 'topic'");
        assertThatThrownBy(() -> KafkaConsumerOptions.fromExtra("t", "g", "[1]", Duration.ofSeconds(1)))
                .hasMessageContaining("allowed: a JSON object");
    }

    private static String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ConsumeEvents.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
        return status + " " + err.toString(StandardCharsets.UTF_8).strip();
    }
}
