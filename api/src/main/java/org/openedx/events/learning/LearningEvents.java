package org.openedx.events.learning;

/**
 * The event types of the learning subdomain, as compile-time constants for {@code @OpenEdxEvent(...)}.
 *
 * <p>Each constant's signal, with its payload class, is the field of the same name in {@link LearningSignals}.
 */
public final class LearningEvents {

    private LearningEvents() {
    }

    /** Emitted when a user completes registration. See {@link LearningSignals#STUDENT_REGISTRATION_COMPLETED}. */
    public static final String STUDENT_REGISTRATION_COMPLETED =
            "org.openedx.learning.student.registration.completed.v1";

    /** Emitted when a user logs in. See {@link LearningSignals#SESSION_LOGIN_COMPLETED}. */
    public static final String SESSION_LOGIN_COMPLETED = "org.openedx.learning.auth.session.login.completed.v1";

    /** Emitted when a user enrolls in a course. See {@link LearningSignals#COURSE_ENROLLMENT_CREATED}. */
    public static final String COURSE_ENROLLMENT_CREATED = "org.openedx.learning.course.enrollment.created.v1";

    /**
     * Emitted when a user's enrollment in a course changes, for example its mode or its active state. See
     * {@link LearningSignals#COURSE_ENROLLMENT_CHANGED}.
     */
    public static final String COURSE_ENROLLMENT_CHANGED = "org.openedx.learning.course.enrollment.changed.v1";

    /** Emitted when a user unenrolls from a course. See {@link LearningSignals#COURSE_UNENROLLMENT_COMPLETED}. */
    public static final String COURSE_UNENROLLMENT_COMPLETED = "org.openedx.learning.course.unenrollment.completed.v1";

    /** Emitted when a course certificate is created for a user. See {@link LearningSignals#CERTIFICATE_CREATED}. */
    public static final String CERTIFICATE_CREATED = "org.openedx.learning.certificate.created.v1";

    /**
     * Emitted when a learner is awarded a program certificate. See {@link LearningSignals#PROGRAM_CERTIFICATE_AWARDED}.
     */
    public static final String PROGRAM_CERTIFICATE_AWARDED = "org.openedx.learning.program.certificate.awarded.v1";

    /** Emitted when a user's course certificate changes. See {@link LearningSignals#CERTIFICATE_CHANGED}. */
    public static final String CERTIFICATE_CHANGED = "org.openedx.learning.certificate.changed.v1";

    /** Emitted when a user's course certificate is revoked. See {@link LearningSignals#CERTIFICATE_REVOKED}. */
    public static final String CERTIFICATE_REVOKED = "org.openedx.learning.certificate.revoked.v1";

    /**
     * Emitted when a learner's program certificate is revoked. See {@link LearningSignals#PROGRAM_CERTIFICATE_REVOKED}.
     */
    public static final String PROGRAM_CERTIFICATE_REVOKED = "org.openedx.learning.program.certificate.revoked.v1";

    /**
     * Emitted when a user's cohort membership in a course changes. See
     * {@link LearningSignals#COHORT_MEMBERSHIP_CHANGED}.
     */
    public static final String COHORT_MEMBERSHIP_CHANGED = "org.openedx.learning.cohort_membership.changed.v1";

    /**
     * Emitted when the discussion configuration of a course changes. See
     * {@link LearningSignals#COURSE_DISCUSSIONS_CHANGED}.
     */
    public static final String COURSE_DISCUSSIONS_CHANGED = "org.openedx.learning.discussions.configuration.changed.v1";

    /**
     * Emitted when the persisted course grade of a user changes. See
     * {@link LearningSignals#PERSISTENT_GRADE_SUMMARY_CHANGED}.
     */
    public static final String PERSISTENT_GRADE_SUMMARY_CHANGED =
            "org.openedx.learning.course.persistent_grade_summary.changed.v1";

    /**
     * Emitted when learner feedback verifies (or dismisses) the skills tagged on an XBlock. See
     * {@link LearningSignals#XBLOCK_SKILL_VERIFIED}.
     */
    public static final String XBLOCK_SKILL_VERIFIED = "org.openedx.learning.xblock.skill.verified.v1";

    /**
     * Emitted by an application to request a notification for a set of users. See
     * {@link LearningSignals#USER_NOTIFICATION_REQUESTED}.
     */
    public static final String USER_NOTIFICATION_REQUESTED = "org.openedx.learning.user.notification.requested.v1";

    /**
     * Emitted when a learner submits a special-exam attempt in edx-exams. See
     * {@link LearningSignals#EXAM_ATTEMPT_SUBMITTED}.
     */
    public static final String EXAM_ATTEMPT_SUBMITTED = "org.openedx.learning.exam.attempt.submitted.v1";

    /**
     * Emitted when edx-exams marks a special-exam attempt as rejected. See
     * {@link LearningSignals#EXAM_ATTEMPT_REJECTED}.
     */
    public static final String EXAM_ATTEMPT_REJECTED = "org.openedx.learning.exam.attempt.rejected.v1";

    /**
     * Emitted when edx-exams marks a special-exam attempt as verified. See
     * {@link LearningSignals#EXAM_ATTEMPT_VERIFIED}.
     */
    public static final String EXAM_ATTEMPT_VERIFIED = "org.openedx.learning.exam.attempt.verified.v1";

    /**
     * Emitted when a learner's special-exam attempt ends in an error in edx-exams. See
     * {@link LearningSignals#EXAM_ATTEMPT_ERRORED}.
     */
    public static final String EXAM_ATTEMPT_ERRORED = "org.openedx.learning.exam.attempt.errored.v1";

    /** Emitted when a special-exam attempt is reset in edx-exams. See {@link LearningSignals#EXAM_ATTEMPT_RESET}. */
    public static final String EXAM_ATTEMPT_RESET = "org.openedx.learning.exam.attempt.reset.v1";

    /**
     * Emitted when a user is given an access role in a course. See {@link LearningSignals#COURSE_ACCESS_ROLE_ADDED}.
     */
    public static final String COURSE_ACCESS_ROLE_ADDED = "org.openedx.learning.user.course_access_role.added.v1";

    /**
     * Emitted when a user's access role in a course is taken away. See
     * {@link LearningSignals#COURSE_ACCESS_ROLE_REMOVED}.
     */
    public static final String COURSE_ACCESS_ROLE_REMOVED = "org.openedx.learning.user.course_access_role.removed.v1";

    /**
     * Emitted when a new thread is started in a course discussion forum. See
     * {@link LearningSignals#FORUM_THREAD_CREATED}.
     */
    public static final String FORUM_THREAD_CREATED = "org.openedx.learning.forum.thread.created.v1";

    /**
     * Emitted when someone responds to a discussion thread. See {@link LearningSignals#FORUM_THREAD_RESPONSE_CREATED}.
     */
    public static final String FORUM_THREAD_RESPONSE_CREATED = "org.openedx.learning.forum.thread.response.created.v1";

    /**
     * Emitted when someone comments on a response in a discussion thread. See
     * {@link LearningSignals#FORUM_RESPONSE_COMMENT_CREATED}.
     */
    public static final String FORUM_RESPONSE_COMMENT_CREATED =
            "org.openedx.learning.forum.thread.response.comment.created.v1";

    /**
     * Emitted when a notification is requested for an audience within a course. See
     * {@link LearningSignals#COURSE_NOTIFICATION_REQUESTED}.
     */
    public static final String COURSE_NOTIFICATION_REQUESTED = "org.openedx.learning.course.notification.requested.v1";

    /**
     * Emitted when a user submits an open response assessment (ORA). See
     * {@link LearningSignals#ORA_SUBMISSION_CREATED}.
     */
    public static final String ORA_SUBMISSION_CREATED = "org.openedx.learning.ora.submission.created.v1";

    /**
     * Emitted when a user's course grade is updated, telling whether the grade is now enough to pass. See
     * {@link LearningSignals#COURSE_PASSING_STATUS_UPDATED}.
     */
    public static final String COURSE_PASSING_STATUS_UPDATED = "org.openedx.learning.course.passing.status.updated.v1";

    /**
     * Emitted when a user's grade in a CCX course is updated, telling whether the grade is now enough to pass. See
     * {@link LearningSignals#CCX_COURSE_PASSING_STATUS_UPDATED}.
     */
    public static final String CCX_COURSE_PASSING_STATUS_UPDATED =
            "org.openedx.learning.ccx.course.passing.status.updated.v1";

    /** Emitted when a learner is awarded a badge. See {@link LearningSignals#BADGE_AWARDED}. */
    public static final String BADGE_AWARDED = "org.openedx.learning.badge.awarded.v1";

    /** Emitted when a learner's badge is revoked. See {@link LearningSignals#BADGE_REVOKED}. */
    public static final String BADGE_REVOKED = "org.openedx.learning.badge.revoked.v1";

    /**
     * Emitted when an identity verification (IDV) attempt is created. See {@link LearningSignals#IDV_ATTEMPT_CREATED}.
     */
    public static final String IDV_ATTEMPT_CREATED = "org.openedx.learning.idv_attempt.created.v1";

    /**
     * Emitted when an identity verification attempt becomes pending. See {@link LearningSignals#IDV_ATTEMPT_PENDING}.
     */
    public static final String IDV_ATTEMPT_PENDING = "org.openedx.learning.idv_attempt.pending.v1";

    /** Emitted when an identity verification attempt is approved. See {@link LearningSignals#IDV_ATTEMPT_APPROVED}. */
    public static final String IDV_ATTEMPT_APPROVED = "org.openedx.learning.idv_attempt.approved.v1";

    /** Emitted when an identity verification attempt is denied. See {@link LearningSignals#IDV_ATTEMPT_DENIED}. */
    public static final String IDV_ATTEMPT_DENIED = "org.openedx.learning.idv_attempt.denied.v1";

    /**
     * Emitted when an external grader returns the score of a submission. See
     * {@link LearningSignals#EXTERNAL_GRADER_SCORE_SUBMITTED}.
     */
    public static final String EXTERNAL_GRADER_SCORE_SUBMITTED =
            "org.openedx.learning.external_grader.score.submitted.v1";

    /**
     * Emitted when a learner reaches course content through an LTI launch, with Open edX acting as the LTI provider.
     * See {@link LearningSignals#LTI_PROVIDER_LAUNCH_SUCCESS}.
     */
    public static final String LTI_PROVIDER_LAUNCH_SUCCESS = "org.openedx.learning.lti_provider.launch.success.v1";
}
