package org.openedx.events.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Without {@code sample.redis} the Redis event bus the WAR carries stays idle: the deployment and an enrollment
 * leave nothing from the bus or its Redis client in the server log (no consumer started, no connection tried, no
 * error), nor any warning or error at all, and the observers see each event once.
 */
class DormantBusIT extends SampleIT {

    @Test
    void withoutTheSwitchTheBusNeitherConnectsNorLogs() throws IOException {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();

        JsonObject response = client.postOk("enrollments", SampleClient.enrollment(user, COURSE, "verified"));

        List<JsonObject> entries = client.get("events?id=" + response.getString("id"))
                .getJsonArray("events")
                .getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("delivery")).containsExactly("sync", "after-success");
        List<String> logged = ServerLog.linesSinceMark();
        // The deployment of this class is in the log: what follows it is this deployment's.
        assertThat(logged).anyMatch(line -> line.contains("sample.war"));
        assertThat(logged)
                .noneMatch(line -> line.contains("org.openedx.events.bus")
                        || line.contains("io.lettuce")
                        || line.contains("io.netty")
                        || line.contains("OXE7")
                        || line.contains("Redis"));
        assertThat(logged).noneMatch(line -> line.contains(" ERROR ") || line.contains(" WARN "));
    }
}
