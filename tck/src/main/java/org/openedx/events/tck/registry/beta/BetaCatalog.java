package org.openedx.events.tck.registry.beta;

import java.util.List;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.spi.SignalCatalog;
import org.openedx.events.tck.registry.GadgetData;
import org.openedx.events.tck.registry.RegistryTypes;

/** The catalog of application {@code beta}: one signal, which the other application does not have. */
public class BetaCatalog implements SignalCatalog {

    /** Application {@code beta}'s own event. */
    public static final OpenEdxPublicSignal<GadgetData> BETA_SIGNAL =
            OpenEdxPublicSignal.of(RegistryTypes.BETA, "gadget", GadgetData.class);

    @Override
    public List<OpenEdxPublicSignal<?>> signals() {
        return List.of(BETA_SIGNAL);
    }
}
