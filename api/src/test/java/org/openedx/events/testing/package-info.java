/**
 * Test helpers shared by the modules' tests through the api's test-jar; not part of any published API.
 */
package org.openedx.events.testing;
