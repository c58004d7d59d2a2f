package org.openedx.events.sample.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * The names of the threads alive in the managed WildFly, read over its management interface on 127.0.0.1:9990
 * ({@code /core-service=platform-mbean/type=threading:dump-all-threads}), so that a test can show which threads a
 * deployment started or left behind.
 */
final class ServerThreads {

    private ServerThreads() {}

    /**
     * The names of the server's live threads once none matches, waiting up to 10 s for threads that are still ending
     * (e.g. those of a deployment undeployed just before).
     *
     * @param unwanted the names that must be gone
     * @return the names, when none matches; the last names read otherwise
     */
    static List<String> namesOnceNone(Predicate<String> unwanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> names = names();
        while (names.stream().anyMatch(unwanted) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            names = names();
        }
        return names;
    }

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
