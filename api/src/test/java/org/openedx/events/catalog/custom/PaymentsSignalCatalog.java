package org.openedx.events.catalog.custom;

import java.util.List;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.spi.SignalCatalog;

/**
 * Example of a {@link SignalCatalog}: listed in {@code META-INF/services/org.openedx.events.spi.SignalCatalog}, it
 * adds {@link PaymentsSignals} to {@link OpenEdxPublicSignal#allEvents()}, after the built-in signals.
 */
public final class PaymentsSignalCatalog implements SignalCatalog {

    /** The public no-argument constructor that {@link java.util.ServiceLoader} needs. */
    public PaymentsSignalCatalog() {}

    @Override
    public List<OpenEdxPublicSignal<?>> signals() {
        return PaymentsSignals.ALL;
    }
}
