package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Singleton;

import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendResult;
import org.openedx.events.cdi.support.Payloads;
import org.openedx.events.cdi.support.WeldContainers;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.testing.LibraryLog;

/** A plain CDI fire with the qualifier, and observers without a qualifier. */
class PlainCdiFireTest {

    /** Observes logins, and (without qualifier) every UserData event. */
    @Singleton
    public static class Observers {
        final List<EventsMetadata> metadata = new ArrayList<>();
        final List<String> wildcard = new ArrayList<>();

        void onLogin(@Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user, EventsMetadata md) {
            metadata.add(md);
        }

        void anyUser(@Observes UserData user) {
            wildcard.add("user:" + user.id());
            if (user.id() == 13) {
                throw new IllegalStateException("unlucky");
            }
        }
    }

    @RegisterExtension
    final LibraryLog log = new LibraryLog();

    private WeldContainer container;

    @BeforeEach
    void start() {
        container = WeldContainers.start(Observers.class);
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void plainFireReachesObserversWithFreshMetadataAndWarnsOncePerType() {
        Event<Object> event = container
                .getBeanManager()
                .getEvent()
                .select(OpenEdxEvent.Literal.of(LearningEvents.SESSION_LOGIN_COMPLETED));

        event.fire(Payloads.user(1));
        event.fire(Payloads.user(2));

        Observers observers = container.select(Observers.class).get();
        assertThat(observers.metadata).hasSize(2).allSatisfy(md -> {
            assertThat(md.eventType()).isEqualTo(LearningEvents.SESSION_LOGIN_COMPLETED);
            assertThat(md.id().version()).isEqualTo(1);
        });
        assertThat(observers.metadata.get(0).id())
                .isNotEqualTo(observers.metadata.get(1).id());
        assertThat(log.records())
                .filteredOn(r -> r.getMessage().contains("OXE2010"))
                .hasSize(1)
                .allSatisfy(r -> assertThat(r.getMessage())
                        .contains(LearningEvents.SESSION_LOGIN_COMPLETED, "OpenEdxEvents.send"));
    }

    @Test
    void unqualifiedObserverIsUnderRobustDispatchToo() {
        OpenEdxEvents events = container.select(OpenEdxEvents.class).get();

        SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(13));

        Observers observers = container.select(Observers.class).get();
        assertThat(observers.wildcard).containsExactly("user:13");
        assertThat(observers.metadata).hasSize(1);
        assertThat(result.responses()).hasSize(2);
        assertThat(result.failures()).singleElement().satisfies(r -> {
            assertThat(r.receiver()).isEqualTo(Observers.class.getName() + "#anyUser");
            assertThat(r.failure()).hasMessage("unlucky");
        });
    }

    @Test
    void payloadEnvelopeTypesAreNotConfusedWithOtherEvents() {
        // A CourseEnrollmentData event without the qualifier reaches no Open edX observer and no robust dispatch.
        container
                .getBeanManager()
                .getEvent()
                .select(new TypeLiteral<CourseEnrollmentData>() {})
                .fire(Payloads.enrollment(1));
        assertThat(container.select(Observers.class).get().metadata).isEmpty();
        assertThatThrownBy(() -> container.getBeanManager().getEvent().fire(Payloads.user(13)))
                .hasMessageContaining("unlucky");
        assertThat(container.getBeanManager().resolveObserverMethods(Payloads.user(1)))
                .extracting(ObserverMethod::getBeanClass)
                .contains(Observers.class);
    }
}
