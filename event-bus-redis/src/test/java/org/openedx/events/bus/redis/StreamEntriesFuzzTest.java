package org.openedx.events.bus.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.fuzz.Fuzzer;
import org.openedx.events.learning.LearningEvents;

/**
 * The metadata fields of a stream entry under fuzzed input, field by field: each entry reads cleanly and writes back
 * to fields that read equal, or is refused with an {@link IllegalArgumentException} naming the field; never anything
 * else, never slow. (The consumer dead-letters what is refused; see RedisEventBusTest for that on a real Redis.)
 */
class StreamEntriesFuzzTest {

    private static final EventsMetadata METADATA = new EventsMetadata(
            LearningEvents.SESSION_LOGIN_COMPLETED,
            UUID.fromString("8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"),
            0,
            "openedx/lms/web",
            "lms-1",
            OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC),
            List.of(11, 2, 0));

    @Test
    void everyFieldReadsAndRoundTripsOrIsRefusedNamingIt() {
        Fuzzer fuzzer = new Fuzzer(7102L);
        Map<String, byte[]> valid = StreamEntries.encode(METADATA, new byte[] {1, 2, 3});
        for (String field : List.of("type", "id", "time", "minorversion", "sourcehost", "sourcelib", "source")) {
            String text = new String(valid.get(field), StandardCharsets.UTF_8);
            List<String> inputs = fuzzer.mutate(text, 400);
            fuzzer.run(
                    "StreamEntries.readHeader(" + field + ")",
                    inputs,
                    mutated -> {
                        Map<String, byte[]> fields = new LinkedHashMap<>(valid);
                        fields.put(field, mutated.getBytes(StandardCharsets.UTF_8));
                        StreamEntries.Header header = StreamEntries.readHeader(fields, signal -> METADATA);
                        Fuzzer.writesBack("StreamEntries.encode", () -> {
                            Map<String, byte[]> again = StreamEntries.encode(header.metadata(), new byte[] {1});
                            assertThat(StreamEntries.readHeader(again, signal -> METADATA)
                                            .metadata())
                                    .isEqualTo(header.metadata());
                        });
                    },
                    IllegalArgumentException.class);
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheField() {
        Map<String, byte[]> fields = StreamEntries.encode(METADATA, new byte[] {1});
        fields.put("sourcehost", new byte[] {'a', (byte) 0xE2, (byte) 0x82});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StreamEntries.readHeader(fields, s -> METADATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'sourcehost' is not UTF-8 text (3 bytes)");
    }
}
