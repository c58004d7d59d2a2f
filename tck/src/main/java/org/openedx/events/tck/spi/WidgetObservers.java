package org.openedx.events.tck.spi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.tck.Recorder;

/** An observer of the user-defined event; it fails for widgets named "broken". */
@ApplicationScoped
public class WidgetObservers {

    @Inject
    Recorder recorder;

    String onPublished(
            @Observes @OpenEdxEvent(TckSignalCatalog.WIDGET_PUBLISHED) WidgetData widget,
            EventsMetadata metadata,
            EventDelivery delivery) {
        recorder.record("widget:" + widget.name(), metadata, delivery);
        if (widget.name().equals("broken")) {
            throw new IllegalStateException("broken widget");
        }
        return widget.name() + "/" + widget.size();
    }
}
