package org.openedx.events.sample.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openedx.events.OpenEdxPublicSignal;

/** {@code GET /sample/api/catalog}: every signal known to the application. */
@Path("catalog")
@RequestScoped
public class CatalogResource {

    /**
     * Lists the signals.
     *
     * @return {@code {"count": n, "signals": [{"event_type", "data_key", "data_class", "minor_version"}]}}
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        JsonArrayBuilder signals = Json.createArrayBuilder();
        int count = 0;
        for (OpenEdxPublicSignal<?> signal : OpenEdxPublicSignal.allEvents()) {
            signals.add(Json.createObjectBuilder()
                    .add("event_type", signal.eventType())
                    .add("data_key", signal.dataKey())
                    .add("data_class", signal.dataType().getName())
                    .add("minor_version", signal.minorVersion()));
            count++;
        }
        return Json.createObjectBuilder()
                .add("count", count)
                .add("signals", signals)
                .build()
                .toString();
    }
}
