package org.openedx.events.wire.avro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxPublicSignal;

/**
 * {@link AvroSchemas#warmUp} makes up a valid payload of every serializable event of the catalog and runs the codec
 * on it; an event upstream does not serialize still fails as {@link AvroSchemas#schemaFor} does.
 */
class WarmUpTest {

    @Test
    void everySerializableEventOfTheCatalogWarmsUp() {
        List<String> failed = OpenEdxPublicSignal.allEvents().stream()
                .filter(AvroSchemas::isSerializable)
                .filter(signal -> !AvroSchemas.warmUp(signal))
                .map(OpenEdxPublicSignal::eventType)
                .toList();

        assertThat(OpenEdxPublicSignal.allEvents().stream().filter(AvroSchemas::isSerializable))
                .hasSizeGreaterThan(60);
        assertThat(failed).isEmpty();
    }

    @Test
    void aSampleSetsEveryFieldAndSurvivesTheRoundTrip() {
        OpenEdxPublicSignal<?> signal =
                OpenEdxPublicSignal.getSignalByType("org.openedx.learning.course.enrollment.created.v1");
        SignalCodec codec = AvroSchemas.codec(signal);
        Object sample = codec.sample();

        byte[] bytes = codec.encode(sample);

        assertThat(codec.decode(bytes, 0, bytes.length)).isEqualTo(sample);
        assertThat(sample.toString()).doesNotContain("=null");
    }
}
