package org.openedx.events.wire.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.catalog.WireSamples;
import org.openedx.events.fuzz.Fuzzer;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.wire.avro.AvroCodecException;
import org.openedx.events.wire.avro.AvroSchemas;
import org.openedx.events.wire.avro.AvroSignalDeserializer;
import org.openedx.events.wire.avro.AvroSignalSerializer;
import org.openedx.events.wire.cloudevents.CloudEventFormatException;
import org.openedx.events.wire.cloudevents.CloudEventMessage;
import org.openedx.events.wire.cloudevents.CloudEventsJson;

/**
 * The wire-format readers under fuzzed input, starting from every signal's sample payload: each input reads cleanly
 * and writes back to bytes or text that read equal, or fails with the format's documented exception; never anything
 * else, never slow.
 */
class WireFormatsFuzzTest {

    private static final OffsetDateTime TIME = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC);
    private static final UUID ID = UUID.fromString("8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e");

    private static CloudEventsJson cloudEvents;

    @BeforeAll
    static void create() {
        cloudEvents = new CloudEventsJson();
    }

    @AfterAll
    static void close() {
        cloudEvents.close();
    }

    @Test
    void cloudEventsJsonReadsAndRoundTripsOrIsACloudEventFormatError() {
        Fuzzer fuzzer = new Fuzzer(6101L);
        List<String> inputs = new ArrayList<>();
        for (OpenEdxPublicSignal<?> signal : OpenEdxPublicSignal.allEvents()) {
            inputs.addAll(fuzzer.mutate(write(signal), 60));
        }
        inputs.addAll(fuzzer.mutate(write(LearningSignals.COURSE_ENROLLMENT_CREATED), 3_000));
        int clean = fuzzer.run(
                "CloudEventsJson.read",
                inputs,
                text -> {
                    CloudEventMessage<?> event = cloudEvents.read(text);
                    Fuzzer.writesBack("CloudEventsJson.write", () -> {
                        String written = cloudEvents.write(event);
                        assertThat(cloudEvents.write(cloudEvents.read(written))).isEqualTo(written);
                    });
                },
                CloudEventFormatException.class);
        assertThat(clean).as("some mutations stay readable").isPositive();
    }

    @Test
    void avroReadsAndRoundTripsOrIsAnAvroCodecError() {
        Fuzzer fuzzer = new Fuzzer(6004L);
        for (OpenEdxPublicSignal<?> signal : OpenEdxPublicSignal.allEvents()) {
            if (!AvroSchemas.isSerializable(signal)) {
                continue; // upstream's KNOWN_UNSERIALIZABLE_SIGNALS have no Avro form
            }
            fuzzAvro(fuzzer, signal, signal.eventType().endsWith("enrollment.created.v1") ? 3_000 : 150);
        }
    }

    private static <T> void fuzzAvro(Fuzzer fuzzer, OpenEdxPublicSignal<T> signal, int count) {
        AvroSignalSerializer<T> serializer = new AvroSignalSerializer<>(signal);
        AvroSignalDeserializer<T> deserializer = new AvroSignalDeserializer<>(signal);
        byte[] valid = serializer.serialize(signal.cast(WireSamples.full(signal.dataType())));
        fuzzer.run(
                "AvroSignalDeserializer.deserialize(" + signal.eventType() + ")",
                fuzzer.mutate(valid, count),
                bytes -> {
                    T value = deserializer.deserialize(bytes);
                    Fuzzer.writesBack("AvroSignalSerializer.serialize", () -> {
                        byte[] written = serializer.serialize(value);
                        assertThat(serializer.serialize(deserializer.deserialize(written)))
                                .isEqualTo(written);
                    });
                },
                AvroCodecException.class);
    }

    private static <T> String write(OpenEdxPublicSignal<T> signal) {
        EventsMetadata metadata = new EventsMetadata(
                signal.eventType(), ID, signal.minorVersion(), "openedx/lms/web", "lms-1", TIME, List.of(11, 2, 0));
        return cloudEvents.write(metadata, signal, signal.cast(WireSamples.full(signal.dataType())));
    }
}
