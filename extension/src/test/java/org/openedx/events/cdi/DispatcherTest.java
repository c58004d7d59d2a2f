package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.SendResult;
import org.openedx.events.cdi.support.Payloads;
import org.openedx.events.learning.LearningSignals;

/** The dispatcher without a container: observers are plain callbacks run through robust dispatch. */
class DispatcherTest {

    /** Two "observers" that go through robust dispatch the way the interceptor does; the first fails on user 13. */
    private static final class FakeObservers implements EventFiring {
        final RobustDispatch robustDispatch = new RobustDispatch();
        final RobustObserver first = new RobustObserver("Fake#first", null, 0);
        final RobustObserver second = new RobustObserver("Fake#second", null, 0);
        final List<String> calls = new ArrayList<>();

        @Override
        public void fire(OpenEdxPublicSignal<?> signal, Object payload) {
            try {
                Callable<Object> firstCall = () -> {
                    calls.add("first");
                    if (payload.toString().contains("id=13")) {
                        throw new IllegalStateException("boom");
                    }
                    return 1;
                };
                Callable<Object> secondCall = () -> {
                    calls.add("second");
                    return 2;
                };
                robustDispatch.invoke(first, payload, firstCall, Callable::call);
                robustDispatch.invoke(second, payload, secondCall, Callable::call);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public CompletionStage<?> fireAsync(OpenEdxPublicSignal<?> signal, Object payload, Executor executor) {
            return CompletableFuture.runAsync(() -> fire(signal, payload), executor);
        }
    }

    private static Dispatcher dispatcher(Map<String, String> settings, FakeObservers observers) {
        Settings s = Settings.of(settings);
        Clock clock = Clock.fixed(Instant.parse("2024-01-02T03:04:05.000006Z"), ZoneOffset.UTC);
        return new Dispatcher(
                s,
                new MetadataFactory(s, new TimeBasedUuids(clock, new java.util.Random(1)), clock),
                PayloadValidator.NONE,
                observers,
                Runnable::run);
    }

    @Test
    void robustDispatchCollectsEveryOutcomeInOrder() {
        FakeObservers observers = new FakeObservers();

        SendResult result =
                dispatcher(Map.of(), observers).send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(13));

        assertThat(observers.calls).containsExactly("first", "second");
        assertThat(result.responses()).hasSize(2);
        assertThat(result.responses().get(0).failure()).hasMessage("boom");
        assertThat(result.responses().get(1).response()).isEqualTo(2);
        assertThat(result.metadata().time()).hasToString("2024-01-02T03:04:05.000006Z");
    }

    @Test
    void debugSettingMakesEverySendNonRobust() {
        FakeObservers observers = new FakeObservers();
        Dispatcher dispatcher = dispatcher(Map.of(Settings.DEBUG, "true"), observers);

        assertThatThrownBy(() -> dispatcher.send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(13)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("boom");
        assertThat(observers.calls).containsExactly("first");
    }

    @Test
    void asyncSendBindsTheFrameOnTheWorkerThread() throws Exception {
        FakeObservers observers = new FakeObservers();

        SendResult result = dispatcher(Map.of(), observers)
                .sendAsync(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(1))
                .toCompletableFuture()
                .get(5, TimeUnit.SECONDS);

        assertThat(result.responses()).extracting(r -> r.response()).containsExactly(1, 2);
    }

    @Test
    void theFrameIsGoneAfterTheSend() {
        dispatcher(Map.of(), new FakeObservers()).send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(1));

        assertThat(DispatchFrame.current()).isNull();
    }
}
