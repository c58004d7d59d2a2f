package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
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
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendResult;
import org.openedx.events.cdi.support.InMemoryTransactions;
import org.openedx.events.cdi.support.Payloads;
import org.openedx.events.cdi.support.WeldContainers;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.testing.LibraryLog;

/**
 * Observers of the after-completion phases keep their send: its metadata, its origin and its robustness, when the
 * transaction completes long after the send returned. A small in-memory JTA registry stands in for the server's
 * here; the TCK runs the same scenarios on WildFly with Narayana.
 */
class TransactionalObserverTest {

    /** One observer per phase, recording what it saw. */
    @Singleton
    public static class Observers {
        final List<String> calls = new ArrayList<>();
        final List<EventDelivery> deliveries = new ArrayList<>();
        final List<EventsMetadata> metadata = new ArrayList<>();

        void inProgress(@Observes @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED) UserData user) {
            calls.add("in-progress:" + user.id());
        }

        void afterSuccess(
                @Observes(during = TransactionPhase.AFTER_SUCCESS)
                        @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED)
                        UserData user,
                EventsMetadata metadata,
                EventDelivery delivery) {
            calls.add("after-success:" + user.id());
            this.metadata.add(metadata);
            deliveries.add(delivery);
            if (user.id() == 13) {
                throw new IllegalStateException("after-success failure");
            }
        }

        void afterFailure(
                @Observes(during = TransactionPhase.AFTER_FAILURE)
                        @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED)
                        UserData user,
                EventDelivery delivery) {
            calls.add("after-failure:" + user.id());
            deliveries.add(delivery);
        }

        void afterCompletion(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserData user) {
            calls.add("after-completion:" + user.id());
        }
    }

    /** Fires a plain CDI event, as code unaware of the sender might. */
    @Singleton
    public static class PlainFirer {
        @jakarta.inject.Inject
        @Any
        Event<Object> events;

        void fire(UserData user) {
            events.select(OpenEdxEvent.Literal.of(LearningEvents.STUDENT_REGISTRATION_COMPLETED))
                    .fire(user);
        }
    }

    /**
     * Adds a synthetic {@code AFTER_SUCCESS} observer, as the event-bus producer does, which asks the container for
     * the delivery being observed.
     */
    public static class SyntheticAfterSuccess implements Extension {
        final List<EventDelivery> deliveries = new ArrayList<>();

        void add(@Observes AfterBeanDiscovery event, BeanManager beanManager) {
            event.addObserverMethod()
                    .beanClass(SyntheticAfterSuccess.class)
                    .observedType(UserData.class)
                    .addQualifier(OpenEdxEvent.Literal.of(LearningEvents.STUDENT_REGISTRATION_COMPLETED))
                    .transactionPhase(TransactionPhase.AFTER_SUCCESS)
                    .notifyWith(context -> deliveries.add(beanManager
                            .createInstance()
                            .select(EventDelivery.class)
                            .get()));
        }
    }

    private final SyntheticAfterSuccess synthetic = new SyntheticAfterSuccess();
    private final InMemoryTransactions transactions = InMemoryTransactions.INSTANCE;

    @RegisterExtension
    final LibraryLog log = new LibraryLog();

    private WeldContainer container;
    private OpenEdxEvents events;
    private Observers observers;

    @BeforeEach
    void start() {
        System.setProperty("java.naming.factory.initial", InMemoryTransactions.Factory.class.getName());
        container = WeldContainers.start(Map.of(), List.of(synthetic), Observers.class, PlainFirer.class);
        events = container.select(OpenEdxEvents.class).get();
        observers = container.select(Observers.class).get();
    }

    @AfterEach
    void stop() {
        container.close();
        System.clearProperty("java.naming.factory.initial");
    }

    @Test
    void afterSuccessObserversRunOnCommitWithTheMetadataOfTheirSend() {
        transactions.begin();
        SendResult result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Payloads.user(1));
        assertThat(observers.calls).containsExactly("in-progress:1");
        transactions.commit();

        assertThat(observers.calls).containsExactlyInAnyOrder("in-progress:1", "after-success:1", "after-completion:1");
        assertThat(observers.metadata).containsExactly(result.metadata());
        assertThat(observers.deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.metadata()).isEqualTo(result.metadata());
            assertThat(delivery.signal()).isEqualTo(LearningSignals.STUDENT_REGISTRATION_COMPLETED);
            assertThat(delivery.fromEventBus()).isFalse();
        });
        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactly(Observers.class.getName() + "#inProgress");
        assertThat(log.records()).noneMatch(r -> r.getMessage().contains("OXE2010"));
    }

    @Test
    void aSyntheticAfterSuccessObserverRunsOnCommitOnlyAndSeesItsSend() {
        EventsMetadata producer = events.generateSignalMetadata(LearningSignals.STUDENT_REGISTRATION_COMPLETED);
        transactions.begin();
        events.sendWithCustomMetadata(producer, LearningSignals.STUDENT_REGISTRATION_COMPLETED, Payloads.user(8));
        assertThat(synthetic.deliveries).isEmpty();
        transactions.commit();

        transactions.begin();
        events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Payloads.user(9));
        transactions.rollback();

        assertThat(synthetic.deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.metadata()).isEqualTo(producer);
            assertThat(delivery.fromEventBus()).isTrue();
        });
    }

    @Test
    void afterFailureObserversRunOnRollbackWithTheMetadataOfTheirSend() {
        transactions.begin();
        SendResult result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Payloads.user(2));
        transactions.rollback();

        assertThat(observers.calls).containsExactlyInAnyOrder("in-progress:2", "after-failure:2", "after-completion:2");
        assertThat(observers.deliveries)
                .singleElement()
                .satisfies(delivery -> assertThat(delivery.metadata()).isEqualTo(result.metadata()));
    }

    @Test
    void aReEmittedEventKeepsItsProducersMetadataAndItsOriginUntilTheCommit() {
        EventsMetadata producer = events.generateSignalMetadata(LearningSignals.STUDENT_REGISTRATION_COMPLETED);
        transactions.begin();
        events.sendWithCustomMetadata(producer, LearningSignals.STUDENT_REGISTRATION_COMPLETED, Payloads.user(5));
        transactions.commit();

        assertThat(observers.deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.metadata()).isEqualTo(producer);
            assertThat(delivery.fromEventBus()).isTrue();
        });
    }

    @Test
    void twoSendsOfTheSamePayloadInOneTransactionEachKeepTheirOwnMetadata() {
        UserData user = Payloads.user(6);
        transactions.begin();
        SendResult first = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, user);
        SendResult second = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, user);
        transactions.commit();

        assertThat(observers.deliveries)
                .extracting(EventDelivery::metadata)
                .containsExactly(first.metadata(), second.metadata());
    }

    @Test
    void aFailingAfterSuccessObserverIsLoggedAndChangesNothing() {
        transactions.begin();
        SendResult result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Payloads.user(13));
        transactions.commit();

        assertThat(result.hasFailures()).isFalse();
        assertThat(observers.calls).contains("after-success:13", "after-completion:13");
        assertThat(log.records())
                .anySatisfy(r -> assertThat(r.getMessage())
                        .contains(
                                "OXE2009",
                                Observers.class.getName() + "#afterSuccess",
                                result.metadata().id().toString(),
                                "after-success failure"));
    }

    @Test
    void aFailureOfANonRobustSendAfterCommitIsLoggedNotThrownIntoTheTransactionManager() {
        events.allowSendEventFailure(LearningSignals.STUDENT_REGISTRATION_COMPLETED);
        transactions.begin();
        SendResult result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Payloads.user(13));
        transactions.commit();

        assertThat(observers.calls).contains("after-success:13", "after-completion:13");
        assertThat(log.records())
                .anySatisfy(r -> assertThat(r.getMessage())
                        .contains(
                                "OXE2012",
                                Observers.class.getName() + "#afterSuccess",
                                result.metadata().id().toString(),
                                "after-success failure"));
    }

    @Test
    void withoutATransactionTheyRunDuringTheSendAndAreInItsResult() {
        SendResult result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Payloads.user(4));

        assertThat(observers.calls)
                .containsExactlyInAnyOrder("in-progress:4", "after-success:4", "after-failure:4", "after-completion:4");
        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .contains(Observers.class.getName() + "#afterSuccess", Observers.class.getName() + "#afterFailure");
        assertThat(observers.deliveries).extracting(EventDelivery::metadata).containsOnly(result.metadata());
    }

    @Test
    void aPlainFireInATransactionStillReachesThemAfterCommitWithFreshMetadata() {
        transactions.begin();
        container.select(PlainFirer.class).get().fire(Payloads.user(7));
        transactions.commit();

        assertThat(observers.calls).containsExactlyInAnyOrder("in-progress:7", "after-success:7", "after-completion:7");
        assertThat(observers.deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.signal()).isEqualTo(LearningSignals.STUDENT_REGISTRATION_COMPLETED);
            assertThat(delivery.fromEventBus()).isFalse();
        });
    }
}
