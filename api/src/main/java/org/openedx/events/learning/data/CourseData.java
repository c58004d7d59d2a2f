package org.openedx.events.learning.data;

import java.time.OffsetDateTime;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;
import org.openedx.events.support.Payloads;

/**
 * A course as the learning subdomain sees it: its key, display name and dates.
 *
 * <p>Upstream: {@code openedx_events.learning.data.CourseData}.
 *
 * <p>Not to be confused with {@link org.openedx.events.contentauthoring.data.CourseData}, which holds only the key.
 *
 * @param courseKey the course's key
 * @param displayName the course's display name; upstream default {@code ""}
 * @param start when the course starts, or null
 * @param end when the course ends, or null
 */
public record CourseData(
        @JsonbProperty("course_key") @NotNull CourseKey courseKey,
        @JsonbProperty("display_name") @NotNull String displayName,
        OffsetDateTime start,
        OffsetDateTime end) {

    /**
     * Copies and normalizes the components; a null {@code displayName} becomes upstream's default {@code ""}.
     *
     * @param courseKey the course's key
     * @param displayName the course's display name; upstream default {@code ""}
     * @param start when the course starts, or null
     * @param end when the course ends, or null
     */
    @JsonbCreator
    public CourseData {
        displayName = Payloads.orEmpty(displayName);
        start = Payloads.micros(start);
        end = Payloads.micros(end);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param courseKey the course's key
     */
    public CourseData(CourseKey courseKey) {
        this(courseKey, "", null, null);
    }
}
