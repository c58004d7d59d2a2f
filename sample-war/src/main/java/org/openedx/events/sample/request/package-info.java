/**
 * Reading and checking request bodies, with no container: each request type parses a JSON text into the payload
 * of its event, or fails with an {@link org.openedx.events.sample.request.InvalidRequestException} that names
 * every bad field and why, before anything is sent or stored.
 */
package org.openedx.events.sample.request;
