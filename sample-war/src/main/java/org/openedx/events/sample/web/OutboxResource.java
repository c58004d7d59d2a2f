package org.openedx.events.sample.web;

import java.sql.SQLException;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.openedx.events.bus.outbox.OutboxAdmin;
import org.openedx.events.bus.outbox.OutboxRow;
import org.openedx.events.bus.outbox.TransactionalOutbox;

/**
 * {@code GET /sample/api/outbox}: whether the transactional outbox is on (the Redis mode with {@code sample.outbox}),
 * and how many of its rows are pending, published and failed: {@code {"enabled": true, "PENDING": 0,
 * "PUBLISHED": 3, "FAILED": 0}}, or {@code {"enabled": false}}.
 */
@Path("outbox")
@RequestScoped
public class OutboxResource {

    @Inject
    Instance<TransactionalOutbox> outbox;

    /**
     * Counts the rows.
     *
     * @return the counts
     * @throws SQLException when the database fails
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String counts() throws SQLException {
        OutboxAdmin admin;
        try {
            admin = outbox.isResolvable() ? outbox.get().admin() : null;
        } catch (IllegalStateException e) {
            admin = null; // the bean exists, the outbox is off
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("enabled", admin != null);
        if (admin != null) {
            for (Map.Entry<OutboxRow.Status, Long> count : admin.counts().entrySet()) {
                json.add(count.getKey().name(), count.getValue());
            }
        }
        return json.build().toString();
    }
}
