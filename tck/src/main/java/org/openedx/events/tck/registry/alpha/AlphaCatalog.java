package org.openedx.events.tck.registry.alpha;

import java.util.List;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.spi.SignalCatalog;
import org.openedx.events.tck.registry.GadgetData;
import org.openedx.events.tck.registry.RegistryTypes;

/** The catalog of application {@code alpha}: one signal, which the other application does not have. */
public class AlphaCatalog implements SignalCatalog {

    /** Application {@code alpha}'s own event. */
    public static final OpenEdxPublicSignal<GadgetData> ALPHA_SIGNAL =
            OpenEdxPublicSignal.of(RegistryTypes.ALPHA, "gadget", GadgetData.class);

    @Override
    public List<OpenEdxPublicSignal<?>> signals() {
        return List.of(ALPHA_SIGNAL);
    }
}
