package org.openedx.events.wire.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.catalog.UpstreamCatalog;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.wire.payload.PayloadType.ScalarKind;

/**
 * The one payload type model every wire format follows: it agrees with upstream's catalog field by field, and it
 * classifies what the formats cannot carry as {@link PayloadType.Unsupported} with a reason.
 */
class PayloadTypeTest {

    private static final Set<String> KEY_TYPES = Set.of(
            "CourseKey",
            "UsageKey",
            "CCXLocator",
            "LibraryLocatorV2",
            "LibraryUsageLocatorV2",
            "LibraryCollectionLocator",
            "LibraryContainerLocator");

    private static final Map<String, ScalarKind> SCALARS = Map.of(
            "str", ScalarKind.STRING,
            "int", ScalarKind.LONG,
            "bool", ScalarKind.BOOLEAN,
            "float", ScalarKind.DOUBLE,
            "datetime", ScalarKind.DATE_TIME,
            "UUID", ScalarKind.UUID,
            "BinaryIO", ScalarKind.BYTES);

    @Test
    void everyUpstreamDataClassHasTheCatalogsFieldsKindsAndNullability() {
        List<String> problems = new ArrayList<>();
        Map<String, JsonObject> classes = UpstreamCatalog.get().dataClasses();
        assertThat(classes).hasSize(55);
        for (Map.Entry<String, JsonObject> entry : classes.entrySet()) {
            if (entry.getKey().equals("openedx_events.data.EventsMetadata")) {
                continue; // the envelope, not a payload: its wire names are CloudEvents attributes
            }
            PayloadType.RecordOf record = PayloadType.ofRecord(UpstreamCatalog.javaClass(entry.getKey()));
            List<JsonObject> fields = entry.getValue().getJsonArray("fields").getValuesAs(JsonObject.class);
            assertThat(record.wireNames())
                    .as(entry.getKey())
                    .containsExactlyElementsOf(
                            fields.stream().map(f -> f.getString("name")).toList());
            for (JsonObject field : fields) {
                PayloadType.Component component = record.component(field.getString("name"));
                String where = entry.getKey() + "." + field.getString("name");
                if (component.nullable() != field.getBoolean("default_is_none")) {
                    problems.add(where + ": nullable " + component.nullable());
                }
                String expected = describe(field.getString("type"));
                String actual = describe(component.type());
                if (!expected.equals(actual)) {
                    problems.add(where + ": expected " + expected + ", model says " + actual);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everySignalsPayloadIsARecordWithoutUnsupportedParts() {
        for (OpenEdxPublicSignal<?> signal : OpenEdxPublicSignal.allEvents()) {
            assertThat(unsupportedParts(PayloadType.of(signal.dataType()), new ArrayList<>()))
                    .as(signal.eventType())
                    .isEmpty();
        }
    }

    @Test
    void recordsAreBuiltOnceAndShared() {
        Class<?> type = OpenEdxPublicSignal.allEvents().get(0).dataType();
        assertThat(PayloadType.of(type)).isSameAs(PayloadType.of(type)).isSameAs(PayloadType.ofRecord(type));
    }

    record Odd(
            LocalDateTime at,
            Map<Integer, String> byNumber,
            List raw,
            @NotNull CourseKey course) {}

    @Test
    void whatNoFormatCarriesIsUnsupportedWithItsReason() {
        PayloadType.RecordOf odd = PayloadType.ofRecord(Odd.class);
        assertThat(odd.component("at").type())
                .isEqualTo(new PayloadType.Unsupported(
                        "java.time.LocalDateTime",
                        "is not supported: payload types are records, lists, maps with string keys, boolean, long, int, "
                                + "double, byte[], String, OffsetDateTime, UUID and the opaque keys"));
        assertThat(((PayloadType.Unsupported) odd.component("byNumber").type()).reason())
                .startsWith("has keys that are not String");
        assertThat(((PayloadType.Unsupported) odd.component("raw").type()).reason())
                .startsWith("has no element type");
        PayloadType.Scalar course = (PayloadType.Scalar) odd.component("course").type();
        assertThat(course.kind()).isEqualTo(ScalarKind.KEY);
        assertThat(course.kind().custom()).isTrue();
        assertThat(odd.component("course").nullable()).isFalse();
        assertThat(odd.component("at").nullable()).isTrue();
        assertThatThrownBy(() -> PayloadType.ofRecord(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a record type: java.lang.String");
    }

    private static List<String> unsupportedParts(PayloadType type, List<String> out) {
        if (type instanceof PayloadType.Unsupported unsupported) {
            out.add(unsupported.toString());
        } else if (type instanceof PayloadType.ListOf list) {
            unsupportedParts(list.element(), out);
        } else if (type instanceof PayloadType.MapOf map) {
            unsupportedParts(map.value(), out);
        } else if (type instanceof PayloadType.RecordOf record) {
            record.components().forEach(c -> unsupportedParts(c.type(), out));
        }
        return out;
    }

    /**
     * The catalog's type annotation as the model should see it: {@code List[int]} is {@code LIST(LONG)},
     * {@code dict[str, List[str]]} is {@code MAP(LIST(STRING))}, {@code UserData} is {@code RECORD(UserData)}.
     */
    private static String describe(String annotation) {
        String type = annotation.strip();
        int open = type.indexOf('[');
        if (open > 0 && type.endsWith("]")) {
            String container = type.substring(0, open).toLowerCase(java.util.Locale.ROOT);
            String arguments = type.substring(open + 1, type.length() - 1);
            if (container.equals("list")) {
                return "LIST(" + describe(arguments) + ")";
            }
            int comma = arguments.indexOf(',');
            return "MAP(" + describe(arguments.substring(comma + 1)) + ")";
        }
        if (SCALARS.containsKey(type)) {
            return SCALARS.get(type).name();
        }
        if (KEY_TYPES.contains(type)) {
            return "KEY(" + type + ")";
        }
        return "RECORD(" + type + ")";
    }

    private static String describe(PayloadType type) {
        if (type instanceof PayloadType.Scalar scalar) {
            return scalar.kind() == ScalarKind.KEY
                    ? "KEY(" + scalar.javaType().getSimpleName() + ")"
                    : scalar.kind().name();
        }
        if (type instanceof PayloadType.ListOf list) {
            return "LIST(" + describe(list.element()) + ")";
        }
        if (type instanceof PayloadType.MapOf map) {
            return "MAP(" + describe(map.value()) + ")";
        }
        if (type instanceof PayloadType.RecordOf record) {
            return "RECORD(" + record.type().getSimpleName() + ")";
        }
        return type.toString();
    }
}
