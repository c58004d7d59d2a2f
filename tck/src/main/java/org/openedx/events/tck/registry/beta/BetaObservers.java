package org.openedx.events.tck.registry.beta;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.tck.Recorder;
import org.openedx.events.tck.registry.GadgetData;
import org.openedx.events.tck.registry.RegistryTypes;

/** Application {@code beta}'s observer of its own event (in the other application it would fail the deployment). */
@ApplicationScoped
public class BetaObservers {

    @Inject
    Recorder recorder;

    String onBeta(@Observes @OpenEdxEvent(RegistryTypes.BETA) GadgetData gadget) {
        recorder.record("beta:" + gadget.name());
        return "beta/" + gadget.name();
    }
}
