package org.openedx.events.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.UserData;

/** The deployment bookkeeping without a container: which observers are robust, how they are reached, problems. */
class ObserverDeploymentTest {

    /** Observer-shaped methods; only their signatures and modifiers matter here. */
    static class Beans {
        void qualified(CourseEnrollmentData data) {}

        @SuppressWarnings("unused")
        private void qualifiedPrivate(CourseEnrollmentData data) {}

        static void unqualifiedStatic(UserData user) {}

        void unrelated(String text) {}
    }

    /** A final class: none of its methods can be intercepted. */
    static final class FinalBeans {
        void qualified(CourseEnrollmentData data) {}
    }

    private final ObserverDeployment deployment = new ObserverDeployment(OpenEdxPublicSignal.allEvents());

    @Test
    void theInterceptorIsBoundOnlyToTheObserversItCanReach() throws Exception {
        assertThat(observe(Beans.class, "qualified", LearningEvents.COURSE_ENROLLMENT_CREATED))
                .isTrue();
        assertThat(observe(Beans.class, "qualifiedPrivate", LearningEvents.COURSE_ENROLLMENT_CREATED))
                .isFalse();
        assertThat(observe(FinalBeans.class, "qualified", LearningEvents.COURSE_ENROLLMENT_CREATED))
                .isFalse();
        assertThat(observe(Beans.class, "unqualifiedStatic", null)).isFalse();

        // All four are robust observers all the same: the unreachable ones are wrapped.
        assertThat(deployment.observers()).hasSize(4);
        assertThat(deployment.observers().get(method(Beans.class, "unqualifiedStatic")))
                .isEqualTo(new RobustObserver(Beans.class.getName() + "#unqualifiedStatic", null, 0));
        assertThat(deployment.problems()).isEmpty();
    }

    @Test
    void anUnqualifiedObserverIsRobustOnlyWhenAPayloadFitsItsType() throws Exception {
        assertThat(observe(Beans.class, "unrelated", null)).isFalse();

        assertThat(deployment.observers()).isEmpty();
        assertThat(deployment.beanObserver(method(Beans.class, "unrelated"), null, String.class))
                .isEmpty();
    }

    @Test
    void qualifiedObserversAreCheckedAndEveryProblemIsKept() throws Exception {
        Method qualified = method(Beans.class, "qualified");
        observe(Beans.class, "qualified", LearningEvents.COURSE_ENROLLMENT_CREATED);

        assertThat(deployment.beanObserver(
                        qualified, LearningEvents.COURSE_ENROLLMENT_CREATED, CourseEnrollmentData.class))
                .isPresent();
        deployment.beanObserver(
                qualified, "org.openedx.learning.course.enrollment.create.v1", CourseEnrollmentData.class);
        deployment.syntheticObserver(Beans.class, LearningEvents.COURSE_ENROLLMENT_CREATED, UserData.class);

        assertThat(deployment.problems())
                .hasSize(2)
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("OXE4001: "),
                        second -> assertThat(second)
                                .startsWith("OXE4002: ")
                                .contains(Beans.class.getName() + "#<synthetic observer>"));
    }

    @Test
    void onlyQualifiedSyntheticObserversAreRobust() {
        assertThat(deployment.syntheticObserver(Beans.class, null, UserData.class))
                .isEmpty();
        assertThat(deployment.syntheticObserver(Beans.class, LearningEvents.SESSION_LOGIN_COMPLETED, UserData.class))
                .contains(new RobustObserver(
                        Beans.class.getName() + "#<synthetic observer>", LearningEvents.SESSION_LOGIN_COMPLETED, 0));
    }

    private boolean observe(Class<?> beanClass, String name, String eventType) throws Exception {
        Method method = method(beanClass, name);
        return deployment.observe(
                beanClass, method, 0, eventType, eventType == null, method.getGenericParameterTypes()[0]);
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new NoSuchMethodException(name);
    }
}
