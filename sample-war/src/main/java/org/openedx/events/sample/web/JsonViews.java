package org.openedx.events.sample.web;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.openedx.events.EventsMetadata;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendResult;
import org.openedx.events.sample.store.NotificationPreference;
import org.openedx.events.sample.store.RecordedEvent;
import org.openedx.events.support.IsoDateTimes;

/** The JSON the endpoints answer with; field names are snake_case, times ISO-8601 in UTC. */
final class JsonViews {

    /** The outcome of a receiver that completed. */
    static final String OK = "ok";

    /** The outcome of a receiver that threw. */
    static final String FAILED = "failed";

    private JsonViews() {}

    /**
     * A send: {@code {"id", "time", "event_type", "source", "sent", "receivers": [{"name", "outcome",
     * "message"}]}}. A failed receiver's message is its exception's class and message.
     */
    static JsonObjectBuilder sendResult(SendResult result) {
        JsonArrayBuilder receivers = Json.createArrayBuilder();
        for (ReceiverResponse response : result.responses()) {
            receivers.add(Json.createObjectBuilder()
                    .add("name", response.receiver())
                    .add("outcome", response.failed() ? FAILED : OK)
                    .add("message", message(response)));
        }
        EventsMetadata metadata = result.metadata();
        return Json.createObjectBuilder()
                .add("id", metadata.id().toString())
                .add("time", IsoDateTimes.format(metadata.time()))
                .add("event_type", metadata.eventType())
                .add("source", metadata.source())
                .add("sent", result.sent())
                .add("receivers", receivers);
    }

    private static String message(ReceiverResponse response) {
        if (response.failed()) {
            Throwable failure = response.failure();
            return failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        }
        return response.response() == null ? "" : String.valueOf(response.response());
    }

    /** A time as Python's {@code isoformat()} writes it, as in the metadata (microseconds at most). */
    private static String time(OffsetDateTime time) {
        return IsoDateTimes.format(time.truncatedTo(ChronoUnit.MICROS));
    }

    /** An entry of the observers' log. */
    static JsonObjectBuilder recorded(RecordedEvent entry) {
        EventsMetadata metadata = entry.metadata();
        return Json.createObjectBuilder()
                .add("observer", entry.observer())
                .add("delivery", entry.delivery())
                .add("event_type", metadata.eventType())
                .add("id", metadata.id().toString())
                .add("time", IsoDateTimes.format(metadata.time()))
                .add("from_event_bus", entry.fromEventBus())
                .add("summary", entry.summary())
                .add("thread", entry.thread())
                .add("recorded_at", time(entry.recordedAt()));
    }

    /** A stored notification preference. */
    static JsonObjectBuilder preference(NotificationPreference preference) {
        return Json.createObjectBuilder()
                .add("id", preference.getId())
                .add("user_id", preference.getUserId())
                .add("course_key", preference.getCourseKey())
                .add("email_enabled", preference.isEmailEnabled())
                .add("push_enabled", preference.isPushEnabled())
                .add("event_id", preference.getEventId())
                .add("created", time(preference.getCreated()));
    }
}
