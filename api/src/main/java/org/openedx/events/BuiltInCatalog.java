package org.openedx.events;

import java.util.ArrayList;
import java.util.List;

import org.openedx.events.analytics.AnalyticsSignals;
import org.openedx.events.authz.AuthzSignals;
import org.openedx.events.contentauthoring.ContentAuthoringSignals;
import org.openedx.events.enterprise.EnterpriseSignals;
import org.openedx.events.learning.LearningSignals;

/**
 * The built-in signals of upstream {@code openedx-events} 11.2.0, in upstream's load order (subdomain packages
 * alphabetically, then definition order within each).
 *
 * <p>Generated from the upstream catalog by {@code tools/catalog/generate.py}.
 */
final class BuiltInCatalog {

    private BuiltInCatalog() {
    }

    static List<OpenEdxPublicSignal<?>> signals() {
        List<OpenEdxPublicSignal<?>> all = new ArrayList<>();
        all.addAll(AnalyticsSignals.ALL);
        all.addAll(AuthzSignals.ALL);
        all.addAll(ContentAuthoringSignals.ALL);
        all.addAll(EnterpriseSignals.ALL);
        all.addAll(LearningSignals.ALL);
        return all;
    }
}
