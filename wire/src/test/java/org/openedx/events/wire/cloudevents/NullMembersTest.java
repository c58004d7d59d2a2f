package org.openedx.events.wire.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.catalog.WireSamples;
import org.openedx.events.wire.payload.PayloadType;

/**
 * Optional values are written as {@code null}, as the class documentation says, whatever their wire name: every
 * nullable component of every payload is present, as null, in the JSON of the minimal sample (all optional values
 * null), including those named by {@code @JsonbProperty} ({@code actor_id}, {@code enrollment_start}, ...).
 */
class NullMembersTest {

    private static CloudEventsJson cloudEvents;

    @BeforeAll
    static void create() {
        cloudEvents = new CloudEventsJson();
    }

    @AfterAll
    static void close() {
        cloudEvents.close();
    }

    static Stream<OpenEdxPublicSignal<?>> signals() {
        return OpenEdxPublicSignal.allEvents().stream();
    }

    @ParameterizedTest
    @MethodSource("signals")
    <T> void everyNullableComponentIsWrittenAsNull(OpenEdxPublicSignal<T> signal) {
        EventsMetadata metadata = new EventsMetadata(
                signal.eventType(),
                UUID.randomUUID(),
                0,
                "openedx/lms/web",
                "lms-1",
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
                List.of(0, 1, 0));
        String json = cloudEvents.write(metadata, signal, signal.cast(WireSamples.minimal(signal.dataType())));
        JsonObject payload = Json.createReader(new StringReader(json))
                .readObject()
                .getJsonObject("data")
                .getJsonObject(signal.dataKey());
        assertNullables(PayloadType.ofRecord(signal.dataType()), payload, signal.dataKey());
    }

    private static void assertNullables(PayloadType.RecordOf record, JsonObject object, String path) {
        for (PayloadType.Component component : record.components()) {
            String where = path + "." + component.wireName();
            assertThat(object).as(where).containsKey(component.wireName());
            JsonValue value = object.get(component.wireName());
            if (component.nullable()) {
                assertThat(value).as(where).isEqualTo(JsonValue.NULL);
            } else if (component.type() instanceof PayloadType.RecordOf nested) {
                assertNullables(nested, value.asJsonObject(), where);
            }
        }
    }
}
