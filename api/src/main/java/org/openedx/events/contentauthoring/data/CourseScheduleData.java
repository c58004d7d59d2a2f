package org.openedx.events.contentauthoring.data;

import java.time.OffsetDateTime;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * The schedule of a course run: its dates, its enrollment window and its pacing.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.CourseScheduleData}.
 *
 * @param start when the course starts
 * @param pacing {@code instructor} or {@code self}
 * @param end when the course ends, or null
 * @param enrollmentStart when enrollment opens, or null
 * @param enrollmentEnd when enrollment closes, or null
 */
public record CourseScheduleData(
        @NotNull OffsetDateTime start,
        @NotNull String pacing,
        OffsetDateTime end,
        @JsonbNillable @JsonbProperty("enrollment_start") OffsetDateTime enrollmentStart,
        @JsonbNillable @JsonbProperty("enrollment_end") OffsetDateTime enrollmentEnd) {

    /**
     * Copies and normalizes the components.
     *
     * @param start when the course starts
     * @param pacing {@code instructor} or {@code self}
     * @param end when the course ends, or null
     * @param enrollmentStart when enrollment opens, or null
     * @param enrollmentEnd when enrollment closes, or null
     */
    @JsonbCreator
    public CourseScheduleData {
        start = Payloads.micros(start);
        end = Payloads.micros(end);
        enrollmentStart = Payloads.micros(enrollmentStart);
        enrollmentEnd = Payloads.micros(enrollmentEnd);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param start when the course starts
     * @param pacing {@code instructor} or {@code self}
     */
    public CourseScheduleData(OffsetDateTime start, String pacing) {
        this(start, pacing, null, null, null);
    }
}
