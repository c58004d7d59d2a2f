package org.openedx.events.sample.observers;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openedx.events.EventDelivery;
import org.openedx.events.OpenEdxEvent;
import org.openedx.events.learning.LearningEvents;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.sample.store.EventLog;
import org.openedx.events.sample.store.NotificationPreference;

/**
 * Creates a learner's notification preference for the course they enroll in, in the transaction of the request
 * that sent the enrollment: if that transaction rolls back, the preference is gone too. Enrolling again in the same
 * course keeps the existing preference. An enrollment that comes back from the event bus (the Redis mode) is left
 * alone: it was handled when it was sent.
 */
@ApplicationScoped
public class NotificationPreferences {

    /** The receiver name of {@link #createOnEnrollment}. */
    public static final String RECEIVER = Receivers.name(NotificationPreferences.class, "createOnEnrollment");

    @PersistenceContext(unitName = "sample")
    EntityManager entityManager;

    @Inject
    EventLog log;

    /**
     * Creates the preference, unless the learner already has one for the course or the event came from the bus.
     *
     * @param enrollment the enrollment
     * @param delivery the delivery
     * @return what was done, shown as this receiver's message
     */
    String createOnEnrollment(
            @Observes
                    @Priority(Interceptor.Priority.APPLICATION + 100)
                    @OpenEdxEvent(LearningEvents.COURSE_ENROLLMENT_CREATED)
                    CourseEnrollmentData enrollment,
            EventDelivery delivery) {
        long userId = enrollment.user().id();
        String course = enrollment.course().courseKey().toString();
        if (delivery.fromEventBus()) {
            String summary = "left the notification preference of user " + userId + " in " + course
                    + " alone: event bus delivery, handled when the enrollment was sent";
            log.record(RECEIVER, "sync", delivery, summary);
            return summary;
        }
        List<NotificationPreference> existing = entityManager
                .createNamedQuery(NotificationPreference.FIND_BY_USER_AND_COURSE, NotificationPreference.class)
                .setParameter("userId", userId)
                .setParameter("courseKey", course)
                .getResultList();
        String summary;
        if (existing.isEmpty()) {
            NotificationPreference preference = new NotificationPreference(
                    userId, course, delivery.metadata().id(), OffsetDateTime.now(ZoneOffset.UTC));
            entityManager.persist(preference);
            // Write now, so that a constraint violation is this observer's failure and the id is known.
            entityManager.flush();
            summary = "stored notification preference " + preference.getId() + " for user " + userId + " in " + course;
        } else {
            summary =
                    "kept notification preference " + existing.get(0).getId() + " for user " + userId + " in " + course;
        }
        log.record(RECEIVER, "sync", delivery, summary);
        return summary;
    }
}
