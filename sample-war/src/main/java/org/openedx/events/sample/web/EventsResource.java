package org.openedx.events.sample.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.openedx.events.sample.store.EventLog;
import org.openedx.events.sample.store.RecordedEvent;

/**
 * {@code GET /sample/api/events[?id=<event id>]}: what the observers recorded, oldest first: the observer, how it
 * was called, the event's metadata and a summary without personal data.
 */
@Path("events")
@RequestScoped
public class EventsResource {

    @Inject
    EventLog log;

    /**
     * Lists the log.
     *
     * @param eventId only the entries of this event, when given
     * @return {@code {"events": [...]}}
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@QueryParam("id") String eventId) {
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (RecordedEvent entry : log.entries()) {
            if (eventId == null || eventId.equals(entry.metadata().id().toString())) {
                events.add(JsonViews.recorded(entry));
            }
        }
        return Json.createObjectBuilder().add("events", events).build().toString();
    }
}
