"""Hand-written Javadoc wording for the generated catalog (used by generate.py).

The catalog JSON gives upstream's docstrings; the Java sources describe the same facts in their own words. Texts
are Javadoc fragments: they may use {@code ...} and {@link ...}, and must not contain raw '<', '>' or '&' except
in HTML tags written on purpose. Field texts start in lower case and have no final period, as @param texts do;
the generator appends what the type implies ("or null", upstream defaults).

generate.py fails when an event, a data class or a field has no text here, so the wording stays complete.
"""

# --- Packages ------------------------------------------------------------------------------------------------------

SUBDOMAINS = {
    "analytics": "Analytics: events about tracking logs, emitted by the event-tracking library.",
    "authz": "Authorization: events about role assignments made through openedx-authz.",
    "content_authoring": "Content authoring: events about courses, XBlocks and content libraries as authors change "
                         "them in Studio.",
    "enterprise": "Enterprise: events about enterprise subsidies, ledgers, enrollments and groups.",
    "learning": "Learning: events about learners and what they do in the LMS: registration, enrollment, grades, "
                "certificates, discussions, exams, notifications and more.",
}

# --- Signals -------------------------------------------------------------------------------------------------------
# When the event is emitted. The first sentence is also the Javadoc of the event-type constant.

SIGNALS = {
    # analytics
    "TRACKING_EVENT_EMITTED": "Emitted each time the event-tracking library emits a tracking log event.",
    # authz
    "ROLE_ASSIGNMENT_CREATED": "Emitted when a subject is given a role in some scope.",
    "ROLE_ASSIGNMENT_DELETED": "Emitted when a role assignment is taken away from a subject.",
    # content_authoring
    "COURSE_CATALOG_INFO_CHANGED": "Emitted when a course changes in Studio in a way that matters to catalog "
                                   "consumers such as course-discovery.",
    "XBLOCK_CREATED": "Emitted when an XBlock is created in Studio.",
    "XBLOCK_UPDATED": "Emitted when an XBlock is updated in Studio.",
    "XBLOCK_PUBLISHED": "Emitted when an XBlock is published. Publishing a parent whose children changed emits one "
                        "event only, for the parent: publishing a section with changes in several units emits a "
                        "single event carrying the section's usage key and block type {@code chapter}.",
    "XBLOCK_DELETED": "Emitted when an XBlock is deleted in Studio.",
    "XBLOCK_DUPLICATED": "Emitted when an XBlock is duplicated in Studio; the payload also names the source block.",
    "COURSE_CERTIFICATE_CONFIG_CHANGED": "Emitted when the certificate configuration of a course changes in Studio.",
    "COURSE_CERTIFICATE_CONFIG_DELETED": "Emitted when the certificate configuration of a course is deleted in "
                                         "Studio.",
    "COURSE_CREATED": "Emitted when a course is created.",
    "CONTENT_LIBRARY_CREATED": "Emitted when a (v2) content library is created.",
    "CONTENT_LIBRARY_UPDATED": "Emitted when a content library itself is updated, for example renamed. It is not "
                               "emitted when only the items inside the library change, even though that changes the "
                               "library's last-updated and publication state; observe the detailed "
                               "{@code LIBRARY_*} events for those.",
    "CONTENT_LIBRARY_DELETED": "Emitted when a content library is deleted.",
    "LIBRARY_BLOCK_CREATED": "Emitted when an XBlock is created in a content library.",
    "LIBRARY_BLOCK_UPDATED": "Emitted when the draft of a library XBlock is updated.",
    "LIBRARY_BLOCK_DELETED": "Emitted when the draft of a library XBlock is deleted.",
    "LIBRARY_BLOCK_PUBLISHED": "Emitted when a library XBlock is published, including when the deletion of a "
                               "block draft is published.",
    "CONTENT_OBJECT_ASSOCIATIONS_CHANGED": "Emitted when the associations of a content object change, such as its "
                                           "tags or the collections it belongs to.",
    "CONTENT_OBJECT_TAGS_CHANGED": "Emitted when the tags of a content object change.",
    "LIBRARY_COLLECTION_CREATED": "Emitted when a collection is created in a content library.",
    "LIBRARY_COLLECTION_UPDATED": "Emitted when a content library collection is updated.",
    "LIBRARY_COLLECTION_DELETED": "Emitted when a content library collection is deleted.",
    "LIBRARY_CONTAINER_CREATED": "Emitted when a container, such as a unit or a section, is created in a content "
                                 "library.",
    "LIBRARY_CONTAINER_UPDATED": "Emitted when a content library container is updated.",
    "LIBRARY_CONTAINER_DELETED": "Emitted when a content library container is deleted.",
    "LIBRARY_CONTAINER_PUBLISHED": "Emitted when a library container is published, including when the deletion of "
                                   "a container draft is published.",
    "COURSE_IMPORT_COMPLETED": "Emitted after a course import has finished.",
    "COURSE_RERUN_COMPLETED": "Emitted after a re-run of a course has been created.",
    # enterprise
    "SUBSIDY_REDEEMED": "Emitted when an enterprise subsidy is redeemed.",
    "SUBSIDY_REDEMPTION_REVERSED": "Emitted when the redemption of an enterprise subsidy is reversed.",
    "LEDGER_TRANSACTION_CREATED": "Emitted when an enterprise ledger transaction is created. The ledger design is "
                                  "described in the decision records of openedx/openedx-ledger.",
    "LEDGER_TRANSACTION_COMMITTED": "Emitted when an enterprise ledger transaction is committed. The ledger design "
                                    "is described in the decision records of openedx/openedx-ledger.",
    "LEDGER_TRANSACTION_FAILED": "Emitted when an enterprise ledger transaction fails. The ledger design is "
                                 "described in the decision records of openedx/openedx-ledger.",
    "LEDGER_TRANSACTION_REVERSED": "Emitted when an enterprise ledger transaction is reversed. The ledger design is "
                                   "described in the decision records of openedx/openedx-ledger.",
    "LEARNER_CREDIT_COURSE_ENROLLMENT_REVOKED": "Emitted when a learner-credit enterprise course enrollment is "
                                                "revoked, most often because the learner unenrolled from a course "
                                                "paid for with learner credit.",
    "ENTERPRISE_GROUP_DELETED": "Emitted when an enterprise group is deleted.",
    # learning
    "STUDENT_REGISTRATION_COMPLETED": "Emitted when a user completes registration.",
    "SESSION_LOGIN_COMPLETED": "Emitted when a user logs in.",
    "COURSE_ENROLLMENT_CREATED": "Emitted when a user enrolls in a course.",
    "COURSE_ENROLLMENT_CHANGED": "Emitted when a user's enrollment in a course changes, for example its mode or "
                                 "its active state.",
    "COURSE_UNENROLLMENT_COMPLETED": "Emitted when a user unenrolls from a course.",
    "CERTIFICATE_CREATED": "Emitted when a course certificate is created for a user.",
    "PROGRAM_CERTIFICATE_AWARDED": "Emitted when a learner is awarded a program certificate.",
    "CERTIFICATE_CHANGED": "Emitted when a user's course certificate changes.",
    "CERTIFICATE_REVOKED": "Emitted when a user's course certificate is revoked.",
    "PROGRAM_CERTIFICATE_REVOKED": "Emitted when a learner's program certificate is revoked.",
    "COHORT_MEMBERSHIP_CHANGED": "Emitted when a user's cohort membership in a course changes.",
    "COURSE_DISCUSSIONS_CHANGED": "Emitted when the discussion configuration of a course changes.",
    "PERSISTENT_GRADE_SUMMARY_CHANGED": "Emitted when the persisted course grade of a user changes.",
    "XBLOCK_SKILL_VERIFIED": "Emitted when learner feedback verifies (or dismisses) the skills tagged on an XBlock.",
    "USER_NOTIFICATION_REQUESTED": "Emitted by an application to request a notification for a set of users.",
    "EXAM_ATTEMPT_SUBMITTED": "Emitted when a learner submits a special-exam attempt in edx-exams.",
    "EXAM_ATTEMPT_REJECTED": "Emitted when edx-exams marks a special-exam attempt as rejected.",
    "EXAM_ATTEMPT_VERIFIED": "Emitted when edx-exams marks a special-exam attempt as verified.",
    "EXAM_ATTEMPT_ERRORED": "Emitted when a learner's special-exam attempt ends in an error in edx-exams.",
    "EXAM_ATTEMPT_RESET": "Emitted when a special-exam attempt is reset in edx-exams.",
    "COURSE_ACCESS_ROLE_ADDED": "Emitted when a user is given an access role in a course.",
    "COURSE_ACCESS_ROLE_REMOVED": "Emitted when a user's access role in a course is taken away.",
    "FORUM_THREAD_CREATED": "Emitted when a new thread is started in a course discussion forum.",
    "FORUM_THREAD_RESPONSE_CREATED": "Emitted when someone responds to a discussion thread.",
    "FORUM_RESPONSE_COMMENT_CREATED": "Emitted when someone comments on a response in a discussion thread.",
    "COURSE_NOTIFICATION_REQUESTED": "Emitted when a notification is requested for an audience within a course.",
    "ORA_SUBMISSION_CREATED": "Emitted when a user submits an open response assessment (ORA).",
    "COURSE_PASSING_STATUS_UPDATED": "Emitted when a user's course grade is updated, telling whether the grade is "
                                     "now enough to pass.",
    "CCX_COURSE_PASSING_STATUS_UPDATED": "Emitted when a user's grade in a CCX course is updated, telling whether "
                                         "the grade is now enough to pass.",
    "BADGE_AWARDED": "Emitted when a learner is awarded a badge.",
    "BADGE_REVOKED": "Emitted when a learner's badge is revoked.",
    "IDV_ATTEMPT_CREATED": "Emitted when an identity verification (IDV) attempt is created.",
    "IDV_ATTEMPT_PENDING": "Emitted when an identity verification attempt becomes pending.",
    "IDV_ATTEMPT_APPROVED": "Emitted when an identity verification attempt is approved.",
    "IDV_ATTEMPT_DENIED": "Emitted when an identity verification attempt is denied.",
    "EXTERNAL_GRADER_SCORE_SUBMITTED": "Emitted when an external grader returns the score of a submission.",
    "LTI_PROVIDER_LAUNCH_SUCCESS": "Emitted when a learner reaches course content through an LTI launch, with Open "
                                   "edX acting as the LTI provider.",
}

# Why each of upstream's KNOWN_UNSERIALIZABLE_SIGNALS cannot be serialized.
UNSERIALIZABLE_REASONS = {
    "COURSE_CERTIFICATE_CONFIG_CHANGED": "The payload carries the signatures' images as binary data "
                                         "({@code BinaryIO} upstream), which Avro cannot map.",
    "COURSE_CERTIFICATE_CONFIG_DELETED": "The payload carries the signatures' images as binary data "
                                         "({@code BinaryIO} upstream), which Avro cannot map.",
    "EXTERNAL_GRADER_SCORE_SUBMITTED": "Upstream gives no reason: the payload holds only primitive fields, so a "
                                       "schema could be generated.",
}

# --- Data classes --------------------------------------------------------------------------------------------------
# Class summaries, keyed by the qualified upstream name; "notes" are extra Javadoc paragraphs.

CLASSES = {
    "openedx_events.analytics.data.TrackingLogData": {
        "summary": "A tracking log event, as the event-tracking library emits it.",
    },
    "openedx_events.authz.data.RoleAssignmentData": {
        "summary": "A role assignment: which role a subject holds in which scope, and the operation that changed "
                   "it.",
    },
    "openedx_events.content_authoring.data.CourseData": {
        "summary": "A course, identified by its key only.",
        "notes": ["Not to be confused with {@link org.openedx.events.learning.data.CourseData}, which also carries "
                  "the display name and the dates."],
    },
    "openedx_events.content_authoring.data.CourseScheduleData": {
        "summary": "The schedule of a course run: its dates, its enrollment window and its pacing.",
    },
    "openedx_events.content_authoring.data.CourseCatalogData": {
        "summary": "The catalog entry of a course run, limited to what catalog consumers need.",
        "notes": ["Deliberately small (upstream ADR 0009): media, descriptions and other marketing fields are left "
                  "out."],
    },
    "openedx_events.content_authoring.data.XBlockData": {
        "summary": "An XBlock of a course, identified by its usage key.",
    },
    "openedx_events.content_authoring.data.DuplicatedXBlockData": {
        "summary": "An XBlock made by duplicating another one: the new block plus the key of its source.",
    },
    "openedx_events.content_authoring.data.CertificateSignatoryData": {
        "summary": "A signatory of a course certificate, a subset of the LMS's {@code CertificateSignatory}.",
    },
    "openedx_events.content_authoring.data.CertificateConfigData": {
        "summary": "The certificate configuration of a course, a subset of the LMS's {@code CertificateConfig}.",
    },
    "openedx_events.content_authoring.data.ContentLibraryData": {
        "summary": "A v2 content library that has changed.",
    },
    "openedx_events.content_authoring.data.LibraryBlockData": {
        "summary": "An XBlock of a v2 content library that has changed.",
    },
    "openedx_events.content_authoring.data.ContentObjectData": {
        "summary": "A content object (a course or a block), identified by its key as text.",
    },
    "openedx_events.content_authoring.data.ContentObjectChangedData": {
        "summary": "A content object that has changed, with the kinds of associations that changed.",
    },
    "openedx_events.content_authoring.data.LibraryCollectionData": {
        "summary": "A collection of a content library that has changed.",
    },
    "openedx_events.content_authoring.data.LibraryContainerData": {
        "summary": "A container of a content library (a unit, a subsection, a section) that has changed.",
    },
    "openedx_events.enterprise.data.SubsidyRedemption": {
        "summary": "The redemption of an enterprise subsidy: which subsidy, for which content, by which learner.",
        "notes": ["Upstream documents {@code lms_user_id} as a str but declares it {@code int}; this record follows "
                  "the declaration."],
    },
    "openedx_events.enterprise.data.BaseLedgerTransaction": {
        "summary": "The fields common to the records of an openedx-ledger ledger (transactions and reversals).",
    },
    "openedx_events.enterprise.data.LedgerTransactionReversal": {
        "summary": "The reversal of an openedx-ledger transaction (an {@code openedx_ledger.Reversal}).",
    },
    "openedx_events.enterprise.data.LedgerTransaction": {
        "summary": "An openedx-ledger transaction (an {@code openedx_ledger.Transaction}): a change of a subsidy's "
                   "balance for one learner and one piece of content.",
    },
    "openedx_events.enterprise.data.EnterpriseCustomerUser": {
        "summary": "The link between an LMS user and an enterprise customer.",
    },
    "openedx_events.enterprise.data.EnterpriseCourseEnrollment": {
        "summary": "A course enrollment made through an enterprise customer.",
    },
    "openedx_events.enterprise.data.BaseEnterpriseFulfillment": {
        "summary": "The fields common to the ways an enterprise subsidy is fulfilled (upstream mirrors "
                   "{@code enterprise.EnterpriseFulfillmentSource}).",
    },
    "openedx_events.enterprise.data.LearnerCreditEnterpriseCourseEnrollment": {
        "summary": "An enterprise course enrollment paid for with learner credit (an "
                   "{@code enterprise.LearnerCreditEnterpriseCourseEnrollment}).",
    },
    "openedx_events.enterprise.data.LicensedEnterpriseCourseEnrollment": {
        "summary": "An enterprise course enrollment granted through a subscription license (an "
                   "{@code enterprise.LicensedEnterpriseCourseEnrollment}).",
    },
    "openedx_events.enterprise.data.EnterpriseGroup": {
        "summary": "An enterprise group (an {@code enterprise.EnterpriseGroup}), identified by its UUID.",
    },
    "openedx_events.learning.data.UserNonPersonalData": {
        "summary": "The non-personal part of a user: the id and the active flag.",
    },
    "openedx_events.learning.data.UserPersonalData": {
        "summary": "The personal (PII) part of a user: username, email address and full name.",
    },
    "openedx_events.learning.data.UserData": {
        "summary": "A user: the non-personal identifiers plus the personal information.",
    },
    "openedx_events.learning.data.CourseData": {
        "summary": "A course as the learning subdomain sees it: its key, display name and dates.",
        "notes": ["Not to be confused with {@link org.openedx.events.contentauthoring.data.CourseData}, which holds "
                  "only the key."],
    },
    "openedx_events.learning.data.CcxCourseData": {
        "summary": "A CCX (Custom Course for edX) and the course it is derived from.",
    },
    "openedx_events.learning.data.CourseEnrollmentData": {
        "summary": "A learner's enrollment in a course.",
    },
    "openedx_events.learning.data.CertificateData": {
        "summary": "The course certificate of a user.",
    },
    "openedx_events.learning.data.CohortData": {
        "summary": "A user's membership in a cohort of a course.",
    },
    "openedx_events.learning.data.DiscussionTopicContext": {
        "summary": "A discussion topic of a course: links the topic's external id to the unit it belongs to.",
    },
    "openedx_events.learning.data.CourseDiscussionConfigurationData": {
        "summary": "The discussion configuration of a course: the provider, its switches and the topic contexts.",
    },
    "openedx_events.learning.data.PersistentCourseGradeData": {
        "summary": "The persisted course grade of a user.",
        "notes": ["Upstream describes {@code user_id} as the identifier \"of the grade\"; it is the id of the user "
                  "the grade belongs to."],
    },
    "openedx_events.learning.data.XBlockSkillVerificationData": {
        "summary": "Learner feedback on the skills tagged on an XBlock: which skills were verified and which were "
                   "ignored.",
    },
    "openedx_events.learning.data.UserNotificationData": {
        "summary": "A notification requested for a set of users.",
    },
    "openedx_events.learning.data.ProgramData": {
        "summary": "A program, as course-discovery defines it.",
    },
    "openedx_events.learning.data.ProgramCertificateData": {
        "summary": "A user's program certificate (a {@code UserCredential} of the credentials service).",
    },
    "openedx_events.learning.data.ExamAttemptData": {
        "summary": "A special-exam attempt in edx-exams.",
    },
    "openedx_events.learning.data.CourseAccessRoleData": {
        "summary": "A user's access role in a course.",
        "notes": ["Upstream's docstring calls the organization field {@code org}; the attribute, and so the wire "
                  "name, is {@code org_key}."],
    },
    "openedx_events.learning.data.DiscussionThreadData": {
        "summary": "A post in a course discussion forum: a thread, a response or a comment.",
        "notes": ["Upstream documents {@code id} as an int but declares it {@code str}; this record follows the "
                  "declaration."],
    },
    "openedx_events.learning.data.CourseNotificationData": {
        "summary": "A notification requested for a course, with the filters that select its audience.",
    },
    "openedx_events.learning.data.ORASubmissionAnswer": {
        "summary": "The answer of an open response assessment (ORA) submission: its text parts and uploaded files.",
    },
    "openedx_events.learning.data.ORASubmissionData": {
        "summary": "An open response assessment (ORA) submission.",
        "notes": ["Upstream documents {@code anonymous_user_id} and {@code location} as optional, but both are "
                  "required attributes; this record follows the declaration."],
    },
    "openedx_events.learning.data.CoursePassingStatusData": {
        "summary": "Whether a user's updated course grade is enough to pass the course.",
    },
    "openedx_events.learning.data.CcxCoursePassingStatusData": {
        "summary": "Whether a user's updated grade in a CCX course is enough to pass it.",
    },
    "openedx_events.learning.data.BadgeTemplateData": {
        "summary": "A badge template.",
    },
    "openedx_events.learning.data.BadgeData": {
        "summary": "A badge of a user.",
    },
    "openedx_events.learning.data.VerificationAttemptData": {
        "summary": "An identity verification (IDV) attempt.",
        "notes": ["Upstream's docstring calls the expiry field {@code expiration_datetime}; the attribute, and so "
                  "the wire name, is {@code expiration_date}."],
    },
    "openedx_events.learning.data.ExternalGraderScoreData": {
        "summary": "The score an external grader returned for a submission.",
    },
    "openedx_events.learning.data.LtiProviderLaunchParamsData": {
        "summary": "The LTI parameters of a launch.",
    },
    "openedx_events.learning.data.LtiProviderLaunchData": {
        "summary": "An LTI launch of Open edX content, with Open edX acting as the LTI provider.",
    },
}

# --- Fields --------------------------------------------------------------------------------------------------------
# Keyed by the qualified class name, then by the upstream field name. A subclass inherits its base's texts and only
# lists the fields it declares or describes differently.

FIELDS = {
    "openedx_events.analytics.data.TrackingLogData": {
        "name": "the name of the tracking event",
        "timestamp": "when the tracking event happened",
        "data": "extra data of the event, as the text of a JSON object, e.g. "
                "{@code {\"course_id\": \"course-v1:edX+DemoX+Demo_Course\"}}",
        "context": "the context of the event, as the text of a JSON object in the Open edX tracking-log format "
                   "(it usually names the user)",
    },
    "openedx_events.authz.data.RoleAssignmentData": {
        "operation": "what happened to the assignment, e.g. {@code created} or {@code deleted}",
        "subject": "who holds the role, e.g. {@code user^john_doe}",
        "role": "the role, e.g. {@code course_admin}",
        "scope": "where the role applies, e.g. {@code course-v1:edX+DemoX+Demo_Course}",
        "actor_id": "the database id of whoever made the change",
    },
    "openedx_events.content_authoring.data.CourseData": {
        "course_key": "the course's key",
    },
    "openedx_events.content_authoring.data.CourseScheduleData": {
        "start": "when the course starts",
        "pacing": "{@code instructor} or {@code self}",
        "end": "when the course ends",
        "enrollment_start": "when enrollment opens",
        "enrollment_end": "when enrollment closes",
    },
    "openedx_events.content_authoring.data.CourseCatalogData": {
        "course_key": "the course's key",
        "name": "the course's name",
        "schedule_data": "the course's schedule",
        "hidden": "whether the course is hidden from search",
        "invitation_only": "whether enrolling needs an invitation",
    },
    "openedx_events.content_authoring.data.XBlockData": {
        "usage_key": "the block's usage key",
        "block_type": "the block type, e.g. {@code problem} or {@code chapter}",
        "version": "the block's usage key with branch and version, naming the exact version of the block "
                   "(keyword-only upstream)",
    },
    "openedx_events.content_authoring.data.DuplicatedXBlockData": {
        "usage_key": "the usage key of the new block",
        "source_usage_key": "the usage key of the block that was duplicated",
    },
    "openedx_events.content_authoring.data.CertificateSignatoryData": {
        "image": "the signature image, as bytes ({@code BinaryIO} upstream)",
        "name": "the signatory's name",
        "organization": "the organization the signatory belongs to",
        "title": "the signatory's title",
    },
    "openedx_events.content_authoring.data.CertificateConfigData": {
        "certificate_type": "the certificate type, one of the course modes that grant certificates: "
                            "{@code credit}, {@code verified}, {@code professional}, {@code no-id-professional}, "
                            "{@code executive-education}, {@code paid-executive-education}, {@code paid-bootcamp} "
                            "or {@code masters}",
        "course_key": "the course's key",
        "title": "the certificate's title",
        "signatories": "the signatories of the certificate",
        "is_active": "whether the configuration is active",
    },
    "openedx_events.content_authoring.data.ContentLibraryData": {
        "library_key": "the key of the v2 content library",
        "update_blocks": "deprecated: whether the search indexes of the library's blocks should be updated; "
                         "upstream now sends one event per changed item instead",
    },
    "openedx_events.content_authoring.data.LibraryBlockData": {
        "library_key": "the key of the v2 content library",
        "usage_key": "the usage key of the block in the library",
    },
    "openedx_events.content_authoring.data.ContentObjectData": {
        "object_id": "the key of the course or block, as text, e.g. "
                     "{@code block-v1:SampleTaxonomyOrg2+STC1+2023_1+type@vertical+block@f8de78f0}",
    },
    "openedx_events.content_authoring.data.ContentObjectChangedData": {
        "changes": "what changed, e.g. {@code tags} or {@code collections}; empty means that anything may have "
                   "changed",
    },
    "openedx_events.content_authoring.data.LibraryCollectionData": {
        "collection_key": "the key of the collection within its library",
        "background": "deprecated: whether the sender did not want to wait for the observers; upstream now "
                      "recommends quick synchronous observers, and sending from a background task when many are "
                      "expected",
    },
    "openedx_events.content_authoring.data.LibraryContainerData": {
        "container_key": "the key of the container, e.g. of a unit or a section",
        "background": "deprecated: whether the sender did not want to wait for the observers; upstream now "
                      "recommends quick synchronous observers, and sending from a background task when many are "
                      "expected",
    },
    "openedx_events.enterprise.data.SubsidyRedemption": {
        "subsidy_identifier": "the identifier of the redeemed subsidy",
        "content_key": "the content the subsidy paid for",
        "lms_user_id": "the LMS user id of the learner who benefits",
    },
    "openedx_events.enterprise.data.BaseLedgerTransaction": {
        "uuid": "the record's primary identifier",
        "created": "when the record was created",
        "modified": "when the record was last modified",
        "idempotency_key": "a unique value chosen by the client so that repeating an operation is harmless",
        "quantity": "the amount of value the transaction represents, e.g. in USD cents",
        "state": "the lifecycle state: {@code created}, {@code pending}, {@code committed} or {@code failed}",
    },
    "openedx_events.enterprise.data.LedgerTransactionReversal": {
        "quantity": "the amount of value the reversal represents, e.g. in USD cents",
    },
    "openedx_events.enterprise.data.LedgerTransaction": {
        "uuid": "the transaction's primary identifier",
        "ledger_uuid": "the primary identifier of the transaction's ledger",
        "subsidy_access_policy_uuid": "the primary identifier of the subsidy access policy of the transaction",
        "lms_user_id": "the LMS user id of the learner the transaction is for",
        "content_key": "the course run the transaction is for",
        "parent_content_key": "the course (not the run) of {@code contentKey}",
        "fulfillment_identifier": "the identifier of the learner's subsidized enrollment, created at enrollment",
        "reversal": "the reversal of this transaction",
    },
    "openedx_events.enterprise.data.EnterpriseCustomerUser": {
        "id": "the record's primary identifier",
        "created": "when the record was created",
        "modified": "when the record was last modified",
        "enterprise_customer_uuid": "the enterprise customer the user is linked to",
        "user_id": "the LMS user id",
        "active": "whether this is the active enterprise link of the LMS user",
        "linked": "whether the user is linked to the enterprise customer",
        "is_relinkable": "whether the user may be linked to the enterprise again",
        "should_inactivate_other_customers": "whether saving the link, when active, deactivates the user's links "
                                             "to other enterprise customers",
        "invite_key": "the invite key that linked the learner to the enterprise",
    },
    "openedx_events.enterprise.data.EnterpriseCourseEnrollment": {
        "id": "the record's primary identifier",
        "created": "when the record was created",
        "modified": "when the record was last modified",
        "enterprise_customer_user": "the enterprise learner the enrollment belongs to",
        "course_id": "the course run the learner enrolled in",
        "saved_for_later": "whether the learner saved the course for later in the learner portal",
        "source_slug": "where the enrollment came from, e.g. {@code enrollment_task} or "
                       "{@code management_command}",
        "unenrolled": "whether the matching LMS enrollment was unenrolled",
        "unenrolled_at": "when the matching LMS enrollment was unenrolled",
    },
    "openedx_events.enterprise.data.BaseEnterpriseFulfillment": {
        "uuid": "the record's primary identifier",
        "created": "when the record was created",
        "modified": "when the record was last modified",
        "fulfillment_type": "how the subsidy is fulfilled, typically {@code license}, {@code learner_credit} or "
                            "{@code coupon_code}",
        "is_revoked": "whether the subsidy was revoked, e.g. because the learner's license was revoked",
        "enterprise_course_entitlement_uuid": "the course entitlement the subsidy is for",
        "enterprise_course_enrollment": "the course enrollment the subsidy is for",
    },
    "openedx_events.enterprise.data.LearnerCreditEnterpriseCourseEnrollment": {
        "transaction_id": "the UUID of the ledger transaction that paid for this enrollment",
    },
    "openedx_events.enterprise.data.LicensedEnterpriseCourseEnrollment": {
        "license_uuid": "the UUID of the license that granted this enrollment",
    },
    "openedx_events.enterprise.data.EnterpriseGroup": {
        "uuid": "the group's primary identifier",
    },
    "openedx_events.learning.data.UserNonPersonalData": {
        "id": "the Django user id",
        "is_active": "whether the user account is active",
    },
    "openedx_events.learning.data.UserPersonalData": {
        "username": "the user's username",
        "email": "the user's email address",
        "name": "the full name from the user's profile",
    },
    "openedx_events.learning.data.UserData": {
        "pii": "the user's personal information",
    },
    "openedx_events.learning.data.CourseData": {
        "course_key": "the course's key",
        "display_name": "the course's display name",
        "start": "when the course starts",
        "end": "when the course ends",
    },
    "openedx_events.learning.data.CcxCourseData": {
        "ccx_course_key": "the key of the CCX",
        "master_course_key": "the key of the course the CCX is derived from",
        "display_name": "the CCX's name as users see it",
        "coach_email": "the email address of the CCX's coach",
        "start": "when the CCX starts, as text; null for no set start",
        "end": "when the CCX ends, as text; null for no set end",
        "max_students_allowed": "how many students may enroll; null for no limit",
    },
    "openedx_events.learning.data.CourseEnrollmentData": {
        "user": "the enrolled user",
        "course": "the course",
        "mode": "the course mode, e.g. {@code audit} or {@code verified}",
        "is_active": "whether the enrollment is active",
        "creation_date": "when the enrollment was created",
        "created_by": "who created the enrollment",
    },
    "openedx_events.learning.data.CertificateData": {
        "user": "the user who holds the certificate",
        "course": "the course the certificate is for",
        "mode": "the course mode of the enrollment",
        "grade": "the user's grade in the course run",
        "download_url": "the URL of the certificate's PDF",
        "name": "the user's name",
        "current_status": "the certificate's status now",
        "previous_status": "the certificate's status before the event, when known",
    },
    "openedx_events.learning.data.CohortData": {
        "user": "the user assigned to the cohort",
        "course": "the course of the cohort",
        "name": "the cohort's name",
    },
    "openedx_events.learning.data.DiscussionTopicContext": {
        "title": "the discussion's title, cached here to avoid looking it up in the course structure",
        "usage_key": "the unit the topic belongs to",
        "group_id": "the group this context is for, letting providers without cohorts emulate them",
        "external_id": "the commentable id used by the forum service ({@code cs_comments_service})",
        "ordering": "the position of the topic",
        "context": "more information on where the topic is used, such as its section and subsection",
    },
    "openedx_events.learning.data.CourseDiscussionConfigurationData": {
        "course_key": "the course whose discussions are configured",
        "provider_type": "the discussion provider, from the discussion settings",
        "enabled": "whether discussions are enabled for the course",
        "enable_in_context": "whether in-context discussions are enabled; only effective when {@code enabled}",
        "enable_graded_units": "whether graded units get discussion topics too",
        "unit_level_visibility": "whether discussions are visible at unit level",
        "plugin_configuration": "the provider plugin's configuration for this context",
        "contexts": "the contexts in which discussions are enabled",
    },
    "openedx_events.learning.data.PersistentCourseGradeData": {
        "user_id": "the id of the user the grade belongs to",
        "course": "the course the grade is for",
        "course_edited_timestamp": "when the course was last edited",
        "course_version": "the version of the course",
        "grading_policy_hash": "the hash of the course's grading policy",
        "percent_grade": "the grade as a fraction",
        "letter_grade": "the grade as a letter",
        "passed_timestamp": "when the user passed the course",
    },
    "openedx_events.learning.data.XBlockSkillVerificationData": {
        "usage_key": "the XBlock's usage key",
        "verified_skills": "the ids of the skills that were verified",
        "ignored_skills": "the ids of the skills that were ignored",
    },
    "openedx_events.learning.data.UserNotificationData": {
        "user_ids": "the ids of the users to notify",
        "notification_type": "the notification type",
        "content_url": "the URL of the content",
        "app_name": "the name of the application",
        "course_key": "the course the notification is about",
        "context": "more information on the context of the notification",
    },
    "openedx_events.learning.data.ProgramData": {
        "uuid": "the program's UUID in course-discovery",
        "title": "the program's title",
        "program_type": "the slug of the program type, e.g. {@code professional}, {@code microbachelors} or "
                        "{@code micromasters}",
    },
    "openedx_events.learning.data.ProgramCertificateData": {
        "user": "the user who holds the certificate",
        "program": "the program the certificate is for",
        "uuid": "the UUID of the {@code UserCredential} record in credentials",
        "status": "the credential's status, e.g. {@code awarded} or {@code revoked}",
        "url": "the URL of the learner's credential",
        "certificate_available_date": "from when the learner may view the credential",
    },
    "openedx_events.learning.data.ExamAttemptData": {
        "student_user": "the student the attempt belongs to",
        "course_key": "the course of the exam",
        "usage_key": "the exam content",
        "exam_type": "the kind of exam, e.g. {@code timed} or {@code proctored}",
        "requesting_user": "who caused the event, sometimes not the learner (e.g. an instructor)",
    },
    "openedx_events.learning.data.CourseAccessRoleData": {
        "user": "the user who holds the role",
        "org_key": "the organization of the course",
        "course_key": "the course",
        "role": "the user's role in the course",
    },
    "openedx_events.learning.data.DiscussionThreadData": {
        "body": "the text of the post",
        "commentable_id": "the id of the commentable the post belongs to",
        "id": "the post's id",
        "truncated": "whether the body is truncated",
        "url": "the post's URL",
        "user": "the author of the post",
        "course_id": "the course of the discussion",
        "thread_type": "the thread type",
        "anonymous": "whether the author is anonymous",
        "anonymous_to_peers": "whether the author is anonymous to other learners",
        "title": "the thread's title",
        "title_truncated": "whether the title is truncated",
        "group_id": "the group's id",
        "team_id": "the team's id",
        "category_id": "the category's id",
        "category_name": "the category's name",
        "discussion": "discussion data, for comments and responses only",
        "user_course_roles": "the author's roles in the course",
        "user_forums_roles": "the author's roles in the forums",
        "options": "the thread's options",
    },
    "openedx_events.learning.data.CourseNotificationData": {
        "course_key": "the course the notification is about",
        "app_name": "the name of the application requesting the notification",
        "notification_type": "the notification type",
        "content_url": "the URL the notification leads to",
        "content_context": "values for the notification's content template (the templates live in edx-platform's "
                           "notifications app)",
        "audience_filters": "filters that select the audience within the course, such as roles, enrollments or "
                            "cohorts",
    },
    "openedx_events.learning.data.ORASubmissionAnswer": {
        "parts": "the text parts of the response",
        "file_keys": "the keys of the uploaded files",
        "file_descriptions": "the descriptions of the uploaded files",
        "file_names": "the names of the uploaded files",
        "file_sizes": "the sizes of the uploaded files",
        "file_urls": "the URLs of the uploaded files",
    },
    "openedx_events.learning.data.ORASubmissionData": {
        "uuid": "the submission's UUID",
        "anonymous_user_id": "the anonymous id of the submitting user",
        "location": "where the ORA is in the course",
        "attempt_number": "the attempt number",
        "created_at": "when the submission was created",
        "submitted_at": "when the submission was submitted",
        "answer": "the submitted answer",
    },
    "openedx_events.learning.data.CoursePassingStatusData": {
        "is_passing": "whether the user's grade is enough to pass the course",
        "course": "the course whose grade was updated",
        "user": "the user whose grade was updated",
    },
    "openedx_events.learning.data.CcxCoursePassingStatusData": {
        "course": "the CCX whose grade was updated",
    },
    "openedx_events.learning.data.BadgeTemplateData": {
        "uuid": "the template's UUID",
        "origin": "the kind of badge template",
        "name": "the badge's name",
        "description": "the badge's description",
        "image_url": "the URL of the badge's image",
    },
    "openedx_events.learning.data.BadgeData": {
        "uuid": "the badge's UUID",
        "user": "the user who holds the badge",
        "template": "the badge's template",
    },
    "openedx_events.learning.data.VerificationAttemptData": {
        "attempt_id": "the attempt's id",
        "user": "the user being verified, usually a learner",
        "status": "the attempt's status",
        "name": "the name being verified",
        "expiration_date": "when the verification expires",
    },
    "openedx_events.learning.data.ExternalGraderScoreData": {
        "points_possible": "the highest possible score of the assignment",
        "points_earned": "the score the student earned",
        "course_id": "the course's id, as text",
        "score_msg": "feedback on the score",
        "submission_id": "the id of the graded submission",
        "user_id": "the id of the user who submitted, as text",
        "module_id": "the id of the graded problem",
        "queue_key": "the submission's unique key in the grading queue",
        "queue_name": "the name of the queue that processed the submission",
    },
    "openedx_events.learning.data.LtiProviderLaunchParamsData": {
        "roles": "the user's roles, comma-separated, as the LTI specification names them",
        "context_id": "the id of the LTI launch context",
        "user_id": "the external (LTI) id of the launching user",
        "extra_params": "the other launch parameters",
    },
    "openedx_events.learning.data.LtiProviderLaunchData": {
        "user": "the Open edX user who launched",
        "course_key": "the course of the launched content",
        "usage_key": "the launched content",
        "launch_params": "the LTI parameters of the launch",
    },
}

# Components whose value identifies a person (or may carry personal data) and is masked by toString(), keyed by the
# qualified class name.
PII = {
    "openedx_events.authz.data.RoleAssignmentData": ["subject"],
    "openedx_events.analytics.data.TrackingLogData": ["data", "context"],
    "openedx_events.content_authoring.data.CertificateSignatoryData": ["name"],
    "openedx_events.learning.data.UserPersonalData": ["username", "email", "name"],
    "openedx_events.learning.data.CcxCourseData": ["coach_email"],
    "openedx_events.learning.data.CertificateData": ["name"],
    "openedx_events.learning.data.VerificationAttemptData": ["name"],
    "openedx_events.learning.data.LtiProviderLaunchParamsData": ["extra_params"],
}
