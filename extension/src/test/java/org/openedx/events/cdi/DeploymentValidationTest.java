package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import jakarta.enterprise.inject.spi.DefinitionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.openedx.events.cdi.broken.BrokenObservers;
import org.openedx.events.cdi.support.WeldContainers;
import org.openedx.events.learning.LearningEvents;

/** Deployment-time checks of observers, each reported as a definition error with its code. */
class DeploymentValidationTest {

    static Stream<Arguments> brokenObservers() {
        String prefix = BrokenObservers.class.getName() + "$";
        return Stream.of(
                Arguments.of(
                        BrokenObservers.UnknownType.class,
                        "OXE4001",
                        "Unknown Open edX event type 'org.openedx.learning.course.enrollment.create.v1' observed by "
                                + prefix + "UnknownType#typo. Closest known types: ["
                                + LearningEvents.COURSE_ENROLLMENT_CREATED),
                Arguments.of(
                        BrokenObservers.WrongPayload.class,
                        "OXE4002",
                        "declares payload org.openedx.events.learning.data.UserData, but the event carries "
                                + "org.openedx.events.learning.data.CourseEnrollmentData"));
    }

    @ParameterizedTest
    @MethodSource("brokenObservers")
    void brokenObserverFailsTheDeployment(Class<?> bean, String code, String text) {
        assertThatThrownBy(() -> WeldContainers.start(bean).close())
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining(code + ": ")
                .hasMessageContaining(text);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        // The static observer is no problem: the interceptor cannot reach it, so its notification is wrapped.
        assertThatThrownBy(() -> WeldContainers.start(
                                BrokenObservers.UnknownType.class,
                                BrokenObservers.WrongPayload.class,
                                WrappedObserverTest.StaticObserver.class,
                                WrappedObserverTest.Calls.class)
                        .close())
                .isInstanceOf(DefinitionException.class)
                .satisfies(e -> assertThat(e.getMessage() + allSuppressed(e))
                        .contains("OXE4001", "OXE4002")
                        .doesNotContain("OXE4003", "StaticObserver"));
    }

    private static String allSuppressed(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable s : e.getSuppressed()) {
            out.append(' ').append(s.getMessage());
        }
        return out.toString();
    }
}
