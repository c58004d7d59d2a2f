package org.openedx.events.sample.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A learner's notification settings for one course, created when the learner enrolls (upstream's example of an
 * enrollment observer). Holds the learner's id only, no personal data.
 */
@Entity
@Table(name = "notification_preference", uniqueConstraints = @UniqueConstraint(columnNames = {"user_id", "course_key"}))
@NamedQuery(
        name = NotificationPreference.FIND_BY_USER_AND_COURSE,
        query = "select p from NotificationPreference p where p.userId = :userId and p.courseKey = :courseKey")
@NamedQuery(
        name = NotificationPreference.FIND_BY_USER,
        query = "select p from NotificationPreference p where p.userId = :userId order by p.id")
@NamedQuery(name = NotificationPreference.FIND_ALL, query = "select p from NotificationPreference p order by p.id")
public class NotificationPreference {

    /** Query: the preference of {@code :userId} in {@code :courseKey}. */
    public static final String FIND_BY_USER_AND_COURSE = "NotificationPreference.findByUserAndCourse";
    /** Query: every preference of {@code :userId}. */
    public static final String FIND_BY_USER = "NotificationPreference.findByUser";
    /** Query: every preference. */
    public static final String FIND_ALL = "NotificationPreference.findAll";

    // A sequence rather than an identity column: EclipseLink (Payara) writes "BIGINT IDENTITY", which H2 2 refuses.
    @Id
    @SequenceGenerator(
            name = "notification_preference_ids",
            sequenceName = "notification_preference_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_preference_ids")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_key", nullable = false, length = 255)
    private String courseKey;

    @Column(name = "email_enabled", nullable = false)
    private boolean emailEnabled;

    @Column(name = "push_enabled", nullable = false)
    private boolean pushEnabled;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "created", nullable = false)
    private OffsetDateTime created;

    /** For JPA. */
    protected NotificationPreference() {}

    /**
     * A new preference with the default channels: e-mail on, push off.
     *
     * @param userId the learner's id
     * @param courseKey the course key, canonical form
     * @param eventId the id of the enrollment event that created it
     * @param created when it was created
     */
    public NotificationPreference(long userId, String courseKey, UUID eventId, OffsetDateTime created) {
        this.userId = userId;
        this.courseKey = courseKey;
        this.emailEnabled = true;
        this.pushEnabled = false;
        this.eventId = eventId.toString();
        this.created = created;
    }

    /**
     * The generated id; null until the row is written.
     *
     * @return the generated id; null until the row is written
     */
    public Long getId() {
        return id;
    }

    /**
     * The learner's id.
     *
     * @return the learner's id
     */
    public long getUserId() {
        return userId;
    }

    /**
     * The course key, canonical form.
     *
     * @return the course key, canonical form
     */
    public String getCourseKey() {
        return courseKey;
    }

    /**
     * Whether e-mail notifications are on.
     *
     * @return whether e-mail notifications are on
     */
    public boolean isEmailEnabled() {
        return emailEnabled;
    }

    /**
     * Whether push notifications are on.
     *
     * @return whether push notifications are on
     */
    public boolean isPushEnabled() {
        return pushEnabled;
    }

    /**
     * The id of the enrollment event that created this preference.
     *
     * @return the id of the enrollment event that created this preference
     */
    public String getEventId() {
        return eventId;
    }

    /**
     * When this preference was created.
     *
     * @return when this preference was created
     */
    public OffsetDateTime getCreated() {
        return created;
    }
}
