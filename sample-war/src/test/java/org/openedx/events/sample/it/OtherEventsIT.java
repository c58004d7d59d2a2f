package org.openedx.events.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * The other endpoints (WildFly or Payara Server): a registration reaches the asynchronous observer on a container thread, a
 * published block the content-authoring observer, and the catalog lists every signal.
 */
class OtherEventsIT extends SampleIT {

    private static final String WELCOME = "org.openedx.events.sample.observers.WelcomeMessages#welcome";
    private static final String OUTLINE = "org.openedx.events.sample.observers.CourseOutline#refreshOnPublish";

    @Test
    void aRegistrationReachesTheAsynchronousObserverOnAnotherThread() {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();

        JsonObject response = client.postOk(
                "registrations",
                "{\"user\": {\"id\": " + user + ", \"username\": \"new_learner\", \"email\": \"new@example.com\"}}");

        assertThat(response.getString("event_type"))
                .isEqualTo("org.openedx.learning.student.registration.completed.v1");
        List<JsonObject> receivers = response.getJsonArray("receivers").getValuesAs(JsonObject.class);
        assertThat(receivers).extracting(r -> r.getString("name")).containsExactly(WELCOME);
        assertThat(receivers.get(0).getString("outcome")).isEqualTo("ok");
        assertThat(receivers.get(0).getString("message")).isEqualTo("queued a welcome message for user " + user);

        List<JsonObject> entries = client.get("events?id=" + response.getString("id"))
                .getJsonArray("events")
                .getValuesAs(JsonObject.class);
        assertThat(entries).hasSize(1);
        JsonObject entry = entries.get(0);
        assertThat(entry.getString("observer")).isEqualTo(WELCOME);
        assertThat(entry.getString("delivery")).isEqualTo("async");
        assertThat(entry.getString("time")).isEqualTo(response.getString("time"));
        // Undertow names its request threads "default task-N"; async observers run on the managed executor.
        assertThat(entry.getString("thread")).doesNotStartWith("default task");
    }

    @Test
    void aPublishedBlockReachesTheContentAuthoringObserver() {
        SampleClient client = new SampleClient(base);

        JsonObject response = client.postOk(
                "xblocks/published", "{\"usage_key\": \"block-v1:edX+DemoX+Demo_Course+type@vertical+block@intro\"}");

        assertThat(response.getString("event_type")).isEqualTo("org.openedx.content_authoring.xblock.published.v1");
        JsonObject receiver = response.getJsonArray("receivers").getJsonObject(0);
        assertThat(receiver.getString("name")).isEqualTo(OUTLINE);
        assertThat(receiver.getString("message"))
                .isEqualTo("outline of course-v1:edX+DemoX+Demo_Course marked for"
                        + " refresh (vertical block intro published)");
        assertThat(client.get("events?id=" + response.getString("id")).getJsonArray("events"))
                .hasSize(1);
    }

    @Test
    void theCatalogListsEverySignal() {
        JsonObject catalog = new SampleClient(base).get("catalog");

        assertThat(catalog.getInt("count")).isEqualTo(75);
        List<JsonObject> signals = catalog.getJsonArray("signals").getValuesAs(JsonObject.class);
        assertThat(signals).hasSize(75);
        assertThat(signals)
                .filteredOn(s -> s.getString("event_type").equals("org.openedx.learning.course.enrollment.created.v1"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.getString("data_key")).isEqualTo("enrollment");
                    assertThat(s.getString("data_class"))
                            .isEqualTo("org.openedx.events.learning.data.CourseEnrollmentData");
                });
    }
}
