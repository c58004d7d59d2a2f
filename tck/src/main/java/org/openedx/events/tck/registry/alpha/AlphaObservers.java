package org.openedx.events.tck.registry.alpha;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.registry.GadgetData;
import org.openedx.events.tck.registry.RegistryTypes;

/** Application {@code alpha}'s observer of its own event (in the other application it would fail the deployment). */
@ApplicationScoped
public class AlphaObservers {

    @Inject
    Recorder recorder;

    String onAlpha(@Observes @OpenEdxEvent(RegistryTypes.ALPHA) GadgetData gadget) {
        recorder.record("alpha:" + gadget.name());
        return "alpha/" + gadget.name();
    }
}
