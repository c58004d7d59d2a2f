package org.openedx.events.benchmarks;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.openedx.events.EventsMetadata;
import org.openedx.events.LibraryVersion;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.wire.avro.AvroSignalDeserializer;
import org.openedx.events.wire.avro.AvroSignalSerializer;
import org.openedx.events.wire.cloudevents.CloudEventMessage;
import org.openedx.events.wire.cloudevents.CloudEventsJson;

/**
 * Scenario 6: the two wire formats, each an encode and a decode of the same COURSE_ENROLLMENT_CREATED event.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class CodecBenchmarks {

    private final CourseEnrollmentData enrollment = Containers.enrollment();
    private final EventsMetadata metadata = new EventsMetadata(
            LearningEvents.COURSE_ENROLLMENT_CREATED,
            UUID.fromString("b1a2c3d4-0e0f-11ef-9a6b-0242ac120002"),
            0,
            "openedx/lms/web",
            "bench-host",
            enrollment.creationDate(),
            LibraryVersion.SOURCE_LIB);
    private AvroSignalSerializer<CourseEnrollmentData> avroWriter;
    private AvroSignalDeserializer<CourseEnrollmentData> avroReader;
    private CloudEventsJson cloudEvents;

    /** Builds the codecs once, as an application would, and checks both round trips. */
    @Setup(Level.Trial)
    public void start() {
        avroWriter = new AvroSignalSerializer<>(LearningSignals.COURSE_ENROLLMENT_CREATED);
        avroReader = new AvroSignalDeserializer<>(LearningSignals.COURSE_ENROLLMENT_CREATED);
        cloudEvents = new CloudEventsJson();
        if (!avroRoundTrip().equals(enrollment)) {
            throw new IllegalStateException("the Avro round trip changed the payload");
        }
        CloudEventMessage<?> back = cloudEventsRoundTrip();
        if (!back.data().equals(enrollment) || !back.metadata().equals(metadata)) {
            throw new IllegalStateException("the CloudEvents round trip changed the event");
        }
    }

    /** Releases the JSON-B instance. */
    @TearDown(Level.Trial)
    public void stop() {
        cloudEvents.close();
    }

    /**
     * Avro binary (the event bus): encode, then decode.
     *
     * @return the decoded payload
     */
    @Benchmark
    public CourseEnrollmentData s6AvroRoundTrip() {
        return avroReader.deserialize(avroWriter.serialize(enrollment));
    }

    /**
     * Structured CloudEvents JSON: write, then read.
     *
     * @return the decoded event
     */
    @Benchmark
    public CloudEventMessage<?> s6CloudEventsJsonRoundTrip() {
        return cloudEventsRoundTrip();
    }

    private CourseEnrollmentData avroRoundTrip() {
        return avroReader.deserialize(avroWriter.serialize(enrollment));
    }

    private CloudEventMessage<?> cloudEventsRoundTrip() {
        return cloudEvents.read(cloudEvents.write(metadata, LearningSignals.COURSE_ENROLLMENT_CREATED, enrollment));
    }
}
