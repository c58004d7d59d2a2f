/**
 * What the observers keep: learners' notification preferences in the server's default datasource (JPA), and an
 * in-memory log of what each observer did with each event, served by {@code GET /sample/api/events}.
 */
package org.openedx.events.sample.store;
