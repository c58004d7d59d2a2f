package org.openedx.events.sample.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.openedx.events.sample.request.QueryParameters;
import org.openedx.events.sample.store.NotificationPreference;

/**
 * {@code GET /sample/api/preferences[?user_id=<id>]}: the notification preferences stored in the database,
 * oldest first.
 */
@Path("preferences")
@RequestScoped
public class PreferencesResource {

    @PersistenceContext(unitName = "sample")
    EntityManager entityManager;

    /**
     * Lists the stored preferences.
     *
     * @param userIdText only this learner's, when given: a whole number of at least 1 (anything else is answered
     *     with 400 and a problem document naming {@code user_id})
     * @return {@code {"preferences": [...]}}
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@QueryParam("user_id") String userIdText) {
        Long userId = QueryParameters.positiveLong("user_id", userIdText);
        List<NotificationPreference> found = userId == null
                ? entityManager
                        .createNamedQuery(NotificationPreference.FIND_ALL, NotificationPreference.class)
                        .getResultList()
                : entityManager
                        .createNamedQuery(NotificationPreference.FIND_BY_USER, NotificationPreference.class)
                        .setParameter("userId", userId)
                        .getResultList();
        JsonArrayBuilder preferences = Json.createArrayBuilder();
        found.forEach(preference -> preferences.add(JsonViews.preference(preference)));
        return Json.createObjectBuilder()
                .add("preferences", preferences)
                .build()
                .toString();
    }
}
