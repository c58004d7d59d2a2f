/**
 * Open edX Events for Jakarta EE: the contract applications write against.
 *
 * <ul>
 *   <li>{@link org.openedx.events.OpenEdxEvent} — the CDI qualifier naming an event type, for observers;</li>
 *   <li>{@link org.openedx.events.OpenEdxPublicSignal} — an event definition (type, payload key and class), and the
 *       static registry of all of them;</li>
 *   <li>{@link org.openedx.events.OpenEdxEvents} — the sender, provided by the CDI extension, returning a
 *       {@link org.openedx.events.SendResult} of {@link org.openedx.events.ReceiverResponse}s;</li>
 *   <li>{@link org.openedx.events.EventsMetadata} and {@link org.openedx.events.EventDelivery} — what an observer can
 *       learn about the event besides its payload;</li>
 *   <li>{@link org.openedx.events.OpenEdxEventException} and its subclasses, with messages from the one catalog
 *       {@link org.openedx.events.OpenEdxError}.</li>
 * </ul>
 *
 * <p>The catalog of upstream events lives in one package per subdomain ({@code learning}, {@code contentauthoring},
 * {@code enterprise}, {@code analytics}, {@code authz}), each with an {@code ...Events} class of type constants, an
 * {@code ...Signals} class of definitions and a {@code data} package of payload records. Opaque keys are in
 * {@code org.openedx.events.keys}.
 *
 * <p>This module depends on Jakarta APIs only, in provided scope: CDI (for the qualifier), JSON-B annotations and
 * Bean Validation annotations (on the records).
 */
package org.openedx.events;
