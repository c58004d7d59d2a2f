package org.openedx.events.analytics.data;

import java.time.OffsetDateTime;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;

import org.openedx.events.support.Payloads;

/**
 * A tracking log event, as the event-tracking library emits it.
 *
 * <p>Upstream: {@code openedx_events.analytics.data.TrackingLogData}.
 *
 * <p>{@link #toString()} masks {@code data} and {@code context} so that the record is safe to log.
 *
 * @param name the name of the tracking event
 * @param timestamp when the tracking event happened
 * @param data extra data of the event, as the text of a JSON object, e.g.
 *     {@code {"course_id": "course-v1:edX+DemoX+Demo_Course"}}
 * @param context the context of the event, as the text of a JSON object in the Open edX tracking-log format (it usually
 *     names the user)
 */
public record TrackingLogData(
        @NotNull String name,
        @NotNull OffsetDateTime timestamp,
        @NotNull String data,
        @NotNull String context) {

    /**
     * Copies and normalizes the components.
     *
     * @param name the name of the tracking event
     * @param timestamp when the tracking event happened
     * @param data extra data of the event, as the text of a JSON object, e.g.
     *     {@code {"course_id": "course-v1:edX+DemoX+Demo_Course"}}
     * @param context the context of the event, as the text of a JSON object in the Open edX tracking-log format (it
     *     usually names the user)
     */
    @JsonbCreator
    public TrackingLogData {
        timestamp = Payloads.micros(timestamp);
    }

    /** Like the default record toString, but masks the personal data. */
    @Override
    public String toString() {
        return "TrackingLogData[name=" + name + ", timestamp=" + timestamp + ", data=***, context=***]";
    }
}
