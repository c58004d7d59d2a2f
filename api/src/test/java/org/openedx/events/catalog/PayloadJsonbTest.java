package org.openedx.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every payload record survives a JSON-B round trip and is written with upstream's snake_case names. */
class PayloadJsonbTest {

    private static Jsonb jsonb;

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    static List<Class<?>> records() {
        return PayloadRecords.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void roundTripKeepsTheValue(Class<?> recordType) {
        Object sample = Samples.sample(recordType);

        String json = jsonb.toJson(sample);
        Object back = jsonb.fromJson(json, recordType);

        assertThat(back).as(json).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void jsonUsesTheWireNames(Class<?> recordType) {
        List<String> wireNames = Arrays.stream(recordType.getRecordComponents())
                .map(c ->
                        CatalogConformanceTest.wireName(CatalogConformanceTest.declaredField(recordType, c.getName())))
                .toList();
        UpstreamCatalog.get()
                .dataClassOf(recordType)
                .ifPresent(cls -> assertThat(wireNames)
                        .containsExactlyElementsOf(cls.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                                .map(f -> f.getString("name"))
                                .toList()));

        try (JsonReader reader = Json.createReader(new StringReader(jsonb.toJson(Samples.sample(recordType))))) {
            assertThat(reader.readObject().keySet()).containsExactlyInAnyOrderElementsOf(wireNames);
        }
        assertThat(wireNames).allMatch(name -> name.equals(name.toLowerCase()), "snake_case");
        assertThat(Arrays.stream(recordType.getRecordComponents()))
                .filteredOn(c -> !c.getName().equals(c.getName().toLowerCase()))
                .allMatch(
                        c -> CatalogConformanceTest.declaredField(recordType, c.getName())
                                .isAnnotationPresent(JsonbProperty.class),
                        "camelCase components carry @JsonbProperty");
    }
}
