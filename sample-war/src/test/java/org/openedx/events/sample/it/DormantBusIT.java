package org.openedx.events.sample.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Without {@code sample.redis} and {@code sample.kafka} the Redis and Kafka event buses the WAR carries stay idle:
 * the deployment, an enrollment and the undeployment leave nothing from the buses, their clients or Netty in the
 * server log (no consumer started, no Kafka client created, no connection tried, no thread-local left on a server
 * thread, which Payara Server reports when it undeploys), nor any warning or error at all; the server runs no thread
 * of theirs; and the observers see each event once.
 *
 * <p>Not a {@link SampleIT}: its {@link QuietUndeploy} check must be registered before Arquillian's extension, so
 * that it runs after the undeployment.
 */
@ExtendWith({ServerLog.class, DormantBusIT.QuietUndeploy.class, ArquillianExtension.class})
@RunAsClient
class DormantBusIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SampleDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void withoutTheSwitchTheBusNeitherConnectsNorLogs() throws IOException {
        SampleClient client = new SampleClient(base);
        long user = SampleClient.newUserId();

        JsonObject response = client.postOk("enrollments", SampleClient.enrollment(user, SampleIT.COURSE, "verified"));

        List<JsonObject> entries = client.get("events?id=" + response.getString("id"))
                .getJsonArray("events")
                .getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("delivery")).containsExactly("sync", "after-success");
        List<ServerLog.Entry> logged = ServerLog.entriesSinceMark();
        // The deployment of this class is in the log: what follows it is this deployment's.
        assertThat(ServerLog.deployedTheSample(logged))
                .as("the server logged the deployment of sample.war")
                .isTrue();
        assertQuiet(logged);
        // No consumer thread ("openedx-events-<back end>-..."), no Kafka client thread
        // ("kafka-producer-network-thread", "kafka-coordinator-heartbeat-thread"), no Lettuce event loop.
        Predicate<String> busThread = name -> name.startsWith("openedx-events-")
                || name.toLowerCase(Locale.ROOT).contains("kafka")
                || name.contains("lettuce");
        assertThat(ServerThreads.namesOnceNone(busThread)).noneMatch(busThread);
    }

    /** Nothing of the buses, and no warning or error, in the given entries. */
    static void assertQuiet(List<ServerLog.Entry> logged) {
        assertThat(logged)
                .noneMatch(entry -> entry.contains("org.openedx.events.bus")
                        || entry.contains("io.lettuce")
                        || entry.contains("io.netty")
                        || entry.contains("OXE7")
                        || entry.contains("Redis")
                        || entry.contains("SLF4J")
                        // Every Kafka client logs its version when it is created.
                        || entry.contains("org.apache.kafka")
                        || entry.contains("Kafka"));
        assertThat(logged)
                .filteredOn(entry -> !ServerLog.isEclipseLinksSequenceProbe(entry))
                .noneMatch(ServerLog.Entry::isWarningOrError);
    }

    /**
     * After Arquillian has undeployed the class's WAR (its extension is registered after this one): the whole
     * deployment, from deploying to undeploying, stayed quiet. Payara Server checks the server's threads for
     * thread-locals the application left behind when it undeploys it, and logs them as SEVERE.
     */
    static final class QuietUndeploy implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext context) throws IOException {
            List<ServerLog.Entry> logged = ServerLog.entriesSinceMark();
            assertThat(ServerLog.deployedTheSample(logged))
                    .as("the server logged the deployment of sample.war")
                    .isTrue();
            assertQuiet(logged);
        }
    }
}
