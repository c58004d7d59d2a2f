package org.openedx.events.wire.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.keys.CourseKey;

/** test_schema.py's rejections: types with no Avro form fail with the event, the path and the reason. */
class UnsupportedTypesTest {

    record Inner(@NotNull List<CourseKey> keys) {}

    record KeyList(@NotNull Inner inner) {}

    record DateMap(@NotNull Map<String, OffsetDateTime> dates) {}

    record LongKeys(@NotNull Map<Long, String> values) {}

    @SuppressWarnings("rawtypes")
    record RawList(@NotNull List values) {}

    record Local(@NotNull LocalDateTime at) {}

    record Anything(@NotNull Object value) {}

    record ListOfMapsOfLists(@NotNull List<Map<String, List<Long>>> nested) {}

    record Node(long value, Node next) {}

    private static <T> OpenEdxPublicSignal<T> signal(Class<T> type) {
        return OpenEdxPublicSignal.of("test.unsupported." + type.getSimpleName().toLowerCase(), "data", type);
    }

    @Test
    void customTypesInsideListsAreRejectedAsUpstreamDoes() {
        assertThatThrownBy(() -> AvroSchemas.schemaFor(signal(KeyList.class)))
                .isInstanceOfSatisfying(AvroCodecException.class, e -> {
                    assertThat(e.code()).isEqualTo("OXE6002");
                    assertThat(e.path()).isEqualTo("data.inner.keys");
                })
                .hasMessage("OXE6002: Cannot generate the Avro schema of event test.unsupported.keylist: "
                        + "'data.inner.keys' has type java.util.List<org.openedx.events.keys.CourseKey>, which "
                        + "contains org.openedx.events.keys.CourseKey, which upstream's Avro generator does not "
                        + "support inside a list or map (custom types such as keys, datetime and UUID are allowed "
                        + "only as record fields)");
        assertThatThrownBy(() -> AvroSchemas.schemaFor(signal(DateMap.class)))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'data.dates' has type")
                .hasMessageContaining("contains java.time.OffsetDateTime");
    }

    @Test
    void mapKeysMustBeStrings() {
        assertThatThrownBy(() -> AvroSchemas.schemaFor(signal(LongKeys.class)))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'data.values' has type java.util.Map<java.lang.Long, java.lang.String>, which "
                        + "has keys that are not String; Avro maps only support string keys");
    }

    @Test
    void containersNeedElementTypes() {
        assertThatThrownBy(() -> AvroSchemas.schemaFor(signal(RawList.class)))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'data.values' has type java.util.List, which has no element type");
    }

    @Test
    void otherClassesAreRejected() {
        assertThatThrownBy(() -> AvroSchemas.schemaFor(signal(Local.class)))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'data.at' has type java.time.LocalDateTime, which is not supported");
        assertThatThrownBy(() -> new AvroSignalSerializer<>(signal(Anything.class)))
                .isInstanceOf(AvroCodecException.class)
                .hasMessageContaining("'data.value' has type java.lang.Object, which is not supported");
        assertThat(AvroSchemas.isSerializable(signal(Anything.class))).isFalse();
    }

    @Test
    void nestedContainersOfSimpleTypesWork() {
        var signal = signal(ListOfMapsOfLists.class);
        var data = new ListOfMapsOfLists(List.of(Map.of("a", List.of(1L, 2L)), Map.of()));

        assertThat(AvroSchemas.schemaFor(signal)
                        .getField("data")
                        .schema()
                        .getField("nested")
                        .schema()
                        .toString())
                .isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"map\",\"values\":{\"type\":\"array\","
                        + "\"items\":\"long\"}}}");
        assertThat(new AvroSignalDeserializer<>(signal).deserialize(new AvroSignalSerializer<>(signal).serialize(data)))
                .isEqualTo(data);
    }

    @Test
    void recursiveRecordsReferThemselvesByName() {
        var signal = signal(Node.class);
        var data = new Node(1, new Node(2, null));

        assertThat(AvroSchemas.schemaJson(signal))
                .containsOnlyOnce("\"name\": \"Node\"")
                .contains("\"null\",\n              \"Node\"");
        assertThat(new AvroSignalDeserializer<>(signal).deserialize(new AvroSignalSerializer<>(signal).serialize(data)))
                .isEqualTo(data);
    }
}
