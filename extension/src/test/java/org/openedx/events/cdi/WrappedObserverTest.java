package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.ObserverException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.ReceiverResponse;
import org.openedx.events.SendOptions;
import org.openedx.events.SendResult;
import org.openedx.events.cdi.support.InMemoryTransactions;
import org.openedx.events.cdi.support.Payloads;
import org.openedx.events.cdi.support.WeldContainers;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.testing.LibraryLog;

/**
 * Bean observers the robust-dispatch interceptor cannot reach (static, private or final methods, methods of final
 * classes, qualified or not) deploy, and are robust-dispatched by wrapping their notification, to the same effect as
 * the interceptor: also asynchronous and after-completion ones.
 */
class WrappedObserverTest {

    /** What the observers saw, in order. */
    @Singleton
    public static class Calls {
        final List<String> names = new ArrayList<>();
        final List<EventsMetadata> metadata = new ArrayList<>();

        synchronized void add(String name, EventsMetadata md) {
            names.add(name);
            metadata.add(md);
        }

        synchronized List<String> names() {
            return List.copyOf(names);
        }
    }

    /** Static: there is no instance to intercept. Its parameters besides the event are injected all the same. */
    @ApplicationScoped
    public static class StaticObserver {
        static void onStatic(
                @Observes @Priority(10) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED)
                        CourseEnrollmentData data,
                EventsMetadata metadata,
                Calls calls) {
            calls.add("static", metadata);
        }

        static void onUnenrolled(
                @Observes @OpenEdxEvent(LearningEvents.COURSE_UNENROLLMENT_COMPLETED) CourseEnrollmentData data)
                throws IOException {
            throw new IOException("disk full");
        }
    }

    /** Private: not a business method. Fails for mode "fail". */
    @ApplicationScoped
    public static class PrivateObserver {
        @Inject
        Calls calls;

        @SuppressWarnings("unused")
        private void onPrivate(
                @Observes @Priority(20) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED)
                        CourseEnrollmentData data,
                EventsMetadata metadata) {
            calls.add("private", metadata);
            if (data.mode().equals("fail")) {
                throw new IllegalStateException("private failure");
            }
        }

        @SuppressWarnings("unused")
        private void onChanged(
                @ObservesAsync @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CHANGED) CourseEnrollmentData data,
                EventsMetadata metadata) {
            calls.add("async-private", metadata);
            if (data.mode().equals("fail")) {
                throw new IllegalArgumentException("async failure");
            }
        }
    }

    /** A final method cannot be overridden by the interceptor's subclass. */
    @ApplicationScoped
    public static class FinalMethodObserver {
        @Inject
        Calls calls;

        final void onFinalMethod(
                @Observes @Priority(30) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED)
                        CourseEnrollmentData data,
                EventsMetadata metadata) {
            calls.add("final-method", metadata);
        }
    }

    /** A final class cannot be subclassed for interception. */
    @Dependent
    public static final class FinalClassObserver {
        @Inject
        Calls calls;

        void onFinalClass(
                @Observes @Priority(40) @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED)
                        CourseEnrollmentData data,
                EventsMetadata metadata) {
            calls.add("final-class", metadata);
        }
    }

    /** Private, without qualifier: it receives every event whose payload is a UserData. Fails for user 13. */
    @ApplicationScoped
    public static class WildcardObserver {
        @Inject
        Calls calls;

        @SuppressWarnings("unused")
        private void anyUser(@Observes UserData user) {
            calls.add("any-user:" + user.id(), null);
            if (user.id() == 13) {
                throw new IllegalStateException("unlucky");
            }
        }
    }

    /** A private after-success observer; fails for user 13. */
    @ApplicationScoped
    public static class PrivateAfterSuccess {
        @Inject
        Calls calls;

        @SuppressWarnings("unused")
        private void afterSuccess(
                @Observes(during = TransactionPhase.AFTER_SUCCESS)
                        @OpenEdxEvent(LearningEvents.STUDENT_REGISTRATION_COMPLETED)
                        UserData user,
                EventsMetadata metadata) {
            calls.add("after-success:" + user.id(), metadata);
            if (user.id() == 13) {
                throw new IllegalStateException("after-success failure");
            }
        }
    }

    private static final String PREFIX = WrappedObserverTest.class.getName() + "$";

    @RegisterExtension
    final LibraryLog log = new LibraryLog();

    private final InMemoryTransactions transactions = InMemoryTransactions.INSTANCE;
    private WeldContainer container;
    private OpenEdxEvents events;
    private Calls calls;

    @BeforeEach
    void start() {
        System.setProperty("java.naming.factory.initial", InMemoryTransactions.Factory.class.getName());
        container = WeldContainers.start(
                Calls.class,
                StaticObserver.class,
                PrivateObserver.class,
                FinalMethodObserver.class,
                FinalClassObserver.class,
                WildcardObserver.class,
                PrivateAfterSuccess.class);
        events = container.select(OpenEdxEvents.class).get();
        calls = container.select(Calls.class).get();
    }

    @AfterEach
    void stop() {
        container.close();
        System.clearProperty("java.naming.factory.initial");
    }

    @Test
    void theyDeployWithoutWarnings() {
        assertThat(log.records()).noneMatch(r -> r.getMessage().contains("OXE40"));
    }

    @Test
    void aRobustSendRunsThemInPriorityOrderWithTheirMetadataAndCollectsTheFailure() {
        CourseEnrollmentData failing = enrollment("fail");

        SendResult result = events.send(LearningSignals.COURSE_ENROLLMENT_CREATED, failing);

        assertThat(calls.names()).containsExactly("static", "private", "final-method", "final-class");
        assertThat(calls.metadata).containsOnly(result.metadata());
        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactly(
                        PREFIX + "StaticObserver#onStatic", PREFIX + "PrivateObserver#onPrivate",
                        PREFIX + "FinalMethodObserver#onFinalMethod", PREFIX + "FinalClassObserver#onFinalClass");
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.receiver()).isEqualTo(PREFIX + "PrivateObserver#onPrivate");
            assertThat(failure.failure())
                    .isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("private failure");
        });
        assertThat(log.records())
                .anySatisfy(r -> assertThat(r.getMessage())
                        .contains(
                                "OXE2009",
                                PREFIX + "PrivateObserver#onPrivate",
                                result.metadata().id().toString()));
    }

    @Test
    void aNonRobustSendThrowsTheFailureAsThrownAndSkipsTheRest() {
        assertThatThrownBy(() -> events.send(
                        LearningSignals.COURSE_ENROLLMENT_CREATED,
                        enrollment("fail"),
                        SendOptions.defaults().withRobust(false)))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("private failure");

        assertThat(calls.names()).containsExactly("static", "private");
    }

    @Test
    void aCheckedExceptionIsCollectedWhenRobustAndThrownUnwrappedWhenNot() {
        SendResult result = events.send(LearningSignals.COURSE_UNENROLLMENT_COMPLETED, enrollment("audit"));

        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.receiver()).isEqualTo(PREFIX + "StaticObserver#onUnenrolled");
            assertThat(failure.failure()).isExactlyInstanceOf(IOException.class).hasMessage("disk full");
        });
        assertThatThrownBy(() -> events.send(
                        LearningSignals.COURSE_UNENROLLMENT_COMPLETED,
                        enrollment("audit"),
                        SendOptions.defaults().withRobust(false)))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage("disk full");
    }

    @Test
    void anUnqualifiedPrivateObserverIsWrappedToo() {
        SendResult result = events.send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(13));

        assertThat(calls.names()).containsExactly("any-user:13");
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.receiver()).isEqualTo(PREFIX + "WildcardObserver#anyUser");
            assertThat(failure.failure()).hasMessage("unlucky");
        });
    }

    @Test
    void anAsynchronousPrivateObserverGetsItsMetadataAndItsFailureIsCollected() throws Exception {
        SendResult result = events.sendAsync(LearningSignals.COURSE_ENROLLMENT_CHANGED, enrollment("fail"))
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);

        assertThat(calls.names()).containsExactly("async-private");
        assertThat(calls.metadata).containsExactly(result.metadata());
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.receiver()).isEqualTo(PREFIX + "PrivateObserver#onChanged");
            assertThat(failure.failure())
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("async failure");
        });
    }

    @Test
    void aPrivateAfterSuccessObserverRunsOnCommitWithTheMetadataOfItsSend() {
        transactions.begin();
        SendResult result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Payloads.user(1));
        assertThat(calls.names()).containsExactly("any-user:1");
        transactions.commit();

        assertThat(calls.names()).containsExactly("any-user:1", "after-success:1");
        assertThat(calls.metadata.get(1)).isEqualTo(result.metadata());
    }

    @Test
    void aFailingPrivateAfterSuccessObserverIsLoggedAndChangesNothing() {
        transactions.begin();
        SendResult result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Payloads.user(13));
        assertThat(result.failures())
                .extracting(ReceiverResponse::receiver)
                .containsExactly(PREFIX + "WildcardObserver#anyUser");
        transactions.commit();

        assertThat(calls.names()).containsExactly("any-user:13", "after-success:13");
        assertThat(log.records())
                .anySatisfy(r -> assertThat(r.getMessage())
                        .contains(
                                "OXE2009",
                                PREFIX + "PrivateAfterSuccess#afterSuccess",
                                result.metadata().id().toString(),
                                "after-success failure"));
    }

    @Test
    void withoutATransactionAPrivateAfterSuccessObserverRunsDuringTheSendAndIsInItsResult() {
        SendResult result = events.send(LearningSignals.STUDENT_REGISTRATION_COMPLETED, Payloads.user(4));

        assertThat(result.responses())
                .extracting(ReceiverResponse::receiver)
                .containsExactlyInAnyOrder(
                        PREFIX + "WildcardObserver#anyUser", PREFIX + "PrivateAfterSuccess#afterSuccess");
        assertThat(calls.metadata.get(calls.names().indexOf("after-success:4"))).isEqualTo(result.metadata());
    }

    @Test
    void aPlainCdiFireReachesThemWithoutRobustDispatch() {
        // Weld wraps whatever a configured notification throws in an ObserverException; an intercepted observer's
        // runtime exception would reach the firer as thrown.
        assertThatThrownBy(() -> container
                        .getBeanManager()
                        .getEvent()
                        .select(OpenEdxEvent.Literal.of(LearningEvents.COURSE_ENROLLMENT_CREATED))
                        .fire(enrollment("fail")))
                .satisfies(e -> assertThat(e instanceof ObserverException ? e.getCause() : e)
                        .isExactlyInstanceOf(IllegalStateException.class)
                        .hasMessage("private failure"));

        assertThat(calls.names()).containsExactly("static", "private");
        assertThat(log.records()).anySatisfy(r -> assertThat(r.getMessage()).contains("OXE2010"));
    }

    private static CourseEnrollmentData enrollment(String mode) {
        CourseEnrollmentData enrollment = Payloads.enrollment(1);
        return new CourseEnrollmentData(enrollment.user(), enrollment.course(), mode, true, Payloads.TIME);
    }
}
