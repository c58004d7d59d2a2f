package org.openedx.events.sample.web;

import java.lang.System.Logger.Level;

import org.openedx.events.SendResult;

/** One log line per send, with the event type, id and outcome counts; never payload values. */
final class SendLog {

    private static final System.Logger LOG = System.getLogger("org.openedx.events.sample");

    private SendLog() {}

    static void sent(SendResult result) {
        int failed = result.failures().size();
        LOG.log(
                failed == 0 ? Level.INFO : Level.WARNING,
                "Sent {0} {1}: {2} receiver(s), {3} failed",
                result.metadata().eventType(),
                result.metadata().id(),
                result.responses().size(),
                failed);
    }

    static void rolledBack(SendResult result) {
        LOG.log(
                Level.INFO,
                "Sent {0} {1}: {2} receiver(s), {3} failed; then rolled the transaction back on purpose",
                result.metadata().eventType(),
                result.metadata().id(),
                result.responses().size(),
                result.failures().size());
    }
}
