package org.openedx.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EventsMetadataTest {

    private static final UUID ID = UUID.fromString("c45efb10-3556-11ee-9f19-7e694b1e500b");

    private static EventsMetadata metadata(int minorVersion, OffsetDateTime time) {
        return new EventsMetadata(
                "t", ID, minorVersion, "openedx/SERVICE_NAME_UNSET/web", "h", time, List.of(11, 2, 0));
    }

    @Test
    void toJsonWritesExactlyWhatUpstreamWrites() {
        EventsMetadata metadata = metadata(3, OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 6000, ZoneOffset.UTC));

        assertThat(metadata.toJson())
                .isEqualTo("{\"event_type\": \"t\", "
                        + "\"id\": \"c45efb10-3556-11ee-9f19-7e694b1e500b\", \"minorversion\": 3, "
                        + "\"source\": \"openedx/SERVICE_NAME_UNSET/web\", \"sourcehost\": \"h\", "
                        + "\"time\": \"2024-01-02T03:04:05.000006+00:00\", \"sourcelib\": [11, 2, 0]}");
    }

    @Test
    void toJsonOmitsZeroMicrosecondsAndEscapesLikePython() {
        EventsMetadata metadata = new EventsMetadata(
                "t",
                ID,
                0,
                "openedx/caf\u00e9/web",
                "h\"1",
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
                List.of(0, 1, 0));

        assertThat(metadata.toJson())
                .contains("\"time\": \"2024-01-02T03:04:05+00:00\"")
                .contains("\"source\": \"openedx/caf\\u00e9/web\"")
                .contains("\"sourcehost\": \"h\\\"1\"");
    }

    // upstream: test_data.py::test_events_metadata_to_and_from_json
    @Test
    void jsonRoundTripIsLosslessIncludingTheMinorVersion() {
        EventsMetadata metadata = metadata(4, OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123456000, ZoneOffset.UTC));

        assertThat(EventsMetadata.fromJson(metadata.toJson())).isEqualTo(metadata);
    }

    @Test
    void fromJsonReadsUpstreamJsonWithZAndWithoutMinorVersion() {
        EventsMetadata metadata = EventsMetadata.fromJson("{\"event_type\": \"t\", \"id\": \"" + ID + "\", "
                + "\"source\": \"s\", \"sourcehost\": \"h\", \"time\": \"2024-01-02T03:04:05Z\", "
                + "\"sourcelib\": [1, 2, 3]}");

        assertThat(metadata.minorVersion()).isZero();
        assertThat(metadata.time()).isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
        assertThat(metadata.sourceLib()).containsExactly(1, 2, 3);
    }

    @Test
    void fromJsonNamesTheMissingOrBadField() {
        assertThatThrownBy(() -> EventsMetadata.fromJson("{\"event_type\": \"t\"}"))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageContaining("'id' is required");
        assertThatThrownBy(() -> EventsMetadata.fromJson("[1]"))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> EventsMetadata.fromJson("{\"event_type\": \"t\", \"id\": \"" + ID + "\", "
                        + "\"source\": \"s\", \"sourcehost\": \"h\", \"time\": \"2024-01-02T03:04:05\", "
                        + "\"sourcelib\": [1]}"))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageContaining("'time' must be an ISO-8601 date-time with a UTC offset");
        assertThatThrownBy(() -> EventsMetadata.fromJson(null)).isInstanceOf(SenderValidationException.class);
    }

    // upstream: test_tooling.py::test_generate_signal_metadata_fails_with_invalid_time
    @Test
    void timeMustBeUtc() {
        assertThatThrownBy(() -> metadata(0, OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(1))))
                .isInstanceOf(SenderValidationException.class)
                .hasMessage("SenderValidationError t: 'time' must have timezone.utc: got 2024-01-02T03:04:05+01:00; "
                        + "pass a time with offset Z (+00:00)");
    }

    @Test
    void nullComponentsAreNamed() {
        assertThatThrownBy(() ->
                        new EventsMetadata("t", null, 0, "s", "h", OffsetDateTime.now(ZoneOffset.UTC), List.of(1)))
                .isInstanceOf(SenderValidationException.class)
                .hasMessageContaining("EventsMetadata field 'id' is required");
    }

    @Test
    void timeIsKeptToTheMicrosecondAndSourceLibIsCopied() {
        List<Integer> lib = new java.util.ArrayList<>(List.of(1, 2, 3));
        EventsMetadata metadata = new EventsMetadata(
                "t", ID, 0, "s", "h", OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123456789, ZoneOffset.UTC), lib);
        lib.add(4);

        assertThat(metadata.time().getNano()).isEqualTo(123456000);
        assertThat(metadata.sourceLib()).containsExactly(1, 2, 3);
        assertThat(metadata.sourceLibVersion()).isEqualTo("1.2.3");
    }
}
