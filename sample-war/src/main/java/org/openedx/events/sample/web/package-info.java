/**
 * The HTTP face of the sample, under {@code /sample/api}: endpoints that turn requests into Open edX events
 * ({@code POST enrollments}, {@code registrations}, {@code xblocks/published}) and endpoints that show what
 * happened ({@code GET events}, {@code preferences}, {@code catalog}). Every refused request gets an RFC 9457 problem
 * document ({@code application/problem+json}, {@link org.openedx.events.sample.web.Problems}) naming each culprit and
 * why, and one log line: bad fields, malformed or too deep JSON, bad query parameters, a body over 1 MiB, a wrong
 * content type, and the container's own refusals (404, 405, 406); nothing is sent or stored for them.
 */
package org.openedx.events.sample.web;
