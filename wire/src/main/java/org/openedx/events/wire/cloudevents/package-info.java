/**
 * Open edX events as CloudEvents 1.0 structured JSON ({@link org.openedx.events.wire.cloudevents.CloudEventsJson}),
 * written and read with JSON-B: the metadata as CloudEvents attributes, the payload in {@code data} under its data
 * key with upstream's snake_case names.
 */
package org.openedx.events.wire.cloudevents;
