package org.openedx.events.benchmarks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.bus.redis.StreamEntries;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.wire.avro.AvroSignalSerializer;

/**
 * What the bus benchmarks send: the sample enrollment event ({@link Containers#enrollment()}) with fixed metadata,
 * and the Redis stream entry the library makes of it.
 */
final class BusFixtures {

    /** The signal every bus benchmark sends. */
    static final OpenEdxPublicSignal<CourseEnrollmentData> SIGNAL = LearningSignals.COURSE_ENROLLMENT_CREATED;

    /** The topic (upstream's topic of enrollment events). */
    static final String TOPIC = "course-enrollment";

    /** The payload. */
    static final CourseEnrollmentData ENROLLMENT = Containers.enrollment();

    /** Metadata as a send in the LMS makes it. */
    static final EventsMetadata METADATA = new EventsMetadata(
            SIGNAL.eventType(),
            UUID.fromString("8a2c6f1e-3b1d-11ef-9d8e-0f1a2b3c4d5e"),
            0,
            "openedx/lms/web",
            "lms-benchmark-1",
            OffsetDateTime.of(2024, 7, 1, 12, 0, 0, 123_456_000, ZoneOffset.UTC),
            List.of(11, 2, 0));

    private BusFixtures() {}

    /**
     * The Redis stream entry of the enrollment, exactly as the library's producer writes it (the same bytes).
     *
     * @return the fields of the entry
     */
    static Map<String, byte[]> redisEntry() {
        return StreamEntries.encode(METADATA, new AvroSignalSerializer<>(SIGNAL).serialize(ENROLLMENT));
    }
}
