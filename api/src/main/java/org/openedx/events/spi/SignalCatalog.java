package org.openedx.events.spi;

import java.util.List;

import org.openedx.events.OpenEdxPublicSignal;

/**
 * A source of signal definitions beyond the built-in Open edX catalog: the way an application or plugin adds its
 * own events.
 *
 * <p>Implement it, list the implementation in {@code META-INF/services/org.openedx.events.spi.SignalCatalog}, and
 * the signals become known to {@link OpenEdxPublicSignal#allEvents()}, to the CDI extension (which validates
 * observers against them exactly as for built-in signals) and to the event bus. Each event type must follow the
 * Open edX naming convention {@code {reverse DNS}.{subdomain}.{subject}.{action}.v{major version}} and must not
 * repeat a type that is already defined; otherwise loading the registry fails with
 * {@link org.openedx.events.SignalDefinitionException}.
 *
 * <p>The implementation needs a public no-argument constructor, as {@link java.util.ServiceLoader} requires.
 */
public interface SignalCatalog {

    /**
     * The signals this catalog defines, in the order they should be listed.
     *
     * @return the signals, not null
     */
    List<OpenEdxPublicSignal<?>> signals();
}
