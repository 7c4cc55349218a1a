package org.channelcenter.billing.entity;

import jakarta.ejb.ApplicationException;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.kernel.entity.RefusalReason;

/**
 * Why a billing run, an invoice's change, a payment or a credit change was refused. The web tier shows
 * {@code billing.refused.<REASON>} (with the arguments, e.g. the figures of a credit refusal) at the field
 * concerned; the transaction is rolled back, so nothing is written.
 */
@ApplicationException(rollback = true)
public class BillingRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public enum Reason implements RefusalReason {
        /** A month is billed once it has ended (UTC): the current or a future month cannot be run. */
        MONTH_NOT_CLOSED,
        /** No such invoice, statement or run of the caller's organization. */
        NOT_FOUND,
        /** The invoice is not in the state the action needs (e.g. paying a draft, issuing an issued one). */
        INVOICE_STATE,
        /** A payment is more than zero and at most what is left to pay, in the invoice's currency's digits. */
        PAYMENT_AMOUNT,
        /** A partly paid invoice cannot be voided. */
        INVOICE_PARTLY_PAID,
        /** A credit note needs a reason. */
        REASON_REQUIRED,
        /** A credit limit is zero or more, in the currency's digits; terms are 0 to 365 days. */
        CREDIT_TERMS,
        /** The order would take the reseller over its credit limit: {limit}, {balance}, {order}. */
        CREDIT_LIMIT_EXCEEDED,
        /** The reseller is on credit hold: an invoice is overdue. */
        CREDIT_HOLD,
        /** A report's months run forward and span at most {max} months. */
        MONTH_RANGE;

        @Override
        public String messageKey() {
            return "billing.refused." + name();
        }
    }

    public BillingRefusedException(Reason reason) {
        super(reason);
    }

    public BillingRefusedException(Reason reason, Object... arguments) {
        super(reason, reason.name(), null, arguments);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
