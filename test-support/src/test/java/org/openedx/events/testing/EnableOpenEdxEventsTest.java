package org.openedx.events.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.cdi.OpenEdxEventsExtension;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserPersonalData;

/**
 * {@link EnableOpenEdxEvents} on Weld SE. The fixtures run through the JUnit engine test kit, so that the state
 * after their tests can be checked.
 */
class EnableOpenEdxEventsTest {

    private static WeldContainer container;

    /** A login observer that always fails. */
    @ApplicationScoped
    public static class FailingObserver {
        void onLogin(@Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user) {
            throw new IllegalStateException("observer failure");
        }
    }

    @BeforeAll
    static void startContainer() {
        container = new Weld()
                .disableDiscovery()
                .addExtension(new OpenEdxEventsExtension())
                .addBeanClasses(FailingObserver.class)
                .initialize();
    }

    @AfterAll
    static void stopContainer() {
        container.close();
    }

    private static OpenEdxEvents events() {
        return container.select(OpenEdxEvents.class).get();
    }

    static UserData user() {
        return new UserData(1, true, new UserPersonalData("learner", "learner@example.com", "L"));
    }

    /** Checks, inside its tests, what the isolation switched. */
    @EnableOpenEdxEvents(LearningEvents.SESSION_LOGIN_COMPLETED)
    static class ClassLevelFixture {

        @Test
        void onlyTheListedEventIsEnabledAndItsFailuresSurface() {
            OpenEdxEvents events = events();
            assertThat(events.isEnabled(LearningSignals.SESSION_LOGIN_COMPLETED))
                    .isTrue();
            assertThat(events.isSendEventFailureAllowed(LearningSignals.SESSION_LOGIN_COMPLETED))
                    .isTrue();
            assertThat(OpenEdxPublicSignal.allEvents())
                    .filteredOn(signal -> !signal.equals(LearningSignals.SESSION_LOGIN_COMPLETED))
                    .allSatisfy(signal -> {
                        assertThat(events.isEnabled(signal))
                                .as(signal.eventType())
                                .isFalse();
                        assertThat(events.isSendEventFailureAllowed(signal))
                                .as(signal.eventType())
                                .isFalse();
                    });
            assertThatThrownBy(() -> events.send(LearningSignals.SESSION_LOGIN_COMPLETED, user()))
                    .isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("observer failure");
            assertThat(events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, user())
                            .sent())
                    .isFalse();
        }

        @Test
        @EnableOpenEdxEvents({LearningEvents.STUDENT_REGISTRATION_COMPLETED, LearningEvents.COURSE_ENROLLMENT_CREATED})
        void theMethodsListReplacesTheClasss() {
            OpenEdxEvents events = events();
            assertThat(events.isEnabled(LearningSignals.SESSION_LOGIN_COMPLETED))
                    .isFalse();
            assertThat(events.isEnabled(LearningSignals.STUDENT_REGISTRATION_COMPLETED))
                    .isTrue();
            assertThat(events.isEnabled(LearningSignals.COURSE_ENROLLMENT_CREATED))
                    .isTrue();
            assertThat(events.isSendEventFailureAllowed(LearningSignals.COURSE_ENROLLMENT_CREATED))
                    .isTrue();
        }
    }

    /** Disables everything. */
    @EnableOpenEdxEvents
    static class NothingEnabledFixture {
        @Test
        void everyEventIsDisabled() {
            assertThat(OpenEdxPublicSignal.allEvents())
                    .allSatisfy(s -> assertThat(events().isEnabled(s)).isFalse());
        }
    }

    /** Lists a type that does not exist. */
    static class UnknownTypeFixture {
        @Test
        @EnableOpenEdxEvents({
            LearningEvents.SESSION_LOGIN_COMPLETED,
            "org.openedx.learning.auth.session.login.complete.v1"
        })
        void neverRuns() {}
    }

    private static void assertEverythingEnabledAndRobust() {
        assertThat(OpenEdxPublicSignal.allEvents()).allSatisfy(signal -> {
            assertThat(events().isEnabled(signal)).as(signal.eventType()).isTrue();
            assertThat(events().isSendEventFailureAllowed(signal))
                    .as(signal.eventType())
                    .isFalse();
        });
    }

    // upstream: test_utils.py::test_teardown_re_enables_events_after_subset_enabled
    @Test
    void listedEventsAreTheOnlyOnesEnabledDuringTheTestAndAllAreRestoredAfter() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ClassLevelFixture.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));

        assertEverythingEnabledAndRobust();
        assertThat(events().send(LearningSignals.SESSION_LOGIN_COMPLETED, user())
                        .failures())
                .hasSize(1);
    }

    // upstream: test_utils.py::test_teardown_re_enables_all_events
    @Test
    void anEmptyListDisablesEveryEventAndAllAreRestoredAfter() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(NothingEnabledFixture.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(1));

        assertEverythingEnabledAndRobust();
    }

    @Test
    void anUnknownTypeFailsTheTestWithUpstreamsMessageAndChangesNothing() {
        String expected = "You tried to enable event 'org.openedx.learning.auth.session.login.complete.v1', but I "
                + "don't recognize that signal type. Did you mean one of these?: ['"
                + LearningEvents.SESSION_LOGIN_COMPLETED + "', '";

        EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(UnknownTypeFixture.class, "neverRuns"))
                .execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("neverRuns"),
                                finishedWithFailure(
                                        instanceOf(IllegalArgumentException.class),
                                        message(text -> text.startsWith(expected) && text.endsWith("']")))));

        assertEverythingEnabledAndRobust();
    }
}
