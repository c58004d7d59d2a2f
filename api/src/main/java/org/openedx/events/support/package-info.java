/**
 * Implementation support shared by the modules of this library and by the generated payload records. <strong>Not
 * API</strong>: applications must not use these classes; they may change or disappear in any release.
 *
 * <ul>
 *   <li>{@link org.openedx.events.support.Payloads} — the copying and normalization the compact constructors of
 *       payload records call;</li>
 *   <li>{@link org.openedx.events.support.PayloadComponent} — the wire name and nullability of a record component,
 *       the model conventions every codec follows;</li>
 *   <li>{@link org.openedx.events.support.IsoDateTimes} — date-times as Python writes them and as CPython 3.12's
 *       {@code datetime.fromisoformat} reads them;</li>
 *   <li>{@link org.openedx.events.support.PythonUuids} — UUIDs as CPython 3.12's {@code uuid.UUID(text)} reads
 *       them;</li>
 *   <li>{@link org.openedx.events.support.Echo} — how much of a hostile input an error message repeats;</li>
 *   <li>{@link org.openedx.events.support.SettingValues} — how every module reads a typed setting;</li>
 *   <li>{@link org.openedx.events.support.Json} — the small JSON reader and writer behind
 *       {@link org.openedx.events.EventsMetadata#toJson()} and {@link org.openedx.events.EventsMetadata#fromJson}.</li>
 * </ul>
 *
 * <p>They live in the api jar because the records and {@code EventsMetadata} need them, and the api has no
 * implementation to depend on.
 */
package org.openedx.events.support;
