package org.openedx.events.learning.data;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.keys.CCXLocator;
import org.openedx.events.keys.CourseKey;
import org.openedx.events.support.Payloads;

/**
 * A CCX (Custom Course for edX) and the course it is derived from.
 *
 * <p>Upstream: {@code openedx_events.learning.data.CcxCourseData}.
 *
 * <p>{@link #toString()} masks {@code coachEmail} so that the record is safe to log.
 *
 * @param ccxCourseKey the key of the CCX
 * @param masterCourseKey the key of the course the CCX is derived from
 * @param displayName the CCX's name as users see it; upstream default {@code ""}
 * @param coachEmail the email address of the CCX's coach; upstream default {@code ""}
 * @param start when the CCX starts, as text; null for no set start
 * @param end when the CCX ends, as text; null for no set end
 * @param maxStudentsAllowed how many students may enroll; null for no limit
 */
public record CcxCourseData(
        @JsonbProperty("ccx_course_key") @NotNull CCXLocator ccxCourseKey,
        @JsonbProperty("master_course_key") @NotNull CourseKey masterCourseKey,
        @JsonbProperty("display_name") @NotNull String displayName,
        @JsonbProperty("coach_email") @NotNull String coachEmail,
        String start,
        String end,
        @JsonbNillable @JsonbProperty("max_students_allowed") Long maxStudentsAllowed) {

    /**
     * Copies and normalizes the components; null {@code displayName} and {@code coachEmail} become {@code ""}.
     *
     * @param ccxCourseKey the key of the CCX
     * @param masterCourseKey the key of the course the CCX is derived from
     * @param displayName the CCX's name as users see it; upstream default {@code ""}
     * @param coachEmail the email address of the CCX's coach; upstream default {@code ""}
     * @param start when the CCX starts, as text; null for no set start
     * @param end when the CCX ends, as text; null for no set end
     * @param maxStudentsAllowed how many students may enroll; null for no limit
     */
    @JsonbCreator
    public CcxCourseData {
        displayName = Payloads.orEmpty(displayName);
        coachEmail = Payloads.orEmpty(coachEmail);
    }

    /**
     * Only the required components; the others take upstream's defaults.
     *
     * @param ccxCourseKey the key of the CCX
     * @param masterCourseKey the key of the course the CCX is derived from
     */
    public CcxCourseData(CCXLocator ccxCourseKey, CourseKey masterCourseKey) {
        this(ccxCourseKey, masterCourseKey, "", "", null, null, null);
    }

    /** Like the default record toString, but masks the personal data. */
    @Override
    public String toString() {
        return "CcxCourseData[ccxCourseKey=" + ccxCourseKey + ", masterCourseKey=" + masterCourseKey + ", displayName="
                + displayName + ", coachEmail=***, start=" + start + ", end=" + end + ", maxStudentsAllowed="
                + maxStudentsAllowed + "]";
    }
}
