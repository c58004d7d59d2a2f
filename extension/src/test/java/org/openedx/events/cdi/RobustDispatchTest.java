package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.enterprise.event.ObserverException;
import jakarta.enterprise.inject.spi.configurator.ObserverMethodConfigurator.EventConsumer;

import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.SendResult;
import org.openedx.events.cdi.support.EventContexts;
import org.openedx.events.cdi.support.Payloads;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;

/** Robust dispatch without a container: its two ways in, the interceptor's and the wrapper's, do the same. */
class RobustDispatchTest {

    private final RobustDispatch robustDispatch = new RobustDispatch();
    private final RobustObserver observer =
            new RobustObserver("Fake#observer", LearningEvents.SESSION_LOGIN_COMPLETED, 1);

    /** An observer method with its event in second position, as the interceptor sees it. */
    @SuppressWarnings("unused")
    private static void observer(String other, UserData user) {}

    @Test
    void bothWaysInRecordTheSameResponseAndContainTheSameFailure() throws Exception {
        Method method = RobustDispatchTest.class.getDeclaredMethod("observer", String.class, UserData.class);
        robustDispatch.index(Map.of(method, observer));
        UserData user = Payloads.user(1);
        List<String> calls = new ArrayList<>();
        EventConsumer<UserData> failing = context -> {
            calls.add("wrapped");
            throw new IOException("disk full");
        };

        SendResult result = send(user, () -> {
            Callable<Object> intercepted = () -> {
                calls.add("intercepted");
                throw new IOException("disk full");
            };
            robustDispatch.intercept(method, new Object[] {"x", user}, intercepted, Callable::call);
            robustDispatch.wrap(observer, failing).accept(EventContexts.of(user));
        });

        assertThat(calls).containsExactly("intercepted", "wrapped");
        assertThat(result.failures()).hasSize(2).allSatisfy(failure -> {
            assertThat(failure.receiver()).isEqualTo("Fake#observer");
            assertThat(failure.failure()).isExactlyInstanceOf(IOException.class).hasMessage("disk full");
        });
    }

    @Test
    void theWrapperRecordsTheObserversOwnExceptionWhenTheContainerWrappedIt() throws Exception {
        UserData user = Payloads.user(2);
        EventConsumer<UserData> wrappedByContainer = context -> {
            throw new ObserverException(new IOException("disk full"));
        };

        SendResult result = send(
                user, () -> robustDispatch.wrap(observer, wrappedByContainer).accept(EventContexts.of(user)));

        assertThat(result.failures())
                .singleElement()
                .satisfies(failure -> assertThat(failure.failure()).isExactlyInstanceOf(IOException.class));
    }

    @Test
    void outsideARobustSendTheWrapperRethrowsACheckedExceptionInAnObserverException() {
        UserData user = Payloads.user(3);
        EventConsumer<UserData> failing = context -> {
            throw new IOException("disk full");
        };

        assertThatThrownBy(() -> robustDispatch.wrap(observer, failing).accept(EventContexts.of(user)))
                .isExactlyInstanceOf(ObserverException.class)
                .hasCauseExactlyInstanceOf(IOException.class);
    }

    @Test
    void anUnknownMethodProceedsUntouched() throws Exception {
        Method method = RobustDispatchTest.class.getDeclaredMethod("observer", String.class, UserData.class);

        Callable<Object> asIs = () -> "as is";
        assertThat(robustDispatch.intercept(method, new Object[] {"x", Payloads.user(4)}, asIs, Callable::call))
                .isEqualTo("as is");
        assertThat(robustDispatch.observer(method)).isNull();
    }

    /** Runs the notifications inside a robust send's frame, as the sender does, and returns the send's result. */
    private static SendResult send(UserData user, Notifications notifications) throws Exception {
        EventsMetadata metadata = new MetadataFactory(Settings.of(Map.of()), new TimeBasedUuids(), Clock.systemUTC())
                .create(LearningSignals.SESSION_LOGIN_COMPLETED, null);
        DispatchFrame frame =
                new DispatchFrame(LearningSignals.SESSION_LOGIN_COMPLETED, metadata, false, user, true, 1);
        DispatchFrame previous = DispatchFrame.bind(frame);
        try {
            notifications.run();
        } finally {
            DispatchFrame.bind(previous);
        }
        return new SendResult(metadata, true, frame.responses());
    }

    @FunctionalInterface
    private interface Notifications {
        void run() throws Exception;
    }
}
