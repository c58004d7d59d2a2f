package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.EventDelivery;
import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.SendOptions;
import org.openedx.events.SendResult;
import org.openedx.events.cdi.DirectNotification.Parameter;
import org.openedx.events.cdi.support.Payloads;
import org.openedx.events.cdi.support.WeldContainers;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.testing.LibraryLog;

/**
 * Observers whose other parameters are only {@code EventsMetadata} and {@code EventDelivery} are called by the
 * extension itself ({@link DirectNotification}): with the send's metadata, on the receiver the container would use
 * (a new {@code @Dependent} instance each time, destroyed after it; only an existing instance for a conditional
 * observer), still robust-dispatched by the interceptor. Observers with any other parameter keep the container's
 * resolution, to the same effect.
 */
class DirectNotificationTest {

    /** What the observers saw, in order. */
    @Singleton
    public static class Calls {
        final List<String> names = new ArrayList<>();
        final List<EventsMetadata> metadata = new ArrayList<>();

        synchronized void add(String name, EventsMetadata md) {
            names.add(name);
            metadata.add(md);
        }
    }

    /** Dependent, the metadata before the event, the delivery after it; fails with a checked exception for 13. */
    @Dependent
    public static class DependentObserver {
        static final AtomicInteger DESTROYED = new AtomicInteger();

        @Inject
        Calls calls;

        void onLogin(
                EventsMetadata metadata,
                @Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
                EventDelivery delivery)
                throws IOException {
            assertThat(delivery.metadata()).isSameAs(metadata);
            calls.add("dependent:" + System.identityHashCode(this), metadata);
            if (user.id() == 13) {
                throw new IOException("disk full");
            }
        }

        @PreDestroy
        void destroyed() {
            DESTROYED.incrementAndGet();
        }
    }

    /** Application-scoped, its method package-private: called through the client proxy, on the one instance. */
    @ApplicationScoped
    public static class ApplicationObserver {
        final List<EventsMetadata> seen = new ArrayList<>();

        void onLogin(
                @Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
                EventsMetadata metadata) {
            seen.add(metadata);
        }

        List<EventsMetadata> seen() {
            return List.copyOf(seen);
        }
    }

    /** Application-scoped, with a bean parameter besides the metadata: the container resolves its parameters. */
    @ApplicationScoped
    public static class ContainerResolved {
        void onLogin(
                @Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user,
                EventsMetadata metadata,
                Calls calls) {
            calls.add("container", metadata);
        }
    }

    /** Request-scoped and conditional: notified only when the request already has an instance. */
    @RequestScoped
    public static class ConditionalObserver {
        @Inject
        Calls calls;

        void onLogin(
                @Observes(notifyObserver = Reception.IF_EXISTS) @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED)
                        UserData user,
                EventsMetadata metadata) {
            calls.add("conditional", metadata);
        }

        void touch() {}
    }

    @RegisterExtension
    final LibraryLog log = new LibraryLog();

    private WeldContainer container;
    private OpenEdxEvents events;
    private Calls calls;

    @BeforeEach
    void start() {
        DependentObserver.DESTROYED.set(0);
        container = WeldContainers.start(
                Calls.class,
                DependentObserver.class,
                ContainerResolved.class,
                ConditionalObserver.class,
                ApplicationObserver.class);
        events = container.select(OpenEdxEvents.class).get();
        calls = container.select(Calls.class).get();
    }

    @AfterEach
    void stop() {
        container.close();
    }

    @Test
    void eachObserverGetsTheSendsMetadataAndADependentReceiverLivesForOneNotification() {
        SendResult first = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(1));
        SendResult second = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(2));

        assertThat(first.responses()).hasSize(3);
        assertThat(calls.metadata.subList(0, 2)).allSatisfy(md -> assertThat(md).isSameAs(first.metadata()));
        assertThat(calls.metadata.subList(2, 4)).allSatisfy(md -> assertThat(md).isSameAs(second.metadata()));
        List<String> dependents = calls.names.stream()
                .filter(name -> name.startsWith("dependent:"))
                .toList();
        assertThat(dependents).hasSize(2).doesNotHaveDuplicates();
        assertThat(DependentObserver.DESTROYED).hasValue(2);
        assertThat(calls.names).filteredOn("container"::equals).hasSize(2);
        assertThat(container.select(ApplicationObserver.class).get().seen())
                .containsExactly(first.metadata(), second.metadata());
    }

    @Test
    void aCheckedFailureIsTheObserversOwnInARobustSendAndThrownAsIsOtherwise() {
        SendResult robust = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(13));

        assertThat(robust.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.receiver()).isEqualTo(DependentObserver.class.getName() + "#onLogin");
            assertThat(failure.failure()).isInstanceOf(IOException.class).hasMessage("disk full");
        });
        assertThat(calls.names).filteredOn("container"::equals).hasSize(1);
        assertThat(DependentObserver.DESTROYED).hasValue(1);

        assertThatThrownBy(() -> events.send(
                        LearningSignals.SESSION_LOGIN_COMPLETED,
                        Payloads.user(13),
                        SendOptions.defaults().withRobust(false)))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");
        assertThat(DependentObserver.DESTROYED).hasValue(2);
    }

    @Test
    void aConditionalObserverIsNotifiedOnlyWhenItsInstanceExists() {
        RequestContextController request =
                container.select(RequestContextController.class).get();
        request.activate();
        try {
            events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(1));
            assertThat(calls.names).doesNotContain("conditional");

            container.select(ConditionalObserver.class).get().touch();
            SendResult sent = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(2));

            assertThat(calls.names).containsOnlyOnce("conditional");
            assertThat(calls.metadata.get(calls.names.indexOf("conditional"))).isSameAs(sent.metadata());
        } finally {
            request.deactivate();
        }
    }

    @Test
    void outsideASendAPlainFireGetsFreshMetadataOfTheObservedType() {
        BeanManager beanManager = container.getBeanManager();
        beanManager
                .getEvent()
                .select(UserData.class, OpenEdxEvent.Literal.of(LearningEvents.SESSION_LOGIN_COMPLETED))
                .fire(Payloads.user(5));

        assertThat(calls.metadata).hasSize(2).allSatisfy(md -> {
            assertThat(md.eventType()).isEqualTo(LearningEvents.SESSION_LOGIN_COMPLETED);
            assertThat(md.id()).isNotNull();
        });
    }

    @Test
    void onlyObserversWhoseOtherParametersAreAllUnqualifiedMetadataAreCalledDirectly() {
        Type[] metadataAndDelivery = {EventsMetadata.class, UserData.class, EventDelivery.class};
        boolean[] none = new boolean[3];

        assertThat(DirectNotification.parameters(metadataAndDelivery, 1, none))
                .containsExactly(Parameter.METADATA, Parameter.EVENT, Parameter.DELIVERY);
        assertThat(DirectNotification.parameters(new Type[] {UserData.class}, 0, new boolean[1]))
                .as("nothing to resolve: the container's notification is as fast")
                .isNull();
        assertThat(DirectNotification.parameters(metadataAndDelivery, 1, new boolean[] {true, false, false}))
                .as("a qualified parameter is the container's to resolve")
                .isNull();
        assertThat(DirectNotification.parameters(new Type[] {UserData.class, Calls.class}, 0, new boolean[2]))
                .isNull();
    }
}
