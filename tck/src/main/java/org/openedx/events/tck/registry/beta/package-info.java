/** Application {@code beta} of {@link org.openedx.events.tck.registry.TwoApplicationsTest}: its catalog and observer. */
package org.openedx.events.tck.registry.beta;
