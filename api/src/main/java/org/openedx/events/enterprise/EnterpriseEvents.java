package org.openedx.events.enterprise;

/**
 * The event types of the enterprise subdomain, as compile-time constants for {@code @OpenEdxEvent(...)}.
 *
 * <p>Each constant's signal, with its payload class, is the field of the same name in {@link EnterpriseSignals}.
 */
public final class EnterpriseEvents {

    private EnterpriseEvents() {
    }

    /** Emitted when an enterprise subsidy is redeemed. See {@link EnterpriseSignals#SUBSIDY_REDEEMED}. */
    public static final String SUBSIDY_REDEEMED = "org.openedx.enterprise.subsidy.redeemed.v1";

    /**
     * Emitted when the redemption of an enterprise subsidy is reversed. See
     * {@link EnterpriseSignals#SUBSIDY_REDEMPTION_REVERSED}.
     */
    public static final String SUBSIDY_REDEMPTION_REVERSED = "org.openedx.enterprise.subsidy.redemption-reversed.v1";

    /**
     * Emitted when an enterprise ledger transaction is created. See
     * {@link EnterpriseSignals#LEDGER_TRANSACTION_CREATED}.
     */
    public static final String LEDGER_TRANSACTION_CREATED =
            "org.openedx.enterprise.subsidy_ledger_transaction.created.v1";

    /**
     * Emitted when an enterprise ledger transaction is committed. See
     * {@link EnterpriseSignals#LEDGER_TRANSACTION_COMMITTED}.
     */
    public static final String LEDGER_TRANSACTION_COMMITTED =
            "org.openedx.enterprise.subsidy_ledger_transaction.committed.v1";

    /** Emitted when an enterprise ledger transaction fails. See {@link EnterpriseSignals#LEDGER_TRANSACTION_FAILED}. */
    public static final String LEDGER_TRANSACTION_FAILED =
            "org.openedx.enterprise.subsidy_ledger_transaction.failed.v1";

    /**
     * Emitted when an enterprise ledger transaction is reversed. See
     * {@link EnterpriseSignals#LEDGER_TRANSACTION_REVERSED}.
     */
    public static final String LEDGER_TRANSACTION_REVERSED =
            "org.openedx.enterprise.subsidy_ledger_transaction.reversed.v1";

    /**
     * Emitted when a learner-credit enterprise course enrollment is revoked, most often because the learner unenrolled
     * from a course paid for with learner credit. See
     * {@link EnterpriseSignals#LEARNER_CREDIT_COURSE_ENROLLMENT_REVOKED}.
     */
    public static final String LEARNER_CREDIT_COURSE_ENROLLMENT_REVOKED =
            "org.openedx.enterprise.learner_credit_course_enrollment.revoked.v1";

    /** Emitted when an enterprise group is deleted. See {@link EnterpriseSignals#ENTERPRISE_GROUP_DELETED}. */
    public static final String ENTERPRISE_GROUP_DELETED = "org.openedx.enterprise.enterprise_group.deleted.v1";
}
