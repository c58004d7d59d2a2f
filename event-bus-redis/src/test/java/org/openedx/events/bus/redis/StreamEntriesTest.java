package org.openedx.events.bus.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEventException;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;

/** The entry fields, settings and command-line arguments; no Redis needed. */
class StreamEntriesTest {

    private static final EventsMetadata METADATA = new EventsMetadata(
            LearningEvents.SESSION_LOGIN_COMPLETED,
            UUID.fromString("c45efb10-3556-11ee-9f19-7e694b1e500b"),
            2,
            "openedx/lms/web",
            "lms-1",
            OffsetDateTime.parse("2024-01-01T14:00:00.123456Z"),
            List.of(11, 2, 0));

    @Test
    void writesUpstreamsFieldsInUpstreamsOrder() {
        Map<String, byte[]> fields = StreamEntries.encode(METADATA, new byte[] {1, 2});

        assertThat(fields.keySet())
                .containsExactly(
                        "type", "id", "source", "time", "minorversion", "sourcehost", "sourcelib", "event_data");
        assertThat(text(fields, "type")).isEqualTo("org.openedx.learning.auth.session.login.completed.v1");
        assertThat(text(fields, "id")).isEqualTo("c45efb10-3556-11ee-9f19-7e694b1e500b");
        assertThat(text(fields, "time")).isEqualTo("2024-01-01T14:00:00.123456+00:00");
        assertThat(text(fields, "minorversion")).isEqualTo("2");
        assertThat(text(fields, "sourcelib")).isEqualTo("11.2.0");
        assertThat(fields.get("event_data")).containsExactly(1, 2);
    }

    @Test
    void readsBackWhatItWrote() {
        StreamEntries.Header header = StreamEntries.readHeader(StreamEntries.encode(METADATA, new byte[] {1}), s -> {
            throw new AssertionError("no default needed");
        });

        assertThat(header.signal()).isEqualTo(LearningSignals.SESSION_LOGIN_COMPLETED);
        assertThat(header.metadata()).isEqualTo(METADATA);
    }

    @Test
    void missingOptionalFieldsTakeDefaultsAsUpstream() {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("type", bytes(LearningEvents.SESSION_LOGIN_COMPLETED));
        fields.put("sourcehost", new byte[0]);
        fields.put("event_data", new byte[] {1});

        EventsMetadata metadata =
                StreamEntries.readHeader(fields, s -> METADATA).metadata();

        assertThat(metadata).isEqualTo(METADATA);
    }

    @Test
    void unusableEntriesNameTheProblem() {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        assertThatThrownBy(() -> StreamEntries.readHeader(fields, s -> METADATA))
                .hasMessageContaining("'type'");
        fields.put("type", bytes("org.openedx.learning.auth.session.login.completd.v1"));
        assertThatThrownBy(() -> StreamEntries.readHeader(fields, s -> METADATA))
                .hasMessageContaining("not a known Open edX event type")
                .hasMessageContaining("org.openedx.learning.auth.session.login.completed.v1");
        fields.put("type", bytes(LearningEvents.SESSION_LOGIN_COMPLETED));
        assertThatThrownBy(() -> StreamEntries.readHeader(fields, s -> METADATA))
                .hasMessageContaining("'event_data'");
        fields.put("event_data", new byte[] {1});
        fields.put("time", bytes("2024-01-01T14:00:00+02:00"));
        assertThatThrownBy(() -> StreamEntries.readHeader(fields, s -> METADATA))
                .hasMessageContaining("timezone.utc");
    }

    @Test
    void settingsUseUpstreamsDefaultsAndRejectBadValues() {
        RedisSettings settings = RedisSettings.forUrl("redis://localhost:6379/0");
        assertThat(settings.streamMaxLen()).isEqualTo(10_000);
        assertThat(settings.pollTimeout().toSeconds()).isEqualTo(60);
        assertThat(settings.pollFailureSleep().toMillis()).isEqualTo(1000);
        assertThat(settings.streamKey("user-login")).isEqualTo("user-login");
        assertThat(RedisSettings.from(Map.of("EVENT_BUS_TOPIC_PREFIX", "dev")::get)
                        .streamKey("user-login"))
                .isEqualTo("dev-user-login");
        assertThatThrownBy(() -> RedisSettings.from(Map.of("EVENT_BUS_REDIS_STREAM_MAX_LEN", "lots")::get))
                .isInstanceOf(OpenEdxEventException.class)
                .hasMessageStartingWith(
                        "OXE5001: Setting 'EVENT_BUS_REDIS_STREAM_MAX_LEN' has the invalid value 'lots'");
        assertThatThrownBy(() -> RedisConnections.uri(RedisSettings.from(k -> null)))
                .hasMessageStartingWith("OXE7101: Setting 'EVENT_BUS_REDIS_CONNECTION_URL' is required");
    }

    @Test
    void consumerOptionsReadUpstreamsExtra() {
        RetryPolicy defaults = RedisSettings.forUrl("redis://x").defaults();
        ConsumerOptions options = ConsumerOptions.fromExtra("user-login", "g", """
                {"consumer_name": "c1", "check_backlog": true, "claim_msgs_older_than": 5000,
                 "signal": "org.openedx.learning.auth.session.login.completed.v1", "max_attempts": 7}""", defaults);

        assertThat(options.consumerName()).isEqualTo("c1");
        assertThat(options.checkBacklog()).isTrue();
        assertThat(options.retry().claimIdle().toMillis()).isEqualTo(5000);
        assertThat(options.retry().maxAttempts()).isEqualTo(7);
        assertThat(options.signal()).isEqualTo(LearningSignals.SESSION_LOGIN_COMPLETED);
        assertThatThrownBy(() -> ConsumerOptions.fromExtra("t", "g", "{}", defaults))
                .isInstanceOf(OpenEdxEventException.class)
                .hasMessageStartingWith("OXE7107: Consumer option 'consumer_name'");
        assertThatThrownBy(
                        () -> ConsumerOptions.fromExtra("t", "g", "{\"consumer_name\": \"c\", \"bogus\": 1}", defaults))
                .hasMessageStartingWith("OXE7107: Consumer option 'bogus'");
        assertThatThrownBy(() -> ConsumerOptions.fromExtra("t", "g", "[1]", defaults))
                .hasMessageContaining("a JSON object");
    }

    @Test
    void retryBackoffDoublesUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(
                5, java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(350), java.time.Duration.ZERO);
        assertThat(policy.delayAfter(1).toMillis()).isEqualTo(100);
        assertThat(policy.delayAfter(2).toMillis()).isEqualTo(200);
        assertThat(policy.delayAfter(3).toMillis()).isEqualTo(350);
    }

    @Test
    void commandRejectsBadArguments() {
        var err = new java.io.ByteArrayOutputStream();
        int status = ConsumeEvents.run(
                new String[] {"-t", "user-login"}, new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith(RedisError.COMMAND_USAGE.code() + ": -t <topic> and -g <group> are required");
    }

    private static String text(Map<String, byte[]> fields, String name) {
        return new String(fields.get(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
