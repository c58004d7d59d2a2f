package org.openedx.events.sample.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * The names of the threads alive in the managed WildFly, read over its management interface on 127.0.0.1:9990
 * ({@code /core-service=platform-mbean/type=threading:dump-all-threads}), so that a test can show which threads a
 * deployment started or left behind.
 */
final class ServerThreads {

    private ServerThreads() {}

    /** The names of every live thread of the server. */
    static List<String> names() {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", 9990)) {
            ModelNode operation = new ModelNode();
            operation.get("operation").set("dump-all-threads");
            operation.get("address").add("core-service", "platform-mbean").add("type", "threading");
            operation.get("locked-monitors").set(false);
            operation.get("locked-synchronizers").set(false);
            ModelNode outcome = client.execute(operation);
            if (!"success".equals(outcome.get("outcome").asString())) {
                throw new AssertionError("dump-all-threads failed: " + outcome);
            }
            return outcome.get("result").asList().stream()
                    .map(thread -> thread.get("thread-name").asString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the server's threads", e);
        }
    }
}
