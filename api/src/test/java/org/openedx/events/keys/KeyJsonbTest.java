package org.openedx.events.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keys travel through JSON-B as their canonical strings.
 */
class KeyJsonbTest {

    /** A payload holding one key of each type. */
    public record AllKeys(
            @JsonbProperty("course_key") CourseKey courseKey,
            @JsonbProperty("ccx_key") CCXLocator ccxKey,
            @JsonbProperty("usage_key") UsageKey usageKey,
            @JsonbProperty("library_key") LibraryLocatorV2 libraryKey,
            @JsonbProperty("library_block_key") LibraryUsageLocatorV2 libraryBlockKey,
            @JsonbProperty("collection_key") LibraryCollectionLocator collectionKey,
            @JsonbProperty("container_key") LibraryContainerLocator containerKey) {}

    /** A payload with a single course key. */
    public record CoursePayload(@JsonbProperty("course_key") CourseKey courseKey) {}

    private static Jsonb jsonb;

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    @Test
    void courseKeyIsWrittenAsAPlainString() {
        String json = jsonb.toJson(new CoursePayload(CourseKey.of("edX", "DemoX", "Demo_Course")));

        assertThat(json).isEqualTo("{\"course_key\":\"course-v1:edX+DemoX+Demo_Course\"}");
        assertThat(jsonb.fromJson(json, CoursePayload.class).courseKey())
                .isEqualTo(CourseKey.of("edX", "DemoX", "Demo_Course"));
    }

    @Test
    void subtypesSurviveTheRoundTripThroughTheirBaseType() {
        String json = "{\"course_key\":\"ccx-v1:org+course+run+ccx@3\"}";

        CoursePayload payload = jsonb.fromJson(json, CoursePayload.class);

        assertThat(payload.courseKey()).isInstanceOf(CCXLocator.class);
        assertThat(jsonb.toJson(payload)).isEqualTo(json);
    }

    @Test
    void everyKeyTypeRoundTrips() {
        AllKeys keys = new AllKeys(
                CourseKey.parse("course-v1:edX+DemoX+Demo_Course"),
                CCXLocator.parse("ccx-v1:edX+DemoX+Demo_Course+ccx@1"),
                UsageKey.parse("lb:MITx:lib:problem:p1"),
                LibraryLocatorV2.parse("lib:MITx:lib"),
                LibraryUsageLocatorV2.parse("lb:UnicodeX:i18n-lib:html:έψιλον"),
                LibraryCollectionLocator.parse("lib-collection:MITx:lib:col1"),
                LibraryContainerLocator.parse("lct:MITx:lib:unit:u1"));

        String json = jsonb.toJson(keys);

        assertThat(json)
                .contains("\"course_key\":\"course-v1:edX+DemoX+Demo_Course\"")
                .contains("\"ccx_key\":\"ccx-v1:edX+DemoX+Demo_Course+ccx@1\"")
                .contains("\"usage_key\":\"lb:MITx:lib:problem:p1\"")
                .contains("\"library_key\":\"lib:MITx:lib\"")
                .contains("\"library_block_key\":\"lb:UnicodeX:i18n-lib:html:έψιλον\"")
                .contains("\"collection_key\":\"lib-collection:MITx:lib:col1\"")
                .contains("\"container_key\":\"lct:MITx:lib:unit:u1\"");
        assertThat(jsonb.fromJson(json, AllKeys.class)).isEqualTo(keys);
    }

    @Test
    void nullKeyStaysNull() {
        assertThat(jsonb.fromJson("{\"course_key\":null}", CoursePayload.class).courseKey())
                .isNull();
    }

    @Test
    void invalidStringFailsWithTheKeyErrorInTheCauseChain() {
        assertThatThrownBy(() -> jsonb.fromJson("{\"course_key\":\"edX+DemoX\"}", CoursePayload.class))
                .isInstanceOf(JsonbException.class)
                .hasRootCauseInstanceOf(InvalidKeyException.class)
                .rootCause()
                .hasMessageContaining("Invalid CourseKey 'edX+DemoX'");
    }
}
