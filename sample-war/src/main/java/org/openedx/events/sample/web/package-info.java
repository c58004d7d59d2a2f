/**
 * The HTTP face of the sample, under {@code /sample/api}: endpoints that turn requests into Open edX events
 * ({@code POST enrollments}, {@code registrations}, {@code xblocks/published}) and endpoints that show what
 * happened ({@code GET events}, {@code preferences}, {@code catalog}). Bad requests get an RFC 9457 problem
 * document ({@code application/problem+json}) naming each bad field and why; nothing is sent or stored for them.
 */
package org.openedx.events.sample.web;
