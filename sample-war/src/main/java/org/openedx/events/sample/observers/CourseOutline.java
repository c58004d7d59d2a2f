package org.openedx.events.sample.observers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.EventDelivery;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.contentauthoring.ContentAuthoringEvents;
import org.openedx.events.contentauthoring.data.XBlockData;
import org.openedx.events.sample.store.EventLog;

/**
 * Notes that the outline of a course must be refreshed when one of its blocks is published (content authoring).
 */
@ApplicationScoped
public class CourseOutline {

    /** The receiver name of {@link #refreshOnPublish}. */
    public static final String RECEIVER = Receivers.name(CourseOutline.class, "refreshOnPublish");

    @Inject
    EventLog log;

    /**
     * Records the outline refresh.
     *
     * @param block the published block
     * @param delivery the delivery
     * @return what was done, shown as this receiver's message
     */
    String refreshOnPublish(
            @Observes @OpenEdxEvent(ContentAuthoringEvents.XBLOCK_PUBLISHED) XBlockData block, EventDelivery delivery) {
        String summary = "outline of " + block.usageKey().contextKey() + " marked for refresh (" + block.blockType()
                + " block " + block.usageKey().blockId() + " published)";
        log.record(RECEIVER, "sync", delivery, summary);
        return summary;
    }
}
