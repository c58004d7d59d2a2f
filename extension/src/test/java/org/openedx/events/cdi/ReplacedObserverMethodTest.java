package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObserverException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.enterprise.inject.spi.ObserverMethod;

import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.event.EventMetadataAwareObserverMethod;
import org.junit.jupiter.api.Test;

import org.openedx.events.EventsMetadata;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.OpenEdxEvents;
import org.openedx.events.cdi.support.EventContexts;
import org.openedx.events.cdi.support.Payloads;
import org.openedx.events.cdi.support.WeldContainers;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.UserData;

/**
 * The observers the extension registers in place of the container's keep everything but their notification, throw
 * what it throws as an {@link ObserverException}, and tell Weld when they do not read the fire's CDI
 * {@link EventMetadata}, so that Weld does not keep it for them.
 */
class ReplacedObserverMethodTest {

    private static final OpenEdxEvent LOGIN = OpenEdxEvent.Literal.of(LearningEvents.SESSION_LOGIN_COMPLETED);

    /** Takes the send's metadata: notified by a {@link DirectNotification}. */
    @ApplicationScoped
    public static class MetadataObserver {
        final List<String> seen = new ArrayList<>();

        void onLogin(@Observes @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED) UserData user, EventsMetadata md) {
            seen.add(user.id() + ":" + md.eventType());
        }

        List<String> seen() {
            return List.copyOf(seen);
        }
    }

    /** After success, reads the CDI metadata of the fire: the container's notification, deferred by the extension. */
    @ApplicationScoped
    public static class CdiMetadataObserver {
        final List<Set<Annotation>> qualifiers = new ArrayList<>();

        void onLogin(
                @Observes(during = TransactionPhase.AFTER_SUCCESS) @OpenEdxEvent(LearningEvents.SESSION_LOGIN_COMPLETED)
                        UserData user,
                EventMetadata metadata) {
            qualifiers.add(Set.copyOf(metadata.getQualifiers()));
        }

        List<Set<Annotation>> qualifiers() {
            return List.copyOf(qualifiers);
        }
    }

    @Test
    void keepsTheOriginalsAttributesAndTakesTheGivenPhase() {
        ObserverMethod<UserData> original = new Original(Reception.IF_EXISTS, TransactionPhase.AFTER_SUCCESS);

        ObserverMethod<UserData> replaced =
                new ReplacedObserverMethod<>(original, TransactionPhase.IN_PROGRESS, context -> {});

        assertThat(replaced.getBeanClass()).isEqualTo(MetadataObserver.class);
        assertThat(replaced.getObservedType()).isEqualTo(UserData.class);
        assertThat(replaced.getObservedQualifiers()).containsExactly(LOGIN);
        assertThat(replaced.getReception()).isEqualTo(Reception.IF_EXISTS);
        assertThat(replaced.getPriority()).isEqualTo(7);
        assertThat(replaced.isAsync()).isFalse();
        assertThat(replaced.getTransactionPhase()).isEqualTo(TransactionPhase.IN_PROGRESS);
        assertThat(replaced)
                .hasToString("Observer of " + UserData.class.getName() + " [" + LOGIN + "] in "
                        + MetadataObserver.class.getName());
    }

    @Test
    void copiesTheQualifiers() {
        Original original = new Original(Reception.ALWAYS, TransactionPhase.IN_PROGRESS);

        ObserverMethod<UserData> replaced =
                new ReplacedObserverMethod<>(original, TransactionPhase.IN_PROGRESS, context -> {});
        original.qualifiers.clear();

        assertThat(replaced.getObservedQualifiers()).containsExactly(LOGIN);
    }

    @Test
    void passesTheContextAndThrowsWhatTheNotificationThrowsAsAnObserverException() {
        Original original = new Original(Reception.ALWAYS, TransactionPhase.IN_PROGRESS);
        AtomicReference<EventContext<UserData>> seen = new AtomicReference<>();
        EventContext<UserData> context = EventContexts.of(Payloads.user(3));

        new ReplacedObserverMethod<>(original, TransactionPhase.IN_PROGRESS, seen::set).notify(context);
        assertThat(seen).hasValue(context);

        for (Exception thrown : List.of(new IOException("disk full"), new IllegalStateException("no"))) {
            ObserverMethod<UserData> failing =
                    new ReplacedObserverMethod<>(original, TransactionPhase.IN_PROGRESS, c -> {
                        throw thrown;
                    });

            assertThatThrownBy(() -> failing.notify(context))
                    .isInstanceOf(ObserverException.class)
                    .hasCause(thrown);
        }
    }

    @Test
    void onWeldSaysTheMetadataIsRequiredOnlyWhenTheOriginalsNotificationRunsAndReadsIt() {
        Original unaware = new Original(Reception.ALWAYS, TransactionPhase.IN_PROGRESS);
        AwareOriginal reads = new AwareOriginal(true);
        AwareOriginal ignores = new AwareOriginal(false);

        assertThat(metadataRequired(unaware, false)).isFalse();
        assertThat(metadataRequired(reads, false)).isFalse();
        assertThat(metadataRequired(unaware, true)).isTrue();
        assertThat(metadataRequired(reads, true)).isTrue();
        assertThat(metadataRequired(ignores, true)).isFalse();
    }

    @Test
    void weldIsFoundOnlyWhereItsInterfaceIsVisible() throws IOException {
        assertThat(WeldObserverMethods.visible(getClass().getClassLoader())).isTrue();
        try (URLClassLoader platformOnly = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertThat(WeldObserverMethods.visible(platformOnly)).isFalse();
        }
    }

    @Test
    void onWeldSeADirectlyNotifiedObserverDoesNotMakeWeldKeepTheMetadata() {
        try (WeldContainer container = WeldContainers.start(MetadataObserver.class, CdiMetadataObserver.class)) {
            BeanManager beanManager = container.getBeanManager();

            Set<ObserverMethod<? super UserData>> observers =
                    beanManager.resolveObserverMethods(Payloads.user(1), LOGIN);

            assertThat(observers)
                    .hasSize(2)
                    .allSatisfy(observer -> assertThat(observer).isInstanceOf(WeldObserverMethods.MetadataAware.class));
            assertThat(observers)
                    .filteredOn(observer -> observer.getBeanClass() == MetadataObserver.class)
                    .singleElement()
                    .satisfies(observer -> assertThat(
                                    ((EventMetadataAwareObserverMethod<?>) observer).isEventMetadataRequired())
                            .isFalse());
            assertThat(observers)
                    .filteredOn(observer -> observer.getBeanClass() == CdiMetadataObserver.class)
                    .singleElement()
                    .satisfies(observer -> assertThat(
                                    ((EventMetadataAwareObserverMethod<?>) observer).isEventMetadataRequired())
                            .isTrue());
        }
    }

    @Test
    void onWeldSeBothKindsOfObserverStillSeeWhatTheyAskFor() {
        try (WeldContainer container = WeldContainers.start(MetadataObserver.class, CdiMetadataObserver.class)) {
            container.select(OpenEdxEvents.class).get().send(LearningSignals.SESSION_LOGIN_COMPLETED, Payloads.user(9));

            assertThat(container.select(MetadataObserver.class).get().seen())
                    .containsExactly("9:" + LearningEvents.SESSION_LOGIN_COMPLETED);
            assertThat(container.select(CdiMetadataObserver.class).get().qualifiers())
                    .singleElement()
                    .satisfies(qualifiers -> assertThat(qualifiers).contains(LOGIN));
        }
    }

    private static boolean metadataRequired(ObserverMethod<UserData> original, boolean callsOriginal) {
        ObserverMethod<UserData> replaced =
                WeldObserverMethods.replacement(original, TransactionPhase.IN_PROGRESS, context -> {}, callsOriginal);
        return ((EventMetadataAwareObserverMethod<?>) replaced).isEventMetadataRequired();
    }

    /** An observer as another container might make it. */
    private static class Original implements ObserverMethod<UserData> {
        final Set<Annotation> qualifiers = new HashSet<>(Set.of(LOGIN));
        private final Reception reception;
        private final TransactionPhase phase;

        Original(Reception reception, TransactionPhase phase) {
            this.reception = reception;
            this.phase = phase;
        }

        @Override
        public Class<?> getBeanClass() {
            return MetadataObserver.class;
        }

        @Override
        public Type getObservedType() {
            return UserData.class;
        }

        @Override
        public Set<Annotation> getObservedQualifiers() {
            return qualifiers;
        }

        @Override
        public Reception getReception() {
            return reception;
        }

        @Override
        public TransactionPhase getTransactionPhase() {
            return phase;
        }

        @Override
        public int getPriority() {
            return 7;
        }

        @Override
        public void notify(UserData event) {}
    }

    /** An observer that tells Weld whether it reads the metadata, as Weld's own observer methods do. */
    private static final class AwareOriginal extends Original implements EventMetadataAwareObserverMethod<UserData> {
        private final boolean required;

        AwareOriginal(boolean required) {
            super(Reception.ALWAYS, TransactionPhase.IN_PROGRESS);
            this.required = required;
        }

        @Override
        public boolean isEventMetadataRequired() {
            return required;
        }
    }
}
