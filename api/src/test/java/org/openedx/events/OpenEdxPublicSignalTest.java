package org.openedx.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.LearningSignals;
import org.openedx.events.learning.data.CourseEnrollmentData;

class OpenEdxPublicSignalTest {

    // upstream: test_tooling.py::test_string_representation
    @Test
    void printsLikeUpstream() {
        assertThat(LearningSignals.COURSE_ENROLLMENT_CREATED)
                .hasToString("<OpenEdxPublicSignal: org.openedx.learning.course.enrollment.created.v1>");
    }

    // upstream: test_tooling.py::test_get_signal_by_type, TestLoadAllSignals::test_load_all_signals
    @Test
    void findsSignalsByTypeAndNamesTheClosestOnAMiss() {
        assertThat(OpenEdxPublicSignal.getSignalByType(LearningEvents.COURSE_ENROLLMENT_CREATED))
                .isSameAs(LearningSignals.COURSE_ENROLLMENT_CREATED);
        assertThat(OpenEdxPublicSignal.allEvents()).contains(LearningSignals.COURSE_ENROLLMENT_CREATED);

        assertThatThrownBy(() -> OpenEdxPublicSignal.getSignalByType("xxx"))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageStartingWith("OXE1001: No Open edX event of type 'xxx' is known. Closest known types: [")
                .satisfies(e -> assertThat(((UnknownEventTypeException) e).closestTypes())
                        .hasSize(3));
        assertThat(OpenEdxPublicSignal.closestEventTypes("org.openedx.learning.course.enrollment.create.v1"))
                .first()
                .isEqualTo(LearningEvents.COURSE_ENROLLMENT_CREATED);
    }

    @Test
    void definitionsAreImmutableValues() {
        OpenEdxPublicSignal<CourseEnrollmentData> signal = LearningSignals.COURSE_ENROLLMENT_CREATED;

        assertThat(signal.eventType()).isEqualTo(LearningEvents.COURSE_ENROLLMENT_CREATED);
        assertThat(signal.dataKey()).isEqualTo("enrollment");
        assertThat(signal.dataType()).isEqualTo(CourseEnrollmentData.class);
        assertThat(signal.minorVersion()).isZero();
        assertThat(signal.eventKeyField()).contains("enrollment.course.course_key");
        assertThat(signal.withMinorVersion(2))
                .isNotEqualTo(signal)
                .satisfies(s -> assertThat(s.minorVersion()).isEqualTo(2));
        assertThat(signal.minorVersion()).isZero();
        assertThatThrownBy(() -> OpenEdxPublicSignal.allEvents().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badDefinitionsAreInstantiationErrors() {
        assertThatThrownBy(() -> OpenEdxPublicSignal.of("", "user", Object.class))
                .isInstanceOf(SignalDefinitionException.class)
                .hasMessage("InstantiationError : Missing required argument 'event_type'");
        assertThatThrownBy(() -> OpenEdxPublicSignal.of("org.acme.x.y.created.v1", null, Object.class))
                .isInstanceOf(SignalDefinitionException.class)
                .hasMessage("InstantiationError org.acme.x.y.created.v1: Missing required argument 'data'");
        assertThatThrownBy(() -> OpenEdxPublicSignal.of("org.acme.x.y.created.v1", "Bad Key", Object.class))
                .isInstanceOf(SignalDefinitionException.class)
                .hasMessageContaining("'Bad Key'");
        assertThatThrownBy(() -> LearningSignals.COURSE_ENROLLMENT_CREATED.withMinorVersion(-1))
                .isInstanceOf(SignalDefinitionException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void qualifierLiteralEqualsTheAnnotation() throws Exception {
        class Holder {
            @SuppressWarnings("unused")
            void observe(@OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED) Object event) {}
        }
        OpenEdxEvent annotation = (OpenEdxEvent)
                Holder.class.getDeclaredMethod("observe", Object.class).getParameterAnnotations()[0][0];

        assertThat(OpenEdxEvent.Literal.of(LearningEvents.COURSE_ENROLLMENT_CREATED))
                .isEqualTo(annotation)
                .hasSameHashCodeAs(annotation);
        assertThat(OpenEdxEvent.Literal.of("other")).isNotEqualTo(annotation);
    }
}
