/**
 * The payload type model every wire format of this library follows ({@link org.openedx.events.wire.payload.PayloadType},
 * built once per record class), and the path-carrying failure the formats raise inside their codecs
 * ({@link org.openedx.events.wire.payload.PathFailure}).
 */
package org.openedx.events.wire.payload;
