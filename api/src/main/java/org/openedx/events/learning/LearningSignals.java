package org.openedx.events.learning;

import java.util.List;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.learning.data.BadgeData;
import org.openedx.events.learning.data.CcxCoursePassingStatusData;
import org.openedx.events.learning.data.CertificateData;
import org.openedx.events.learning.data.CohortData;
import org.openedx.events.learning.data.CourseAccessRoleData;
import org.openedx.events.learning.data.CourseDiscussionConfigurationData;
import org.openedx.events.learning.data.CourseEnrollmentData;
import org.openedx.events.learning.data.CourseNotificationData;
import org.openedx.events.learning.data.CoursePassingStatusData;
import org.openedx.events.learning.data.DiscussionThreadData;
import org.openedx.events.learning.data.ExamAttemptData;
import org.openedx.events.learning.data.ExternalGraderScoreData;
import org.openedx.events.learning.data.LtiProviderLaunchData;
import org.openedx.events.learning.data.ORASubmissionData;
import org.openedx.events.learning.data.PersistentCourseGradeData;
import org.openedx.events.learning.data.ProgramCertificateData;
import org.openedx.events.learning.data.UserData;
import org.openedx.events.learning.data.UserNotificationData;
import org.openedx.events.learning.data.VerificationAttemptData;
import org.openedx.events.learning.data.XBlockSkillVerificationData;

/**
 * The signals of the learning subdomain (upstream {@code openedx_events.learning.signals}), in upstream's order.
 *
 * <p>Each signal's event type is the constant of the same name in {@link LearningEvents}. Generated from the upstream
 * catalog by {@code tools/catalog/generate.py}.
 */
public final class LearningSignals {

    private LearningSignals() {
    }

    /**
     * Emitted when a user completes registration.
     *
     * <p>Payload {@code user}: {@link UserData}. Event-bus key: {@code user.pii.username}. Sent by
     * {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#STUDENT_REGISTRATION_COMPLETED}.
     */
    public static final OpenEdxPublicSignal<UserData> STUDENT_REGISTRATION_COMPLETED =
            OpenEdxPublicSignal.of(LearningEvents.STUDENT_REGISTRATION_COMPLETED, "user", UserData.class)
                    .withEventKeyField("user.pii.username");

    /**
     * Emitted when a user logs in.
     *
     * <p>Payload {@code user}: {@link UserData}. Event-bus key: {@code user.pii.username}. Sent by
     * {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#SESSION_LOGIN_COMPLETED}.
     */
    public static final OpenEdxPublicSignal<UserData> SESSION_LOGIN_COMPLETED =
            OpenEdxPublicSignal.of(LearningEvents.SESSION_LOGIN_COMPLETED, "user", UserData.class)
                    .withEventKeyField("user.pii.username");

    /**
     * Emitted when a user enrolls in a course.
     *
     * <p>Payload {@code enrollment}: {@link CourseEnrollmentData}. Event-bus key: {@code enrollment.course.course_key}.
     * Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#COURSE_ENROLLMENT_CREATED}.
     */
    public static final OpenEdxPublicSignal<CourseEnrollmentData> COURSE_ENROLLMENT_CREATED =
            OpenEdxPublicSignal.of(LearningEvents.COURSE_ENROLLMENT_CREATED, "enrollment", CourseEnrollmentData.class)
                    .withEventKeyField("enrollment.course.course_key");

    /**
     * Emitted when a user's enrollment in a course changes, for example its mode or its active state.
     *
     * <p>Payload {@code enrollment}: {@link CourseEnrollmentData}. Event-bus key: {@code enrollment.course.course_key}.
     * Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#COURSE_ENROLLMENT_CHANGED}.
     */
    public static final OpenEdxPublicSignal<CourseEnrollmentData> COURSE_ENROLLMENT_CHANGED =
            OpenEdxPublicSignal.of(LearningEvents.COURSE_ENROLLMENT_CHANGED, "enrollment", CourseEnrollmentData.class)
                    .withEventKeyField("enrollment.course.course_key");

    /**
     * Emitted when a user unenrolls from a course.
     *
     * <p>Payload {@code enrollment}: {@link CourseEnrollmentData}. Event-bus key: {@code enrollment.course.course_key}.
     * Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#COURSE_UNENROLLMENT_COMPLETED}.
     */
    public static final OpenEdxPublicSignal<CourseEnrollmentData> COURSE_UNENROLLMENT_COMPLETED =
            OpenEdxPublicSignal.of(LearningEvents.COURSE_UNENROLLMENT_COMPLETED, "enrollment",
                    CourseEnrollmentData.class)
                    .withEventKeyField("enrollment.course.course_key");

    /**
     * Emitted when a course certificate is created for a user.
     *
     * <p>Payload {@code certificate}: {@link CertificateData}. Event-bus key: {@code certificate.course.course_key}.
     * Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#CERTIFICATE_CREATED}.
     */
    public static final OpenEdxPublicSignal<CertificateData> CERTIFICATE_CREATED =
            OpenEdxPublicSignal.of(LearningEvents.CERTIFICATE_CREATED, "certificate", CertificateData.class)
                    .withEventKeyField("certificate.course.course_key");

    /**
     * Emitted when a learner is awarded a program certificate.
     *
     * <p>Payload {@code program_certificate}: {@link ProgramCertificateData}. Event-bus key:
     * {@code program_certificate.program.uuid}. Sent by {@code openedx/credentials}.
     *
     * <p>Event type: {@link LearningEvents#PROGRAM_CERTIFICATE_AWARDED}.
     */
    public static final OpenEdxPublicSignal<ProgramCertificateData> PROGRAM_CERTIFICATE_AWARDED =
            OpenEdxPublicSignal.of(LearningEvents.PROGRAM_CERTIFICATE_AWARDED, "program_certificate",
                    ProgramCertificateData.class)
                    .withEventKeyField("program_certificate.program.uuid");

    /**
     * Emitted when a user's course certificate changes.
     *
     * <p>Payload {@code certificate}: {@link CertificateData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#CERTIFICATE_CHANGED}.
     */
    public static final OpenEdxPublicSignal<CertificateData> CERTIFICATE_CHANGED =
            OpenEdxPublicSignal.of(LearningEvents.CERTIFICATE_CHANGED, "certificate", CertificateData.class);

    /**
     * Emitted when a user's course certificate is revoked.
     *
     * <p>Payload {@code certificate}: {@link CertificateData}. Event-bus key: {@code certificate.course.course_key}.
     * Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#CERTIFICATE_REVOKED}.
     */
    public static final OpenEdxPublicSignal<CertificateData> CERTIFICATE_REVOKED =
            OpenEdxPublicSignal.of(LearningEvents.CERTIFICATE_REVOKED, "certificate", CertificateData.class)
                    .withEventKeyField("certificate.course.course_key");

    /**
     * Emitted when a learner's program certificate is revoked.
     *
     * <p>Payload {@code program_certificate}: {@link ProgramCertificateData}. Event-bus key:
     * {@code program_certificate.program.uuid}. Sent by {@code openedx/credentials}.
     *
     * <p>Event type: {@link LearningEvents#PROGRAM_CERTIFICATE_REVOKED}.
     */
    public static final OpenEdxPublicSignal<ProgramCertificateData> PROGRAM_CERTIFICATE_REVOKED =
            OpenEdxPublicSignal.of(LearningEvents.PROGRAM_CERTIFICATE_REVOKED, "program_certificate",
                    ProgramCertificateData.class)
                    .withEventKeyField("program_certificate.program.uuid");

    /**
     * Emitted when a user's cohort membership in a course changes.
     *
     * <p>Payload {@code cohort}: {@link CohortData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#COHORT_MEMBERSHIP_CHANGED}.
     */
    public static final OpenEdxPublicSignal<CohortData> COHORT_MEMBERSHIP_CHANGED =
            OpenEdxPublicSignal.of(LearningEvents.COHORT_MEMBERSHIP_CHANGED, "cohort", CohortData.class);

    /**
     * Emitted when the discussion configuration of a course changes.
     *
     * <p>Payload {@code configuration}: {@link CourseDiscussionConfigurationData}. Sent by
     * {@code openedx/edx-platform}.
     *
     * <p><strong>Upstream warning:</strong> This event is currently incompatible with the event bus, list with complex
     * types like {@code List[DiscussionTopicContext]} cannot be serialized yet. (Outdated: upstream took the event off
     * {@code KNOWN_UNSERIALIZABLE_SIGNALS} in 10.6.0, and it now has an Avro schema and travels on the event bus.)
     *
     * <p>Event type: {@link LearningEvents#COURSE_DISCUSSIONS_CHANGED}.
     */
    public static final OpenEdxPublicSignal<CourseDiscussionConfigurationData> COURSE_DISCUSSIONS_CHANGED =
            OpenEdxPublicSignal.of(LearningEvents.COURSE_DISCUSSIONS_CHANGED, "configuration",
                    CourseDiscussionConfigurationData.class);

    /**
     * Emitted when the persisted course grade of a user changes.
     *
     * <p>Payload {@code grade}: {@link PersistentCourseGradeData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#PERSISTENT_GRADE_SUMMARY_CHANGED}.
     */
    public static final OpenEdxPublicSignal<PersistentCourseGradeData> PERSISTENT_GRADE_SUMMARY_CHANGED =
            OpenEdxPublicSignal.of(LearningEvents.PERSISTENT_GRADE_SUMMARY_CHANGED, "grade",
                    PersistentCourseGradeData.class);

    /**
     * Emitted when learner feedback verifies (or dismisses) the skills tagged on an XBlock.
     *
     * <p>Payload {@code xblock_info}: {@link XBlockSkillVerificationData}. Event-bus key:
     * {@code xblock_info.usage_key}. Sent by {@code openedx/xblock-skill-tagging}.
     *
     * <p>Event type: {@link LearningEvents#XBLOCK_SKILL_VERIFIED}.
     */
    public static final OpenEdxPublicSignal<XBlockSkillVerificationData> XBLOCK_SKILL_VERIFIED =
            OpenEdxPublicSignal.of(LearningEvents.XBLOCK_SKILL_VERIFIED, "xblock_info",
                    XBlockSkillVerificationData.class)
                    .withEventKeyField("xblock_info.usage_key");

    /**
     * Emitted by an application to request a notification for a set of users.
     *
     * <p>Payload {@code notification_data}: {@link UserNotificationData}. Sent by {@code openedx/edx-platform} and
     * {@code openedx/edx-ora2}.
     *
     * <p><strong>Upstream warning:</strong> This event is currently incompatible with the event bus, list without
     * annotations are not serializable. (Outdated: upstream took the event off {@code KNOWN_UNSERIALIZABLE_SIGNALS} in
     * 10.6.0, and it now has an Avro schema and travels on the event bus.)
     *
     * <p>Event type: {@link LearningEvents#USER_NOTIFICATION_REQUESTED}.
     */
    public static final OpenEdxPublicSignal<UserNotificationData> USER_NOTIFICATION_REQUESTED =
            OpenEdxPublicSignal.of(LearningEvents.USER_NOTIFICATION_REQUESTED, "notification_data",
                    UserNotificationData.class);

    /**
     * Emitted when a learner submits a special-exam attempt in edx-exams.
     *
     * <p>Payload {@code exam_attempt}: {@link ExamAttemptData}. Sent by {@code edx/edx-exams}.
     *
     * <p>Event type: {@link LearningEvents#EXAM_ATTEMPT_SUBMITTED}.
     */
    public static final OpenEdxPublicSignal<ExamAttemptData> EXAM_ATTEMPT_SUBMITTED =
            OpenEdxPublicSignal.of(LearningEvents.EXAM_ATTEMPT_SUBMITTED, "exam_attempt", ExamAttemptData.class);

    /**
     * Emitted when edx-exams marks a special-exam attempt as rejected.
     *
     * <p>Payload {@code exam_attempt}: {@link ExamAttemptData}. Sent by {@code edx/edx-exams}.
     *
     * <p>Event type: {@link LearningEvents#EXAM_ATTEMPT_REJECTED}.
     */
    public static final OpenEdxPublicSignal<ExamAttemptData> EXAM_ATTEMPT_REJECTED =
            OpenEdxPublicSignal.of(LearningEvents.EXAM_ATTEMPT_REJECTED, "exam_attempt", ExamAttemptData.class);

    /**
     * Emitted when edx-exams marks a special-exam attempt as verified.
     *
     * <p>Payload {@code exam_attempt}: {@link ExamAttemptData}. Sent by {@code edx/edx-exams}.
     *
     * <p>Event type: {@link LearningEvents#EXAM_ATTEMPT_VERIFIED}.
     */
    public static final OpenEdxPublicSignal<ExamAttemptData> EXAM_ATTEMPT_VERIFIED =
            OpenEdxPublicSignal.of(LearningEvents.EXAM_ATTEMPT_VERIFIED, "exam_attempt", ExamAttemptData.class);

    /**
     * Emitted when a learner's special-exam attempt ends in an error in edx-exams.
     *
     * <p>Payload {@code exam_attempt}: {@link ExamAttemptData}. Sent by {@code edx/edx-exams}.
     *
     * <p>Event type: {@link LearningEvents#EXAM_ATTEMPT_ERRORED}.
     */
    public static final OpenEdxPublicSignal<ExamAttemptData> EXAM_ATTEMPT_ERRORED =
            OpenEdxPublicSignal.of(LearningEvents.EXAM_ATTEMPT_ERRORED, "exam_attempt", ExamAttemptData.class);

    /**
     * Emitted when a special-exam attempt is reset in edx-exams.
     *
     * <p>Payload {@code exam_attempt}: {@link ExamAttemptData}. Sent by {@code edx/edx-exams}.
     *
     * <p>Event type: {@link LearningEvents#EXAM_ATTEMPT_RESET}.
     */
    public static final OpenEdxPublicSignal<ExamAttemptData> EXAM_ATTEMPT_RESET =
            OpenEdxPublicSignal.of(LearningEvents.EXAM_ATTEMPT_RESET, "exam_attempt", ExamAttemptData.class);

    /**
     * Emitted when a user is given an access role in a course.
     *
     * <p>Payload {@code course_access_role_data}: {@link CourseAccessRoleData}. Event-bus key:
     * {@code course_access_role_data.course_key}. Upstream names no repository that sends it.
     *
     * <p>Event type: {@link LearningEvents#COURSE_ACCESS_ROLE_ADDED}.
     */
    public static final OpenEdxPublicSignal<CourseAccessRoleData> COURSE_ACCESS_ROLE_ADDED =
            OpenEdxPublicSignal.of(LearningEvents.COURSE_ACCESS_ROLE_ADDED, "course_access_role_data",
                    CourseAccessRoleData.class)
                    .withEventKeyField("course_access_role_data.course_key");

    /**
     * Emitted when a user's access role in a course is taken away.
     *
     * <p>Payload {@code course_access_role_data}: {@link CourseAccessRoleData}. Event-bus key:
     * {@code course_access_role_data.course_key}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#COURSE_ACCESS_ROLE_REMOVED}.
     */
    public static final OpenEdxPublicSignal<CourseAccessRoleData> COURSE_ACCESS_ROLE_REMOVED =
            OpenEdxPublicSignal.of(LearningEvents.COURSE_ACCESS_ROLE_REMOVED, "course_access_role_data",
                    CourseAccessRoleData.class)
                    .withEventKeyField("course_access_role_data.course_key");

    /**
     * Emitted when a new thread is started in a course discussion forum.
     *
     * <p>Payload {@code thread}: {@link DiscussionThreadData}. Sent by {@code openedx/edx-platform}.
     *
     * <p><strong>Upstream warning:</strong> This event is currently incompatible with the event bus, dict without
     * annotations are not serializable. (Outdated: upstream took the event off {@code KNOWN_UNSERIALIZABLE_SIGNALS} in
     * 10.6.0, and it now has an Avro schema and travels on the event bus.)
     *
     * <p>Event type: {@link LearningEvents#FORUM_THREAD_CREATED}.
     */
    public static final OpenEdxPublicSignal<DiscussionThreadData> FORUM_THREAD_CREATED =
            OpenEdxPublicSignal.of(LearningEvents.FORUM_THREAD_CREATED, "thread", DiscussionThreadData.class);

    /**
     * Emitted when someone responds to a discussion thread.
     *
     * <p>Payload {@code thread}: {@link DiscussionThreadData}. Sent by {@code openedx/edx-platform}.
     *
     * <p><strong>Upstream warning:</strong> This event is currently incompatible with the event bus, dict without
     * annotations are not serializable. (Outdated: upstream took the event off {@code KNOWN_UNSERIALIZABLE_SIGNALS} in
     * 10.6.0, and it now has an Avro schema and travels on the event bus.)
     *
     * <p>Event type: {@link LearningEvents#FORUM_THREAD_RESPONSE_CREATED}.
     */
    public static final OpenEdxPublicSignal<DiscussionThreadData> FORUM_THREAD_RESPONSE_CREATED =
            OpenEdxPublicSignal.of(LearningEvents.FORUM_THREAD_RESPONSE_CREATED, "thread", DiscussionThreadData.class);

    /**
     * Emitted when someone comments on a response in a discussion thread.
     *
     * <p>Payload {@code thread}: {@link DiscussionThreadData}. Sent by {@code openedx/edx-platform}.
     *
     * <p><strong>Upstream warning:</strong> This event is currently incompatible with the event bus, dict without
     * annotations are not serializable. (Outdated: upstream took the event off {@code KNOWN_UNSERIALIZABLE_SIGNALS} in
     * 10.6.0, and it now has an Avro schema and travels on the event bus.)
     *
     * <p>Event type: {@link LearningEvents#FORUM_RESPONSE_COMMENT_CREATED}.
     */
    public static final OpenEdxPublicSignal<DiscussionThreadData> FORUM_RESPONSE_COMMENT_CREATED =
            OpenEdxPublicSignal.of(LearningEvents.FORUM_RESPONSE_COMMENT_CREATED, "thread", DiscussionThreadData.class);

    /**
     * Emitted when a notification is requested for an audience within a course.
     *
     * <p>Payload {@code course_notification_data}: {@link CourseNotificationData}. Sent by
     * {@code openedx/edx-platform}.
     *
     * <p><strong>Upstream warning:</strong> This event is currently incompatible with the event bus, dict without
     * annotations are not serializable. (Outdated: upstream took the event off {@code KNOWN_UNSERIALIZABLE_SIGNALS} in
     * 10.6.0, and it now has an Avro schema and travels on the event bus.)
     *
     * <p>Event type: {@link LearningEvents#COURSE_NOTIFICATION_REQUESTED}.
     */
    public static final OpenEdxPublicSignal<CourseNotificationData> COURSE_NOTIFICATION_REQUESTED =
            OpenEdxPublicSignal.of(LearningEvents.COURSE_NOTIFICATION_REQUESTED, "course_notification_data",
                    CourseNotificationData.class);

    /**
     * Emitted when a user submits an open response assessment (ORA).
     *
     * <p>Payload {@code submission}: {@link ORASubmissionData}. Sent by {@code openedx/edx-ora2}.
     *
     * <p><strong>Upstream warning:</strong> This event is currently incompatible with the event bus, list[dict] cannot
     * be serialized yet. (Outdated: upstream took the event off {@code KNOWN_UNSERIALIZABLE_SIGNALS} in 10.6.0, and it
     * now has an Avro schema and travels on the event bus.)
     *
     * <p>Event type: {@link LearningEvents#ORA_SUBMISSION_CREATED}.
     */
    public static final OpenEdxPublicSignal<ORASubmissionData> ORA_SUBMISSION_CREATED =
            OpenEdxPublicSignal.of(LearningEvents.ORA_SUBMISSION_CREATED, "submission", ORASubmissionData.class);

    /**
     * Emitted when a user's course grade is updated, telling whether the grade is now enough to pass.
     *
     * <p>Payload {@code course_passing_status}: {@link CoursePassingStatusData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#COURSE_PASSING_STATUS_UPDATED}.
     */
    public static final OpenEdxPublicSignal<CoursePassingStatusData> COURSE_PASSING_STATUS_UPDATED =
            OpenEdxPublicSignal.of(LearningEvents.COURSE_PASSING_STATUS_UPDATED, "course_passing_status",
                    CoursePassingStatusData.class);

    /**
     * Emitted when a user's grade in a CCX course is updated, telling whether the grade is now enough to pass.
     *
     * <p>Payload {@code course_passing_status}: {@link CcxCoursePassingStatusData}. Sent by
     * {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#CCX_COURSE_PASSING_STATUS_UPDATED}.
     */
    public static final OpenEdxPublicSignal<CcxCoursePassingStatusData> CCX_COURSE_PASSING_STATUS_UPDATED =
            OpenEdxPublicSignal.of(LearningEvents.CCX_COURSE_PASSING_STATUS_UPDATED, "course_passing_status",
                    CcxCoursePassingStatusData.class);

    /**
     * Emitted when a learner is awarded a badge.
     *
     * <p>Payload {@code badge}: {@link BadgeData}. Sent by {@code openedx/credentials}.
     *
     * <p>Event type: {@link LearningEvents#BADGE_AWARDED}.
     */
    public static final OpenEdxPublicSignal<BadgeData> BADGE_AWARDED =
            OpenEdxPublicSignal.of(LearningEvents.BADGE_AWARDED, "badge", BadgeData.class);

    /**
     * Emitted when a learner's badge is revoked.
     *
     * <p>Payload {@code badge}: {@link BadgeData}. Sent by {@code openedx/credentials}.
     *
     * <p>Event type: {@link LearningEvents#BADGE_REVOKED}.
     */
    public static final OpenEdxPublicSignal<BadgeData> BADGE_REVOKED =
            OpenEdxPublicSignal.of(LearningEvents.BADGE_REVOKED, "badge", BadgeData.class);

    /**
     * Emitted when an identity verification (IDV) attempt is created.
     *
     * <p>Payload {@code idv_attempt}: {@link VerificationAttemptData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#IDV_ATTEMPT_CREATED}.
     */
    public static final OpenEdxPublicSignal<VerificationAttemptData> IDV_ATTEMPT_CREATED =
            OpenEdxPublicSignal.of(LearningEvents.IDV_ATTEMPT_CREATED, "idv_attempt", VerificationAttemptData.class);

    /**
     * Emitted when an identity verification attempt becomes pending.
     *
     * <p>Payload {@code idv_attempt}: {@link VerificationAttemptData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#IDV_ATTEMPT_PENDING}.
     */
    public static final OpenEdxPublicSignal<VerificationAttemptData> IDV_ATTEMPT_PENDING =
            OpenEdxPublicSignal.of(LearningEvents.IDV_ATTEMPT_PENDING, "idv_attempt", VerificationAttemptData.class);

    /**
     * Emitted when an identity verification attempt is approved.
     *
     * <p>Payload {@code idv_attempt}: {@link VerificationAttemptData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#IDV_ATTEMPT_APPROVED}.
     */
    public static final OpenEdxPublicSignal<VerificationAttemptData> IDV_ATTEMPT_APPROVED =
            OpenEdxPublicSignal.of(LearningEvents.IDV_ATTEMPT_APPROVED, "idv_attempt", VerificationAttemptData.class);

    /**
     * Emitted when an identity verification attempt is denied.
     *
     * <p>Payload {@code idv_attempt}: {@link VerificationAttemptData}. Sent by {@code openedx/edx-platform}.
     *
     * <p>Event type: {@link LearningEvents#IDV_ATTEMPT_DENIED}.
     */
    public static final OpenEdxPublicSignal<VerificationAttemptData> IDV_ATTEMPT_DENIED =
            OpenEdxPublicSignal.of(LearningEvents.IDV_ATTEMPT_DENIED, "idv_attempt", VerificationAttemptData.class);

    /**
     * Emitted when an external grader returns the score of a submission.
     *
     * <p>Payload {@code score}: {@link ExternalGraderScoreData}. Upstream names no repository that sends it.
     *
     * <p>This event cannot travel on the event bus: upstream lists it in {@code KNOWN_UNSERIALIZABLE_SIGNALS} and has
     * no Avro schema for it. Upstream gives no reason: the payload holds only primitive fields, so a schema could be
     * generated.
     *
     * <p>Event type: {@link LearningEvents#EXTERNAL_GRADER_SCORE_SUBMITTED}.
     */
    public static final OpenEdxPublicSignal<ExternalGraderScoreData> EXTERNAL_GRADER_SCORE_SUBMITTED =
            OpenEdxPublicSignal.of(LearningEvents.EXTERNAL_GRADER_SCORE_SUBMITTED, "score",
                    ExternalGraderScoreData.class);

    /**
     * Emitted when a learner reaches course content through an LTI launch, with Open edX acting as the LTI provider.
     *
     * <p>Payload {@code launch_data}: {@link LtiProviderLaunchData}. Upstream names no repository that sends it.
     *
     * <p>Event type: {@link LearningEvents#LTI_PROVIDER_LAUNCH_SUCCESS}.
     */
    public static final OpenEdxPublicSignal<LtiProviderLaunchData> LTI_PROVIDER_LAUNCH_SUCCESS =
            OpenEdxPublicSignal.of(LearningEvents.LTI_PROVIDER_LAUNCH_SUCCESS, "launch_data",
                    LtiProviderLaunchData.class);

    /** Every signal of this subdomain, in upstream's definition order. */
    public static final List<OpenEdxPublicSignal<?>> ALL = List.of(
            STUDENT_REGISTRATION_COMPLETED,
            SESSION_LOGIN_COMPLETED,
            COURSE_ENROLLMENT_CREATED,
            COURSE_ENROLLMENT_CHANGED,
            COURSE_UNENROLLMENT_COMPLETED,
            CERTIFICATE_CREATED,
            PROGRAM_CERTIFICATE_AWARDED,
            CERTIFICATE_CHANGED,
            CERTIFICATE_REVOKED,
            PROGRAM_CERTIFICATE_REVOKED,
            COHORT_MEMBERSHIP_CHANGED,
            COURSE_DISCUSSIONS_CHANGED,
            PERSISTENT_GRADE_SUMMARY_CHANGED,
            XBLOCK_SKILL_VERIFIED,
            USER_NOTIFICATION_REQUESTED,
            EXAM_ATTEMPT_SUBMITTED,
            EXAM_ATTEMPT_REJECTED,
            EXAM_ATTEMPT_VERIFIED,
            EXAM_ATTEMPT_ERRORED,
            EXAM_ATTEMPT_RESET,
            COURSE_ACCESS_ROLE_ADDED,
            COURSE_ACCESS_ROLE_REMOVED,
            FORUM_THREAD_CREATED,
            FORUM_THREAD_RESPONSE_CREATED,
            FORUM_RESPONSE_COMMENT_CREATED,
            COURSE_NOTIFICATION_REQUESTED,
            ORA_SUBMISSION_CREATED,
            COURSE_PASSING_STATUS_UPDATED,
            CCX_COURSE_PASSING_STATUS_UPDATED,
            BADGE_AWARDED,
            BADGE_REVOKED,
            IDV_ATTEMPT_CREATED,
            IDV_ATTEMPT_PENDING,
            IDV_ATTEMPT_APPROVED,
            IDV_ATTEMPT_DENIED,
            EXTERNAL_GRADER_SCORE_SUBMITTED,
            LTI_PROVIDER_LAUNCH_SUCCESS);
}
