package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.cdi.support.Payloads;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;

/** An observer added by another extension is robust-dispatched by wrapping its notification. */
class SyntheticObserverTest {

    /** Adds two synthetic observers of logins: one fails, one records. */
    public static class SyntheticObservers implements Extension {
        final List<Long> seen = new ArrayList<>();

        void add(@Observes AfterBeanDiscovery discovery) {
            discovery
                    .addObserverMethod()
                    .observedType(UserData.class)
                    .beanClass(SyntheticObservers.class)
                    .addQualifier(OpenEdxEvent.Literal.of(LearningEvents.SESSION_LOGIN_COMPLETED))
                    .priority(1)
                    .notifyWith(context -> {
                        throw new IllegalStateException("synthetic failure");
                    });
            discovery
                    .addObserverMethod()
                    .observedType(UserData.class)
                    .beanClass(SyntheticObservers.class)
                    .addQualifier(OpenEdxEvent.Literal.of(LearningEvents.SESSION_LOGIN_COMPLETED))
                    .priority(2)
                    .notifyWith(context -> seen.add(((UserData) context.getEvent()).id()));
        }
    }

    @Test
    void failingSyntheticObserverIsContainedAndTheNextOneRuns() {
        SyntheticObservers synthetic = new SyntheticObservers();
        try (WeldContainer container = new Weld()
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addExtension(synthetic)
                .addBeanClasses(SendTest.Journal.class)
                .initialize()) {
            OpenEdxEvents events = container.select(OpenEdxEvents.class).get();

            SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(5));

            assertThat(synthetic.seen).containsExactly(5L);
            assertThat(result.responses()).hasSize(2);
            assertThat(result.failures()).singleElement().satisfies(r -> {
                assertThat(r.receiver()).isEqualTo(SyntheticObservers.class.getName() + "#<synthetic observer>");
                assertThat(r.failure()).hasMessage("synthetic failure");
            });
        }
    }
}
