package org.openedx.events.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Without {@code sample.redis} and {@code sample.kafka} the Redis and Kafka event buses the WAR carries stay idle: the
 * deployment and an enrollment leave nothing from the buses or their clients in the server log (no consumer started,
 * no Kafka client created, no connection tried, no error), nor any warning or error at all; the server runs no
 * thread of theirs; and the observers see each event once.
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
        List<String> sinceMark = ServerLog.linesSinceMark();
        // The deployment of this class is in the log: what follows it is this deployment's. (When this class runs
        // first, the server's own start-up precedes it, with warnings of its own.)
        int deployment = indexOf(sinceMark, line -> line.contains("WFLYSRV0027") && line.contains("sample.war"));
        assertThat(deployment).as("the deployment of sample.war in the log").isNotNegative();
        List<String> logged = sinceMark.subList(deployment, sinceMark.size());
        assertThat(logged)
                .noneMatch(line -> line.contains("org.openedx.events.bus")
                        || line.contains("io.lettuce")
                        || line.contains("io.netty")
                        || line.contains("OXE7")
                        || line.contains("Redis")
                        // Every Kafka client logs its version when it is created.
                        || line.contains("org.apache.kafka")
                        || line.contains("Kafka"));
        assertThat(logged).noneMatch(line -> line.contains(" ERROR ") || line.contains(" WARN "));
        // No consumer thread ("openedx-events-<back end>-..."), no Kafka client thread
        // ("kafka-producer-network-thread", "kafka-coordinator-heartbeat-thread"), no Lettuce event loop.
        Predicate<String> busThread = name -> name.startsWith("openedx-events-")
                || name.toLowerCase(Locale.ROOT).contains("kafka")
                || name.contains("lettuce");
        assertThat(ServerThreads.namesOnceNone(busThread)).noneMatch(busThread);
    }

    private static int indexOf(List<String> lines, Predicate<String> condition) {
        for (int i = 0; i < lines.size(); i++) {
            if (condition.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
