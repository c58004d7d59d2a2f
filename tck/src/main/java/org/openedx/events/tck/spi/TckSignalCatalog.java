package org.openedx.events.tck.spi;

import java.util.List;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.spi.SignalCatalog;

/**
 * A user-defined catalog, as a plugin would ship one: listed in
 * {@code META-INF/services/org.openedx.events.spi.SignalCatalog} of the tck jar (so that it is known on embedded
 * runners, where the tck jar is on the class path) and of the scenario's deployment (for servers).
 */
public class TckSignalCatalog implements SignalCatalog {

    /** The type of the TCK's event. */
    public static final String WIDGET_PUBLISHED = "org.openedx.tck.widget.published.v1";

    /** The TCK's event: a widget was published. */
    public static final OpenEdxPublicSignal<WidgetData> WIDGET_PUBLISHED_SIGNAL =
            OpenEdxPublicSignal.of(WIDGET_PUBLISHED, "widget", WidgetData.class).withEventKeyField("widget.name");

    @Override
    public List<OpenEdxPublicSignal<?>> signals() {
        return List.of(WIDGET_PUBLISHED_SIGNAL);
    }
}
