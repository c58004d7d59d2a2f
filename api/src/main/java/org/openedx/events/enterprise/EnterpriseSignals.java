package org.openedx.events.enterprise;

import java.util.List;

import org.openedx.events.OpenEdxPublicSignal;
import org.openedx.events.enterprise.data.EnterpriseGroup;
import org.openedx.events.enterprise.data.LearnerCreditEnterpriseCourseEnrollment;
import org.openedx.events.enterprise.data.LedgerTransaction;
import org.openedx.events.enterprise.data.SubsidyRedemption;

/**
 * The signals of the enterprise subdomain (upstream {@code openedx_events.enterprise.signals}), in upstream's order.
 *
 * <p>Each signal's event type is the constant of the same name in {@link EnterpriseEvents}. Generated from the upstream
 * catalog by {@code tools/catalog/generate.py}.
 */
public final class EnterpriseSignals {

    private EnterpriseSignals() {
    }

    /**
     * Emitted when an enterprise subsidy is redeemed.
     *
     * <p>Payload {@code redemption}: {@link SubsidyRedemption}. Upstream names no repository that sends it.
     *
     * <p><strong>Upstream warning:</strong> This event is not being currently used in any of the Open edX services.
     * Review https://github.com/openedx/openedx-events/issues/445 for more information about the future of this event.
     *
     * <p>Event type: {@link EnterpriseEvents#SUBSIDY_REDEEMED}.
     */
    public static final OpenEdxPublicSignal<SubsidyRedemption> SUBSIDY_REDEEMED =
            OpenEdxPublicSignal.of(EnterpriseEvents.SUBSIDY_REDEEMED, "redemption", SubsidyRedemption.class);

    /**
     * Emitted when the redemption of an enterprise subsidy is reversed.
     *
     * <p>Payload {@code redemption}: {@link SubsidyRedemption}. Upstream names no repository that sends it.
     *
     * <p><strong>Upstream warning:</strong> This event is not being currently used in any of the Open edX services.
     * Review https://github.com/openedx/openedx-events/issues/445 for more information about the future of this event.
     *
     * <p>Event type: {@link EnterpriseEvents#SUBSIDY_REDEMPTION_REVERSED}.
     */
    public static final OpenEdxPublicSignal<SubsidyRedemption> SUBSIDY_REDEMPTION_REVERSED =
            OpenEdxPublicSignal.of(EnterpriseEvents.SUBSIDY_REDEMPTION_REVERSED, "redemption", SubsidyRedemption.class);

    /**
     * Emitted when an enterprise ledger transaction is created. The ledger design is described in the decision records
     * of openedx/openedx-ledger.
     *
     * <p>Payload {@code ledger_transaction}: {@link LedgerTransaction}. Sent by {@code openedx/enterprise-subsidy}.
     *
     * <p>Event type: {@link EnterpriseEvents#LEDGER_TRANSACTION_CREATED}.
     */
    public static final OpenEdxPublicSignal<LedgerTransaction> LEDGER_TRANSACTION_CREATED =
            OpenEdxPublicSignal.of(EnterpriseEvents.LEDGER_TRANSACTION_CREATED, "ledger_transaction",
                    LedgerTransaction.class);

    /**
     * Emitted when an enterprise ledger transaction is committed. The ledger design is described in the decision
     * records of openedx/openedx-ledger.
     *
     * <p>Payload {@code ledger_transaction}: {@link LedgerTransaction}. Sent by {@code openedx/enterprise-subsidy}.
     *
     * <p>Event type: {@link EnterpriseEvents#LEDGER_TRANSACTION_COMMITTED}.
     */
    public static final OpenEdxPublicSignal<LedgerTransaction> LEDGER_TRANSACTION_COMMITTED =
            OpenEdxPublicSignal.of(EnterpriseEvents.LEDGER_TRANSACTION_COMMITTED, "ledger_transaction",
                    LedgerTransaction.class);

    /**
     * Emitted when an enterprise ledger transaction fails. The ledger design is described in the decision records of
     * openedx/openedx-ledger.
     *
     * <p>Payload {@code ledger_transaction}: {@link LedgerTransaction}. Sent by {@code openedx/enterprise-subsidy}.
     *
     * <p>Event type: {@link EnterpriseEvents#LEDGER_TRANSACTION_FAILED}.
     */
    public static final OpenEdxPublicSignal<LedgerTransaction> LEDGER_TRANSACTION_FAILED =
            OpenEdxPublicSignal.of(EnterpriseEvents.LEDGER_TRANSACTION_FAILED, "ledger_transaction",
                    LedgerTransaction.class);

    /**
     * Emitted when an enterprise ledger transaction is reversed. The ledger design is described in the decision records
     * of openedx/openedx-ledger.
     *
     * <p>Payload {@code ledger_transaction}: {@link LedgerTransaction}. Sent by {@code openedx/enterprise-subsidy}.
     *
     * <p>Event type: {@link EnterpriseEvents#LEDGER_TRANSACTION_REVERSED}.
     */
    public static final OpenEdxPublicSignal<LedgerTransaction> LEDGER_TRANSACTION_REVERSED =
            OpenEdxPublicSignal.of(EnterpriseEvents.LEDGER_TRANSACTION_REVERSED, "ledger_transaction",
                    LedgerTransaction.class);

    /**
     * Emitted when a learner-credit enterprise course enrollment is revoked, most often because the learner unenrolled
     * from a course paid for with learner credit.
     *
     * <p>Payload {@code learner_credit_course_enrollment}: {@link LearnerCreditEnterpriseCourseEnrollment}. Sent by
     * {@code openedx/edx-enterprise}.
     *
     * <p>Event type: {@link EnterpriseEvents#LEARNER_CREDIT_COURSE_ENROLLMENT_REVOKED}.
     */
    public static final OpenEdxPublicSignal<LearnerCreditEnterpriseCourseEnrollment>
            LEARNER_CREDIT_COURSE_ENROLLMENT_REVOKED =
            OpenEdxPublicSignal.of(EnterpriseEvents.LEARNER_CREDIT_COURSE_ENROLLMENT_REVOKED,
                    "learner_credit_course_enrollment", LearnerCreditEnterpriseCourseEnrollment.class);

    /**
     * Emitted when an enterprise group is deleted.
     *
     * <p>Payload {@code enterprise_group}: {@link EnterpriseGroup}. Sent by {@code openedx/edx-enterprise}.
     *
     * <p>Event type: {@link EnterpriseEvents#ENTERPRISE_GROUP_DELETED}.
     */
    public static final OpenEdxPublicSignal<EnterpriseGroup> ENTERPRISE_GROUP_DELETED =
            OpenEdxPublicSignal.of(EnterpriseEvents.ENTERPRISE_GROUP_DELETED, "enterprise_group",
                    EnterpriseGroup.class);

    /** Every signal of this subdomain, in upstream's definition order. */
    public static final List<OpenEdxPublicSignal<?>> ALL = List.of(
            SUBSIDY_REDEEMED,
            SUBSIDY_REDEMPTION_REVERSED,
            LEDGER_TRANSACTION_CREATED,
            LEDGER_TRANSACTION_COMMITTED,
            LEDGER_TRANSACTION_FAILED,
            LEDGER_TRANSACTION_REVERSED,
            LEARNER_CREDIT_COURSE_ENROLLMENT_REVOKED,
            ENTERPRISE_GROUP_DELETED);
}
