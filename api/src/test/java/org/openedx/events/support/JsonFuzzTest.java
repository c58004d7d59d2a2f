package org.openedx.events.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.fuzz.Fuzzer;

/**
 * The JSON reader under fuzzed input: every input reads cleanly and writes back to a text that reads equal, or is a
 * {@link Json.SyntaxException}; never anything else, never slow.
 */
class JsonFuzzTest {

    private static final String METADATA = "{\"event_type\": \"org.openedx.learning.course.enrollment.created.v1\", "
            + "\"id\": \"8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e\", \"minorversion\": 0, \"source\": \"openedx/lms/web\","
            + " \"sourcehost\": \"lms-1\", \"time\": \"2024-01-02T03:04:05.123456+00:00\", \"sourcelib\": [0, 1, 0]}";

    private static final String NESTED = "{\"data\": {\"enrollment\": {\"user\": {\"id\": 42, \"is_active\": true, "
            + "\"pii\": {\"username\": \"a\\u00e9\\\\\\\"b\", \"email\": null}}, \"mode\": \"audit\", "
            + "\"scores\": [1.5, -0, 2e10, []], \"tags\": {\"x\": [\"\\ud83d\\ude00\"]}}}}";

    @Test
    void everyInputReadsAndRoundTripsOrIsASyntaxError() {
        Fuzzer fuzzer = new Fuzzer(1205L);
        List<String> inputs = new ArrayList<>();
        inputs.addAll(fuzzer.mutate(METADATA, 3_000));
        inputs.addAll(fuzzer.mutate(NESTED, 3_000));
        int clean = fuzzer.run(
                "Json.parse",
                inputs,
                text -> {
                    Object value = Json.parse(text, 1 << 21);
                    Fuzzer.writesBack("Json.parse(write(value))", () -> {
                        assertThat(Json.parse(write(value), 1 << 21)).isEqualTo(value);
                        Json.check(text, 1 << 21);
                    });
                },
                Json.SyntaxException.class);
        assertThat(clean).as("some mutations stay valid JSON").isPositive();
    }

    @Test
    void metadataReadsAndRoundTripsOrIsASenderValidationError() {
        Fuzzer fuzzer = new Fuzzer(2612L);
        fuzzer.run(
                "EventsMetadata.fromJson",
                fuzzer.mutate(METADATA, 5_000),
                text -> {
                    EventsMetadata metadata = EventsMetadata.fromJson(text);
                    Fuzzer.writesBack(
                            "EventsMetadata.toJson",
                            () -> assertThat(EventsMetadata.fromJson(metadata.toJson()))
                                    .isEqualTo(metadata));
                },
                org.openedx.events.SenderValidationException.class);
    }

    /** A plain writer of parsed values (the reader's inverse), for the round trip. */
    private static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Json.appendKey(out, (String) entry.getKey(), first);
                first = false;
                write(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof String text) {
            Json.appendString(out, text);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.unscaledValue()).append("E").append(-decimal.scale());
        } else {
            out.append(value);
        }
    }
}
