package org.openedx.events.contentauthoring.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CourseKey;

/**
 * The catalog entry of a course run, limited to what catalog consumers need.
 *
 * <p>Upstream: {@code openedx_events.content_authoring.data.CourseCatalogData}.
 *
 * <p>Deliberately small (upstream ADR 0009): media, descriptions and other marketing fields are left out.
 *
 * @param courseKey the course's key
 * @param name the course's name
 * @param scheduleData the course's schedule
 * @param hidden whether the course is hidden from search; upstream default {@code false}
 * @param invitationOnly whether enrolling needs an invitation; upstream default {@code false}
 */
public record CourseCatalogData(
        @JsonbProperty("course_key") @NotNull CourseKey courseKey,
        @NotNull String name,
        @JsonbProperty("schedule_data") @NotNull @Valid CourseScheduleData scheduleData,
        boolean hidden,
        @JsonbProperty("invitation_only") boolean invitationOnly) {

    /**
     * Canonical constructor.
     *
     * @param courseKey the course's key
     * @param name the course's name
     * @param scheduleData the course's schedule
     * @param hidden whether the course is hidden from search; upstream default {@code false}
     * @param invitationOnly whether enrolling needs an invitation; upstream default {@code false}
     */
    @JsonbCreator
    public CourseCatalogData {
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param courseKey the course's key
     * @param name the course's name
     * @param scheduleData the course's schedule
     */
    public CourseCatalogData(CourseKey courseKey, String name, CourseScheduleData scheduleData) {
        this(courseKey, name, scheduleData, false, false);
    }
}
